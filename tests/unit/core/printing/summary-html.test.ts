/**
 * The printed sheet itself, rendered by real Chromium for every sample case, language and paper:
 * the QR code decodes with zbarimg from the PDF rasterized at 150 dpi to the same answers, sheets
 * fit one page, the urgent banner comes first, and the page uses black and white only.
 */
import { causeTexts } from '../../../../shared/assessment/assessment-texts.ts';
import { summaryTexts } from '../../../../shared/summary/summary-texts.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paperSpecs } from '../../../../electron/core/printing/paper.ts';
import { chooseQrErrorCorrection, minQrModuleMm, qrWidthMm } from '../../../../electron/core/printing/qr-symbol.ts';
import { renderSummaryHtml } from '../../../../electron/core/printing/summary-html.ts';
import { assessAnswers } from '../../../../shared/assessment/assess-answers.ts';
import { questionnaireResponseToAnswers } from '../../../../shared/fhir/fhir-to-answers.ts';
import { backtalkQuestionnaire } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { pruneDisabledAnswers } from '../../../../shared/questionnaire/enable-when.ts';
import { languages } from '../../../../shared/questionnaire/questionnaire-types.ts';
import { paperSizes } from '../../../../shared/settings/kiosk-settings.ts';
import { sampleCaseNames, sampleCases } from '../../../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../../../shared/summary/sample-summary.ts';
import { buildSummary } from '../../../../shared/summary/summary-model.ts';
import { decodeQrCodes, pdfPageCount } from '../../../e2e/support/print-test-helpers.ts';
import { startChromiumPdf } from './chromium-for-tests.ts';
import { encodeQrText } from '../../../../electron/core/printing/qr-text.ts';

const cases = sampleCaseNames.flatMap((sample) => languages.flatMap((language) => paperSizes.map((size) => ({ sample, language, size }))));

describe('printed summary layouts (real Chromium, zbarimg)', () => {
  let chromium: Awaited<ReturnType<typeof startChromiumPdf>>;
  let dir: string;
  beforeAll(async () => {
    chromium = await startChromiumPdf();
    dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-layout-'));
  });
  afterAll(async () => {
    await chromium.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(cases)('$sample in $language on $size', async ({ sample, language, size }) => {
    const answers = sampleCases[sample];
    const summary = summaryOfAnswers(answers, language);
    const paper = paperSpecs[size];
    const html = await renderSummaryHtml(summary, paper);
    // Black and white only: no colour anywhere in the page.
    expect(html.match(/#[0-9a-f]{3,6}\b/gi)?.every((c) => /^#(000|fff|000000|ffffff)$/i.test(c))).toBe(true);

    const rendered = await chromium.pdf.renderPdf(html, paper);
    const file = path.join(dir, `${sample}-${language}-${size}.pdf`);
    writeFileSync(file, rendered.bytes);

    const codes = decodeQrCodes(file, 150);
    expect(codes).toHaveLength(1);
    expect(questionnaireResponseToAnswers(JSON.parse(codes[0] ?? ''))).toEqual({ ok: true, answers: pruneDisabledAnswers(backtalkQuestionnaire, answers) });

    if (size !== 'receipt-80mm') expect(pdfPageCount(file)).toBe(1);
    else expect(rendered.heightMm).toBeGreaterThan(200);

    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const patientStart = text.indexOf(summary.patient.meanwhileHeading);
    const therapistStart = text.indexOf('For the therapist');
    expect(patientStart).toBeGreaterThan(-1);
    expect(therapistStart).toBeGreaterThan(patientStart);
    if (summary.urgent) {
      // The urgent block leads the sheet, above the clinic's own heading, with the emergency line.
      const urgentAt = text.indexOf(summary.urgent.title);
      expect(urgentAt).toBeGreaterThan(-1);
      expect(urgentAt).toBeLessThan(text.indexOf(summary.heading.title));
      expect(text).toContain(summary.urgent.emergency);
      // A red-flag sheet explains no causes (the therapist part keeps the scores).
      for (const cause of Object.values(causeTexts)) expect(text).not.toContain(cause.explanation[language].slice(0, 40));
      expect(text).not.toContain(summaryTexts.likelyCauses[language]);
    } else {
      expect(text.indexOf(summary.patient.causesHeading)).toBeGreaterThan(-1);
    }
    // The therapist part reads as sentences: every cause as likely / possible / unlikely with its
    // evidence in clinical words, never the rule table's "+2 past-injury=fall-accident".
    const therapistText = text.slice(therapistStart);
    expect(therapistText).toMatch(/\b(likely|possible|unlikely) \(-?\d+\)/);
    expect(therapistText).toContain(summary.therapist.verdict.title);
    expect(therapistText).toMatch(/Supported by [a-z]/);
    expect(therapistText).not.toMatch(/[+-]\d+ [a-z-]+=|\b[a-z-]+=[a-z0-9-]+/);
    // The urgent call is printed once (the therapist part names the flags, it does not repeat the call).
    if (summary.urgent) expect(text.split(summary.urgent.title).length - 1).toBe(1);
    expect(text).not.toContain('TELL FRONT DESK NOW');
  });
});

describe('QR code size', () => {
  it('keeps error correction M while the modules print at least 0.42 mm wide, else falls back to L', () => {
    for (const sample of sampleCaseNames) {
      const payload = buildSummary({
        questionnaire: backtalkQuestionnaire,
        answers: sampleCases[sample],
        assessment: assessAnswers(sampleCases[sample]),
        language: 'en',
        clinic: { name: 'x', phone: '' },
        createdAt: '2026-03-14T15:30:00.000Z',
      }).qrPayload;
      const text = encodeQrText(payload);
      const level = chooseQrErrorCorrection(text, qrWidthMm);
      const modules = QRCode.create(text, { errorCorrectionLevel: level }).modules.size + 8;
      expect(qrWidthMm / modules).toBeGreaterThanOrEqual(minQrModuleMm);
      if (level === 'L') expect(qrWidthMm / (QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size + 8)).toBeLessThan(minQrModuleMm);
    }
    expect(qrWidthMm).toBeGreaterThanOrEqual(60);
    expect(qrWidthMm).toBeLessThanOrEqual(paperSpecs['receipt-80mm'].widthMm - 2 * paperSpecs['receipt-80mm'].marginMm);
  });
});

describe('the sheet in the staff language', () => {
  let chromium: Awaited<ReturnType<typeof startChromiumPdf>>;
  let dir: string;
  beforeAll(async () => {
    chromium = await startChromiumPdf();
    dir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-staff-'));
  });
  afterAll(async () => {
    await chromium.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the therapist part in Spanish for Spanish-speaking staff, with clinical words, and escapes what it prints', async () => {
    const summary = summaryOfAnswers(sampleCases.painful, 'es', { staffLanguage: 'es' });
    const html = await renderSummaryHtml({ ...summary, clinic: { name: 'Clínica <b>Río</b> & "Sol"', phone: '555' } }, paperSpecs.letter);
    expect(html).toContain('Clínica &lt;b&gt;Río&lt;/b&gt; &amp;');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.replaceAll('&#x27;', "'")).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
    const file = path.join(dir, 'painful-es-staff-es.pdf');
    writeFileSync(file, (await chromium.pdf.renderPdf(html, paperSpecs.letter)).bytes);
    expect(pdfPageCount(file)).toBe(1);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Para el terapeuta');
    expect(text).toMatch(/probable \(\d+\)/);
    expect(text).toContain('esguince o distensión previa');
    expect(text).not.toContain('For the therapist');
    expect(decodeQrCodes(file, 150)).toHaveLength(1);
  });
});
