/**
 * The red-flag sheet and the urgent slip as data: the flag leads (patient and staff language),
 * an emergency line, no causes explained, "this sheet" on paper, a changed answer kept as
 * "Yes, later changed to No" (and in the QR's QuestionnaireResponse), and the clinic's time zone.
 */
import type { QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { assessAnswers } from '../../../../shared/assessment/assess-answers.ts';
import { assessWithRaisedFlags } from '../../../../shared/assessment/sticky-flags.ts';
import { questionnaireResponseToAnswers } from '../../../../shared/fhir/fhir-to-answers.ts';
import { questionnaireToFhir } from '../../../../shared/fhir/questionnaire-to-fhir.ts';
import { answerChangedToExtensionUrl } from '../../../../shared/fhir/response-to-fhir.ts';
import { backtalkQuestionnaire, safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { Answers, Language } from '../../../../shared/questionnaire/questionnaire-types.ts';
import { sampleCases } from '../../../../shared/summary/sample-answers.ts';
import { buildSummary, type SummaryInput } from '../../../../shared/summary/summary-model.ts';
import { summaryTexts } from '../../../../shared/summary/summary-texts.ts';
import { buildUrgentSlip } from '../../../../shared/summary/urgent-slip.ts';
import { r4ResponseErrors, responseConsistencyErrors } from '../fhir/fhir-validation.ts';

const allNo = Object.fromEntries(safetyLinkIds.map((linkId) => [linkId, 'no']));
const calm: Answers = { ...sampleCases['no-worry'], ...allNo };
const flagged = safetyLinkIds[0]!;

function summary(answers: Answers, language: Language, extra: Partial<SummaryInput> = {}, raised = [] as { linkId: string; code: string }[]) {
  return buildSummary({
    questionnaire: backtalkQuestionnaire,
    answers,
    assessment: assessWithRaisedFlags(answers, raised),
    language,
    clinic: { name: 'Clinic', phone: '' },
    createdAt: '2026-07-14T15:30:00.000Z',
    ...extra,
  });
}

const allStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(allStrings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(allStrings)
        : [];

describe('the red-flag sheet', () => {
  it('leads with the urgent block in the patient language and again in the staff language, with the emergency line', () => {
    const sheet = summary(sampleCases['red-flag'], 'es', { staffLanguage: 'en', emergencyNumber: '112' });
    expect(sheet.urgent?.language).toBe('es');
    expect(sheet.urgent?.emergency).toContain('112');
    expect(sheet.urgent?.emergency).toContain('vaya ahora');
    expect(sheet.urgent?.staff?.language).toBe('en');
    expect(sheet.urgent?.staff?.emergency).toContain('act now. Call 112 or go to the emergency room');
    // Staff read the flags in clinical words.
    expect(sheet.urgent?.staff?.flags.join(' ')).toMatch(/cauda equina|neurological deficit|fracture/i);
    // Same language for patient and staff: one block.
    expect(summary(sampleCases['red-flag'], 'en', { staffLanguage: 'en' }).urgent?.staff).toBeNull();
    // The emergency number defaults to 911.
    expect(summary(sampleCases['red-flag'], 'en').urgent?.emergency).toContain('911');
  });

  it('explains no causes, while the therapist part keeps the scores', () => {
    const sheet = summary(sampleCases['red-flag'], 'en');
    expect(assessAnswers(sampleCases['red-flag']).causes.some((cause) => cause.likely)).toBe(true);
    expect(sheet.patient.causes).toEqual([]);
    expect(sheet.patient.noLikelyCause).toBeNull();
    expect(sheet.therapist.causes.some((cause) => cause.likely && cause.score > 0)).toBe(true);
    expect(sheet.patient.handToTherapist).toBe(summaryTexts.handToDesk.en);
  });

  it('says "this sheet" and "now" on paper, never "this screen" or "today"', () => {
    for (const language of ['en', 'es'] as const) {
      const text = allStrings(summary(sampleCases['red-flag'], language)).join(' ');
      expect(text).not.toMatch(/this screen|esta pantalla|show them this\b|muestre esto\b/i);
      expect(text).not.toMatch(/\btoday\b|\bhoy\b/i);
      expect(text).toMatch(language === 'en' ? /this sheet/ : /esta hoja/);
    }
  });

  it('keeps a flag whose answer was changed: "Yes, later changed to No", front desk, and in the QR', () => {
    const sheet = summary(calm, 'en', {}, [{ linkId: flagged, code: 'yes' }]);
    expect(sheet.urgent).not.toBeNull();
    expect(sheet.therapist.level).toBe('tell-front-desk-now');
    const row = sheet.therapist.answers.find((candidate) => candidate.linkId === flagged);
    expect(row).toMatchObject({ value: 'Yes, later changed to No', isRedFlag: true, isNo: false });
    expect(sheet.therapist.redFlags.join(' ')).toContain('later changed to no');
    expect(sheet.therapist.verdict.title).toBe('Verdict: red flag, see the top of the sheet');
    // The flagged answer leads the answer table, on a row of its own.
    expect(sheet.therapist.answerTable.flagged).toEqual([{ label: row?.label, value: 'Yes, later changed to No', isRedFlag: true }]);

    const response = JSON.parse(sheet.qrPayload) as QuestionnaireResponse;
    const item = response.item?.find((candidate) => candidate.linkId === flagged);
    expect(item?.answer).toEqual([{ valueCoding: { code: 'yes' } }]);
    expect(item?.extension).toEqual([{ url: answerChangedToExtensionUrl, valueCoding: { code: 'no' } }]);
    // Still a valid R4 QuestionnaireResponse for the Backtalk questionnaire.
    expect(r4ResponseErrors(response)).toEqual([]);
    expect(responseConsistencyErrors(response, questionnaireToFhir(backtalkQuestionnaire))).toEqual([]);
    // A scanner that reads the answers back, and assesses them, sees the flag.
    const read = questionnaireResponseToAnswers(response);
    expect(read.ok && assessAnswers(read.answers).level).toBe('tell-front-desk-now');
  });
});

describe('clinic time', () => {
  it('prints the time in the clinic time zone, not UTC', () => {
    const chicago = summary(calm, 'en', { timeZone: 'America/Chicago' }).heading.dateLabel;
    expect(chicago).toContain('July 14, 2026');
    expect(chicago).toMatch(/10:30\s?AM/);
    expect(chicago).toContain('CDT');
    const slip = buildUrgentSlip({
      questionnaire: backtalkQuestionnaire,
      flags: assessAnswers({ [flagged]: 'yes' }).redFlags,
      kioskName: 'Lobby kiosk',
      createdAt: '2026-01-14T15:30:00.000Z',
      timeZone: 'America/Los_Angeles',
      language: 'en',
    });
    expect(slip.time).toMatch(/7:30\s?AM/);
    expect(slip.time).toContain('PST');
  });
});

describe('the urgent slip', () => {
  it('holds the call, the flags in clinical words, the time and the kiosk, and none of the other answers', () => {
    const answers: Answers = { ...sampleCases['red-flag'] };
    const flags = assessAnswers(answers).redFlags;
    const slip = buildUrgentSlip({
      questionnaire: backtalkQuestionnaire,
      flags,
      kioskName: 'Check-in kiosk',
      createdAt: '2026-03-14T15:30:00.000Z',
      timeZone: 'America/New_York',
      language: 'en',
    });
    expect(slip.title).toBe('Patient at the check-in kiosk needs a check now');
    expect(slip.flags).toHaveLength(flags.length);
    for (const flag of flags) {
      const item = backtalkQuestionnaire.items.find((candidate) => candidate.linkId === flag.linkId)!;
      expect(slip.flags.join(' ')).toContain(item.clinicalLabel!.en);
    }
    expect(slip.flags.join(' ')).toMatch(/urinary retention|saddle anaesthesia/);
    expect(slip.kioskName).toBe('Check-in kiosk');
    // Nothing of the other answers: no option text of any non-safety answer given.
    const text = allStrings(slip).join(' ');
    for (const item of backtalkQuestionnaire.items.filter((candidate) => candidate.section !== 'safety')) {
      const value = answers[item.linkId];
      const codes = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
      for (const code of codes) {
        const option = item.options.find((candidate) => candidate.code === code);
        if (option && option.text.en.length > 3) expect(text).not.toContain(option.text.en);
      }
      expect(text).not.toContain(item.shortLabel.en);
    }
  });

  it('is in the staff language, and marks a "not sure" answer', () => {
    const slip = buildUrgentSlip({
      questionnaire: backtalkQuestionnaire,
      flags: assessAnswers({ [flagged]: 'unsure' }).redFlags,
      kioskName: 'Quiosco 2',
      createdAt: '2026-03-14T15:30:00.000Z',
      timeZone: 'America/Chicago',
      language: 'es',
    });
    expect(slip.title).toMatch(/ahora$/);
    expect(slip.flags[0]).toContain('no está seguro');
  });
});

describe('every safety item has a clinical label for staff', () => {
  it('in each language', () => {
    for (const item of backtalkQuestionnaire.items.filter((candidate) => candidate.section === 'safety')) {
      expect(item.clinicalLabel?.en, item.linkId).toBeTruthy();
      expect(item.clinicalLabel?.es, item.linkId).toBeTruthy();
    }
  });
});
