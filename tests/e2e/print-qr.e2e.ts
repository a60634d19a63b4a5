/**
 * The printed sheet through the real pipeline (browser shell → Chromium PDF → lp → cups-pdf) in
 * every paper layout: the QR code on the printed PDF, rasterized at 150 dpi, decodes with zbarimg
 * to a FHIR QuestionnaireResponse that gives back exactly the answers the patient tapped.
 */
import { questionnaireResponseSchema, questionnaireResponseToAnswers } from '../../shared/fhir/fhir-to-answers.ts';
import { pruneDisabledAnswers } from '../../shared/questionnaire/enable-when.ts';
import { backtalkQuestionnaire } from '../../shared/questionnaire/backtalk-questionnaire.ts';
import type { PaperSize } from '../../shared/settings/kiosk-settings.ts';
import { sampleCases } from '../../shared/summary/sample-answers.ts';
import { cancelAllJobs, pdfToText, removePrintedPdf, waitForPrintedPdf } from '../../electron/browser-shell/kiosk-driver/cups-test-queue.ts';
import { expect, test } from './support/kiosk-fixture.ts';
import { decodeQrCodes, lastSubmittedJobId, pdfPageCount } from './support/print-test-helpers.ts';

test.afterEach(() => cancelAllJobs());

const layouts: { paperSize: PaperSize; language: 'en' | 'es'; answers: keyof typeof sampleCases }[] = [
  { paperSize: 'letter', language: 'en', answers: 'painful' },
  { paperSize: 'a4', language: 'es', answers: 'red-flag' },
  { paperSize: 'receipt-80mm', language: 'en', answers: 'painful' },
  { paperSize: 'receipt-80mm', language: 'es', answers: 'no-worry' },
];

for (const layout of layouts) {
  test.describe(`${layout.paperSize} in ${layout.language}`, () => {
    test.use({ kioskSettings: { paperSize: layout.paperSize, defaultLanguage: layout.language } });

    test(`the printed QR code round-trips the ${layout.answers} answers`, async ({ page, kiosk, logLines }) => {
      const given = sampleCases[layout.answers];
      await kiosk.start({ screening: given });
      await kiosk.answerAll(given);
      await page.locator('.screen__footer .button--primary').click(); // "Show my result"
      await kiosk.expectScreen('result');
      await expect(page.locator('[data-print-phase="done"]')).toBeVisible({ timeout: 30_000 });

      const pdf = await waitForPrintedPdf(lastSubmittedJobId(logLines));
      try {
        const text = pdfToText(pdf);
        expect(text).toContain('Riverside Physical Therapy');
        expect(text).toContain('For the therapist');
        // The therapist part reads as clinical sentences, not rule keys ("+2 past-injury=sprain").
        const flat = text.replace(/\s+/g, ' ');
        expect(flat).toMatch(/\b(likely|possible|unlikely) \(-?\d+\)/);
        expect(flat).toMatch(/Supported by [a-z]/);
        expect(flat).not.toMatch(/\b[a-z-]+=[a-z0-9-]+/);
        if (layout.paperSize !== 'receipt-80mm') expect(pdfPageCount(pdf)).toBe(1);
        if (layout.answers === 'red-flag') {
          const banner = layout.language === 'es' ? 'Por favor, avise ahora en la recepción' : 'Please tell the front desk now';
          expect(text.indexOf(banner)).toBeGreaterThan(-1);
          // The urgent block leads the sheet, above the clinic's name; a red-flag sheet explains no causes.
          expect(text.indexOf(banner)).toBeLessThan(text.indexOf('Riverside Physical Therapy'));
          expect(text).not.toContain(layout.language === 'es' ? 'Lo que puede causarlo' : 'What may be causing it');
        }

        const codes = decodeQrCodes(pdf, 150);
        expect(codes).toHaveLength(1);
        const json: unknown = JSON.parse(codes[0] ?? '');
        expect(questionnaireResponseSchema.safeParse(json).success).toBe(true);
        expect(json).toMatchObject({ resourceType: 'QuestionnaireResponse', language: layout.language });
        const decoded = questionnaireResponseToAnswers(json);
        expect(decoded).toEqual({ ok: true, answers: pruneDisabledAnswers(backtalkQuestionnaire, given) });
      } finally {
        removePrintedPdf(pdf);
      }
    });
  });
}
