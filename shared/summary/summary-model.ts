/**
 * The take-home summary as data: what the printout says, already in the right language, with
 * the QR payload. Pure; the print layouts (Letter, A4, 80 mm receipt) only arrange this model.
 */
import type { Assessment } from '../assessment/assessment-types.ts';
import { causeTexts, guidanceTexts, redFlagTexts, riskMarkerTexts, signalTexts } from '../assessment/assessment-texts.ts';
import { answersToQuestionnaireResponse } from '../fhir/response-to-fhir.ts';
import { enabledItems } from '../questionnaire/enable-when.ts';
import type { Answers, AnswerValue, ItemSection, Language, Questionnaire, QuestionnaireItem } from '../questionnaire/questionnaire-types.ts';
import { formatClinicTime } from './clinic-time.ts';
import { summaryTexts } from './summary-texts.ts';
import { clinicalFlagText } from './urgent-slip.ts';

export interface SummaryInput {
  readonly questionnaire: Questionnaire;
  readonly answers: Answers;
  readonly assessment: Assessment;
  readonly language: Language;
  readonly clinic: { readonly name: string; readonly phone: string };
  /** When the summary was made, as an ISO timestamp; passed in so the model stays pure. */
  readonly createdAt: string;
  /** A staff test print or a documentation sample: made-up answers, marked as such on the sheet. */
  readonly sample?: boolean;
  /** The clinic's IANA time zone for the printed time (default UTC, for fixed samples). */
  readonly timeZone?: string;
  /** The language staff read: the urgent block is repeated in it when the patient's differs (default English). */
  readonly staffLanguage?: Language;
  /** The number on the red-flag sheet's emergency line (default 911). */
  readonly emergencyNumber?: string;
}

/** The urgent block of a red-flag sheet, in one language. */
export interface UrgentBlock {
  readonly language: Language;
  readonly title: string;
  readonly body: string;
  readonly flags: readonly string[];
  readonly emergency: string;
}

export interface SummaryAnswerRow {
  readonly linkId: string;
  readonly label: string;
  readonly value: string;
  readonly isRedFlag: boolean;
  readonly section: ItemSection;
  /** The answer was a plain "no" (lets a layout fold an all-clear safety screen into one line). */
  readonly isNo: boolean;
}

export interface SummaryDocument {
  readonly language: Language;
  readonly clinic: { readonly name: string; readonly phone: string };
  readonly createdAt: string;
  readonly heading: {
    readonly title: string;
    readonly dateLabel: string;
    readonly nameLabel: string;
    readonly birthDateLabel: string;
  };
  /**
   * Present when any red flag was raised in the session: printed first, in the patient's
   * language, with `staff` repeating it for staff in the clinic's staff language when that differs.
   */
  readonly urgent: (UrgentBlock & { readonly staff: UrgentBlock | null }) | null;
  readonly patient: {
    readonly levelTitle: string;
    readonly levelBody: string;
    readonly causesHeading: string;
    readonly causes: readonly {
      readonly name: string;
      readonly explanation: string;
      /** Whole sentences: "Because you said it locks or gets stuck." */
      readonly because: readonly string[];
      /** The same reasons without the lead-in, for one compact line: "it locks or gets stuck". */
      readonly becauseClauses: readonly string[];
    }[];
    readonly noLikelyCause: string | null;
    readonly becauseLabel: string;
    readonly meanwhileHeading: string;
    readonly meanwhile: readonly string[];
    readonly handToTherapist: string;
  };
  /** Always English, for the clinic. */
  readonly therapist: {
    readonly patientLanguage: string;
    readonly level: string;
    readonly painScore: string;
    readonly redFlags: readonly string[];
    /** Risk markers (not urgent alone), e.g. "New pain in the middle back (yes)". */
    readonly riskMarkers: readonly string[];
    readonly signals: readonly string[];
    /** The five-part hypermobility questionnaire: "2 of 5 (≥ 2 suggests hypermobility)". */
    readonly hypermobilityScreen: string;
    readonly causes: readonly { readonly name: string; readonly score: number; readonly likely: boolean; readonly evidence: readonly string[] }[];
    readonly answers: readonly SummaryAnswerRow[];
    readonly unanswered: readonly string[];
    readonly ruleSetVersion: string;
    readonly questionnaireVersion: string;
  };
  /** Compact FHIR R4 QuestionnaireResponse JSON for the QR code. */
  readonly qrPayload: string;
  /** Set on test prints and samples: printed above everything so no one mistakes it for a patient's sheet. */
  readonly sampleNotice: string | null;
}

