/**
 * A clinic's FHIR form tool reads the printed QR codes: NLM's LHC-Forms (npm `lforms`, served
 * from node_modules on 127.0.0.1, no network) in Chromium loads the exported Questionnaire,
 * then each sample printout's QR code as decoded from the committed PDF at 150 dpi. Every
 * answer must show in the rendered form, and LHC-Forms' own export must give back the same
 * linkIds, systems and codes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import type { Browser, Page } from 'playwright-core';
import { launchHeadlessChromium } from '../../electron/browser-shell/chromium.ts';
import { questionnaireToFhir } from '../../shared/fhir/questionnaire-to-fhir.ts';
import { backtalkQuestionnaire } from '../../shared/questionnaire/backtalk-questionnaire.ts';
import { languages } from '../../shared/questionnaire/questionnaire-types.ts';
import { paperSizes } from '../../shared/settings/kiosk-settings.ts';
import { sampleCaseNames, sampleCases } from '../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../shared/summary/sample-summary.ts';
import { responseConsistencyErrors } from '../unit/shared/fhir/fhir-validation.ts';
import { startLhcFormsServer, type LhcFormsServer } from './support/lhc-forms-page.ts';
import { decodeQrCodes } from './support/print-test-helpers.ts';

const printouts = fileURLToPath(new URL('../../docs/printouts/', import.meta.url));
const questionnaire = questionnaireToFhir();

/** What one question of the rendered form shows: the selected option labels, or the typed value. */
interface ShownAnswers {
  readonly linkId: string;
  readonly values: string[];
}

interface Rendered {
  readonly shown: ShownAnswers[];
  readonly exported: QuestionnaireResponse;
}

/** One answer as linkId + system + code (or integer), in a form both sides can be compared in. */
function answerKeys(response: QuestionnaireResponse): string[] {
  const flatten = (items: readonly QuestionnaireResponseItem[]): QuestionnaireResponseItem[] => items.flatMap((item) => [item, ...flatten(item.item ?? [])]);
  return flatten(response.item ?? []).flatMap((item) =>
    (item.answer ?? []).map((answer) =>
      answer.valueCoding !== undefined
        ? `${item.linkId} ${answer.valueCoding.system ?? '(no system)'}|${answer.valueCoding.code}`
        : `${item.linkId} integer ${answer.valueInteger}`,
    ),
  );
}

/** The labels a form shows for the response's answers: the option display, or the number. */
function expectedLabels(response: QuestionnaireResponse): ShownAnswers[] {
  return (response.item ?? []).map((item) => {
    const definition = backtalkQuestionnaire.items.find((candidate) => candidate.linkId === item.linkId);
    return {
      linkId: item.linkId,
      values: (item.answer ?? []).map((answer) =>
        answer.valueInteger !== undefined
          ? String(answer.valueInteger)
          : (definition?.options.find((option) => option.code === answer.valueCoding?.code)?.text.en ?? `unknown ${answer.valueCoding?.code}`),
      ),
    };
  });
}

async function renderInLhcForms(page: Page, fhirQuestionnaire: Questionnaire, response: unknown): Promise<Rendered> {
  await page.waitForFunction(
    () => typeof (window as unknown as { LForms?: { Util?: { addFormToPage?: unknown } } }).LForms?.Util?.addFormToPage === 'function',
  );
  return page.evaluate(
    async ({ fhirQuestionnaire: definition, response: data }) => {
      interface LFormsApi {
        Util: {
          convertFHIRQuestionnaireToLForms(questionnaire: unknown, version: string): unknown;
          mergeFHIRDataIntoLForms(type: string, data: unknown, form: unknown, version: string): unknown;
          addFormToPage(form: unknown, container: string): Promise<void>;
          getFormFHIRData(type: string, version: string, element: Element | null): QuestionnaireResponse;
        };
      }
      const { LForms } = window as unknown as { LForms: LFormsApi };
      const form = LForms.Util.convertFHIRQuestionnaireToLForms(definition, 'R4');
      const merged = LForms.Util.mergeFHIRDataIntoLForms('QuestionnaireResponse', data, form, 'R4');
      await LForms.Util.addFormToPage(merged, 'form');
      // Read what the form shows, not its model: selected options are tokens (multiple) or the input's text.
      const shown = [...document.querySelectorAll('lhc-item.lhc-item-question')].flatMap((element) => {
        const linkId = /^item-(.+)\/1$/.exec(element.id)?.[1];
        if (linkId === undefined) return [];
        const tokens = [...element.querySelectorAll('.autocomp_selected li')].map((token) => (token.textContent ?? '').replace('×', '').trim());
        const input = element.querySelector('input');
        const values = tokens.length > 0 ? tokens : input !== null && input.value !== '' ? [input.value] : [];
        return values.length > 0 ? [{ linkId, values }] : [];
      });
      return { shown, exported: LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form')) };
    },
    { fhirQuestionnaire, response },
  );
}

let server: LhcFormsServer;
let browser: Browser;

test.beforeAll(async () => {
  server = await startLhcFormsServer();
  browser = await launchHeadlessChromium();
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that may only reach the local server; console errors and blocked requests are recorded. */
async function lhcFormsPage(problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(server.url)) return route.continue();
    problems.push(`network request blocked: ${route.request().url()}`);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(server.url);
  return page;
}

for (const sample of sampleCaseNames) {
  for (const language of languages) {
    test(`LHC-Forms shows and exports every answer of the ${sample} printout in ${language}`, async () => {
      // The QR code of every paper's printout, read the way a clinic's scanner would.
      const payloads = paperSizes.map((size) => {
        const codes = decodeQrCodes(path.join(printouts, `${sample}-${language}-${size}.pdf`), 150);
        expect(codes, `${sample}-${language}-${size}.pdf`).toHaveLength(1);
        return codes[0] as string;
      });
      const payload = payloads[0] as string;
      expect(payloads.every((each) => each === payload)).toBe(true);
      // The committed printouts are the current code's (run npm run sample-printouts if not).
      expect(payload).toBe(summaryOfAnswers(sampleCases[sample], language).qrPayload);
      const response = JSON.parse(payload) as QuestionnaireResponse;
      expect(response.language).toBe(language);

      const problems: string[] = [];
      const page = await lhcFormsPage(problems);
      try {
        const { shown, exported } = await renderInLhcForms(page, questionnaire, response);
        const answerCount = answerKeys(response).length;
        expect(answerCount).toBeGreaterThan(20);
        expect(shown.flatMap((item) => item.values)).toHaveLength(answerCount);
        expect(shown).toEqual(expectedLabels(response));

        expect(exported.questionnaire).toBe(response.questionnaire);
        expect(answerKeys(exported)).toEqual(answerKeys(response));
        expect(responseConsistencyErrors(exported, questionnaire)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
}

test('LHC-Forms shows the pain score\'s help text behind its "?"', async () => {
  const pain = backtalkQuestionnaire.items.find((item) => item.linkId === 'pain-score');
  // The kiosk shows this help text; an integrator's form must too. Gone, the test fails rather than skips.
  expect(pain?.help, 'the pain score has help text').toBeDefined();
  const problems: string[] = [];
  const page = await lhcFormsPage(problems);
  try {
    const response = JSON.parse(summaryOfAnswers(sampleCases.painful, 'en').qrPayload) as QuestionnaireResponse;
    await renderInLhcForms(page, questionnaire, response);
    await page.locator('[id="help-button-pain-score/1"]').click();
    const popover = page.locator('.lhc-popover-help');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText(pain?.help?.en ?? '');
    await expect(popover).not.toContainText(pain?.scale?.maxLabel.en ?? '');
    expect(problems).toEqual([]);
  } finally {
    await page.close();
  }
});