const languageNames: Record<Language, string> = { en: 'English', es: 'Spanish (español)' };

function formatAnswer(item: QuestionnaireItem, value: AnswerValue, language: Language): string {
  if (typeof value === 'number') {
    return item.scale ? `${value} / ${item.scale.max}` : String(value);
  }
  const codes = typeof value === 'string' ? [value] : value;
  return codes.map((code) => item.options.find((option) => option.code === code)?.text[language] ?? code).join(', ');
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** "Yes, later changed to No": a sticky flag's answer row, in English for the therapist. */
function changedAnswer(item: QuestionnaireItem, first: string, now: AnswerValue | undefined): string {
  return fill(summaryTexts.changedLater.en, {
    first: formatAnswer(item, first, 'en'),
    now: now === undefined ? summaryTexts.changedToNothing.en : formatAnswer(item, now, 'en'),
  });
}

/** How every "because" sentence of the assessment texts starts, per language. */
const becauseLeadIns: Record<Language, string> = { en: 'Because you said ', es: 'Porque dijo ' };

/** "Because you said it locks." → "it locks"; a sentence without the usual lead-in is kept whole. */
export function becauseClause(sentence: string, language: Language): string {
  const leadIn = becauseLeadIns[language];
  if (!sentence.startsWith(leadIn)) return sentence;
  return sentence.slice(leadIn.length).replace(/\.$/, '');
}

/** "2 of 5 (≥ 2 suggests hypermobility)", with how many were left unanswered when any were. */
export function hypermobilityScreenText(assessment: Assessment): string {
  const { yes, answered } = assessment.hypermobilityScreen;
  const skipped = 5 - answered;
  return `${yes} of 5 (≥ 2 suggests hypermobility)${skipped > 0 ? `, ${skipped} not answered` : ''}`;
}

export function buildSummary(input: SummaryInput): SummaryDocument {
  const { questionnaire, answers, assessment, language } = input;
  const t = (text: { readonly en: string; readonly es: string }) => text[language];
  const flaggedLinkIds = new Set(assessment.redFlags.map((flag) => flag.linkId));
  const changedFlags = assessment.redFlags.filter((flag) => flag.changed === true);
  const hasRedFlag = assessment.redFlags.length > 0;
  const staffLanguage = input.staffLanguage ?? 'en';
  const urgentBlock = (lang: Language, flags: readonly string[]): UrgentBlock => ({
    language: lang,
    title: lang === language ? summaryTexts.urgentTitle[lang] : summaryTexts.staffUrgentTitle[lang],
    body: lang === language ? summaryTexts.urgentBody[lang] : summaryTexts.staffUrgentBody[lang],
    flags,
    emergency: fill(summaryTexts.emergency[lang], { number: input.emergencyNumber ?? '911' }),
  });
  const painItem = questionnaire.items.find((item) => item.kind === 'scale');
  const painValue = painItem ? answers[painItem.linkId] : undefined;
  const likely = assessment.causes.filter((cause) => cause.likely);

  const answerRows: SummaryAnswerRow[] = enabledItems(questionnaire, answers).flatMap((item) => {
    const value = answers[item.linkId];
    const changed = changedFlags.find((flag) => flag.linkId === item.linkId);
    if (value === undefined && !changed) return [];
    return [
      {
        linkId: item.linkId,
        label: item.shortLabel.en,
        value: changed ? changedAnswer(item, changed.code, value) : formatAnswer(item, value as AnswerValue, 'en'),
        isRedFlag: flaggedLinkIds.has(item.linkId),
        section: item.section,
        isNo: value === 'no' && !changed,
      },
    ];
  });

  return {
    language,
    clinic: input.clinic,
    createdAt: input.createdAt,
    heading: {
      title: t(summaryTexts.title),
      dateLabel: formatClinicTime(input.createdAt, language, input.timeZone ?? 'UTC'),
      nameLabel: t(summaryTexts.writeInName),
      birthDateLabel: t(summaryTexts.writeInBirthDate),
    },
    urgent: hasRedFlag
      ? {
          ...urgentBlock(language, assessment.redFlags.map((flag) => t(redFlagTexts[flag.flag]))),
          staff:
            staffLanguage === language
              ? null
              : urgentBlock(staffLanguage, assessment.redFlags.map((flag) => clinicalFlagText(questionnaire, flag, staffLanguage))),
        }
      : null,
    patient: {
      levelTitle: t(guidanceTexts[assessment.guidance].title),
      levelBody: t(guidanceTexts[assessment.guidance].body),
      causesHeading: t(summaryTexts.likelyCauses),
      // A red-flag sheet explains no causes: the flag comes first, and the therapist part keeps the scores.
      causes: (hasRedFlag ? [] : likely).map((cause) => ({
        name: t(causeTexts[cause.cause].name),
        explanation: t(causeTexts[cause.cause].explanation),
        because: cause.evidence.filter((e) => e.weight > 0).map((e) => t(e.because)),
        becauseClauses: cause.evidence.filter((e) => e.weight > 0).map((e) => becauseClause(t(e.because), language)),
      })),
      noLikelyCause: !hasRedFlag && likely.length === 0 ? t(summaryTexts.noLikelyCause) : null,
      becauseLabel: t(summaryTexts.becauseYouSaid),
      meanwhileHeading: t(summaryTexts.meanwhile),
      meanwhile: assessment.meanwhile.map(t),
      handToTherapist: t(hasRedFlag ? summaryTexts.handToDesk : summaryTexts.handToTherapist),
    },
    therapist: {
      patientLanguage: languageNames[language],
      level: assessment.level,
      painScore: typeof painValue === 'number' ? `${painValue} / ${painItem?.scale?.max ?? 10}` : 'not answered',
      redFlags: assessment.redFlags.map(
        (flag) => `${redFlagTexts[flag.flag].en} (${flag.code === 'yes' ? 'yes' : 'not sure'}${flag.changed ? `, later changed to ${flag.changedTo ?? summaryTexts.changedToNothing.en}` : ''})`,
      ),
      riskMarkers: assessment.riskMarkers.map((marker) => `${riskMarkerTexts[marker.marker].en} (${marker.code === 'unsure' ? 'not sure' : marker.code})`),
      signals: assessment.signals.map((signal) => signalTexts[signal.signal].en),
      hypermobilityScreen: hypermobilityScreenText(assessment),
      causes: assessment.causes.map((cause) => ({
        name: causeTexts[cause.cause].name.en,
        score: cause.score,
        likely: cause.likely,
        evidence: cause.evidence.map((e) => `${e.weight > 0 ? '+' : ''}${e.weight} ${e.linkId}=${e.code}`),
      })),
      answers: answerRows,
      unanswered: assessment.unanswered,
      ruleSetVersion: assessment.ruleSetVersion,
      questionnaireVersion: questionnaire.version,
    },
    qrPayload: JSON.stringify(
      answersToQuestionnaireResponse(answers, { compact: true, authored: input.createdAt, language, raisedFlags: changedFlags }),
    ),
    sampleNotice: input.sample ? t(summaryTexts.sampleNotice) : null,
  };
}
