/**
 * The take-home summary as data: what the printout says, already in the right language, with
 * the QR payload. Pure; the print layouts (Letter, A4, 80 mm receipt) only arrange this model.
 */
import type { Assessment, CauseCode, Evidence, GuidanceLevel, RankedCause, RedFlag } from '../assessment/assessment-types.ts';
import { causeTexts, guidanceTexts, redFlagTexts, riskMarkerTexts } from '../assessment/assessment-texts.ts';
import { causesCallingForALook } from '../assessment/assess-answers.ts';
import { causesToExplain } from '../assessment/causes-to-explain.ts';
import { answersToQuestionnaireResponse } from '../fhir/response-to-fhir.ts';
import { clinicalAnswerLabels, hypermobilityLinkIds } from '../questionnaire/backtalk-questionnaire.ts';
import { enabledItems } from '../questionnaire/enable-when.ts';
import type { Answers, AnswerValue, ItemSection, Language, Questionnaire, QuestionnaireItem } from '../questionnaire/questionnaire-types.ts';
import { formatClinicTime } from './clinic-time.ts';
import { summaryTexts } from './summary-texts.ts';
import {
  causeClinicalNames,
  languageNames,
  likelihoodTexts,
  signalClinicalTexts,
  therapistTexts,
  verdictTitles,
  type CauseLikelihood,
} from './therapist-texts.ts';
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

/** A cause as the therapist reads it: a likelihood in words and the evidence as a sentence. */
export interface TherapistCause {
  readonly cause: CauseCode;
  readonly name: string;
  readonly score: number;
  readonly likely: boolean;
  readonly likelihood: CauseLikelihood;
  /** "likely" / "possible" / "unlikely" in the staff language. */
  readonly likelihoodLabel: string;
  /** "Supported by locking or catching and previous sprain or strain. Against: painless cracking." */
  readonly evidence: string;
}

/** One row of the compact answer table: an answer, or a screening group's "No" answers folded into one. */
export interface AnswerTableRow {
  readonly label: string;
  readonly value: string;
  readonly isRedFlag: boolean;
}

export interface TherapistPart {
  readonly language: Language;
  readonly heading: string;
  /** One verdict: a heading and the clinical sentences behind it (the urgent call itself is printed once, at the top). */
  readonly verdict: { readonly level: GuidanceLevel; readonly title: string; readonly sentences: readonly string[] };
  /** Pain, patient language, hypermobility screen: label and value. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly level: GuidanceLevel;
  readonly patientLanguage: string;
  readonly painScore: string;
  /** Each raised flag in clinical words with how it was answered: "… (yes, later changed to no)". */
  readonly redFlags: readonly string[];
  /** Risk markers (not urgent alone), e.g. "New pain in the middle back (not sure)". */
  readonly riskMarkers: readonly string[];
  readonly signals: readonly string[];
  /** The five-part hypermobility questionnaire: "2 of 5 (≥ 2 suggests hypermobility)". */
  readonly hypermobilityScreen: string;
  readonly causesHeading: string;
  readonly causes: readonly TherapistCause[];
  readonly answersHeading: string;
  readonly answerColumns: { readonly label: string; readonly value: string };
  /** Every answer, one per row (what the QR holds, in words). */
  readonly answers: readonly SummaryAnswerRow[];
  /**
   * The answers as printed: the red-flag answers first, on their own (they are what staff look
   * for, and they print at full width), then the others, a screening group's plain "No" answers
   * folded into one row.
   */
  readonly answerTable: { readonly flagged: readonly AnswerTableRow[]; readonly others: readonly AnswerTableRow[] };
  /** "Not answered: …", or null. */
  readonly unanswered: string | null;
  readonly qrCaption: string;
  readonly ruleSetVersion: string;
  readonly questionnaireVersion: string;
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
  /** For the clinic, in the staff language (default English): clinical sentences and the answers. */
  readonly therapist: TherapistPart;
  /** Compact FHIR R4 QuestionnaireResponse JSON for the QR code. */
  readonly qrPayload: string;
  /** Set on test prints and samples: printed above everything so no one mistakes it for a patient's sheet. */
  readonly sampleNotice: string | null;
}

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

/** "Yes, later changed to No": a sticky flag's answer row, in the staff language. */
function changedAnswer(item: QuestionnaireItem, first: string, now: AnswerValue | undefined, language: Language): string {
  return fill(summaryTexts.changedLater[language], {
    first: formatAnswer(item, first, language),
    now: now === undefined ? summaryTexts.changedToNothing[language] : formatAnswer(item, now, language),
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
export function hypermobilityScreenText(assessment: Assessment, language: Language = 'en'): string {
  const { yes, answered } = assessment.hypermobilityScreen;
  const skipped = 5 - answered;
  return (
    fill(therapistTexts.hypermobilityValue[language], { yes: String(yes) }) +
    (skipped > 0 ? fill(therapistTexts.hypermobilitySkipped[language], { skipped: String(skipped) }) : '')
  );
}

/** "a, b and c" / "a, b y c". */
function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'es' ? 'y' : 'and'} ${items.at(-1) ?? ''}`;
}

/** One answer the rules weighed, in clinical words ("crepitus (grinding or rubbing)"); the plain answer when it has none. */
export function clinicalEvidenceText(evidence: Evidence, questionnaire: Questionnaire, answers: Answers, language: Language): string {
  const labels: Readonly<Record<string, { readonly en: string; readonly es: string }>> = clinicalAnswerLabels;
  const scaleValue = answers[evidence.linkId];
  const label = labels[`${evidence.linkId}=${evidence.code}`] ?? (typeof scaleValue === 'number' ? labels[evidence.linkId] : undefined);
  if (label) return fill(label[language], { value: String(scaleValue) });
  const item = questionnaire.items.find((candidate) => candidate.linkId === evidence.linkId);
  return item ? `${item.shortLabel[language]}: ${formatAnswer(item, evidence.code, language)}` : `${evidence.linkId}: ${evidence.code}`;
}

/** Likely at the rule set's threshold; possible when some answer points to it; unlikely otherwise. */
export function causeLikelihood(cause: RankedCause): CauseLikelihood {
  if (cause.likely) return 'likely';
  return cause.score > 0 ? 'possible' : 'unlikely';
}

/** A raised flag in clinical words with how it was answered: "… (yes)", "… (not sure, later changed to no)". */
function therapistFlagText(questionnaire: Questionnaire, flag: RedFlag, language: Language): string {
  const item = questionnaire.items.find((candidate) => candidate.linkId === flag.linkId);
  const label = item?.clinicalLabel?.[language] ?? redFlagTexts[flag.flag][language];
  const answered = flag.code === 'yes' ? therapistTexts.flagYes[language] : therapistTexts.flagNotSure[language];
  const now = flag.changedTo ?? summaryTexts.changedToNothing[language];
  const changed = flag.changed ? `, ${fill(therapistTexts.flagChanged[language], { now: item ? formatAnswer(item, now, language).toLowerCase() : now })}` : '';
  return `${label} (${answered}${changed})`;
}

/** Screens of yes/no questions whose plain "No" answers print as one row. */
const foldedGroups = [
  { label: therapistTexts.safetyGroup, includes: (row: SummaryAnswerRow) => row.section === 'safety' },
  { label: therapistTexts.hypermobilityGroup, includes: (row: SummaryAnswerRow) => hypermobilityLinkIds.includes(row.linkId) },
] as const;

/**
 * Every answer, compactly: within a screening group, two or more "No" answers become one row
 * ("Red-flag questions: No to all 16", or "No to the other 13" beside the answers that were not No).
 */
export function foldNoAnswers(rows: readonly SummaryAnswerRow[], language: Language = 'en'): AnswerTableRow[] {
  const out: AnswerTableRow[] = [];
  const placed = new Set<string>();
  for (const row of rows) {
    const group = foldedGroups.find((g) => g.includes(row));
    const members = group ? rows.filter((r) => group.includes(r)) : [];
    const noes = members.filter((r) => r.isNo);
    if (!group || !row.isNo || noes.length < 2) {
      out.push({ label: row.label, value: row.value, isRedFlag: row.isRedFlag });
      continue;
    }
    const label = group.label[language];
    if (placed.has(label)) continue;
    placed.add(label);
    const all = noes.length === members.length;
    out.push({ label, value: fill((all ? therapistTexts.allNo : therapistTexts.otherNo)[language], { count: String(noes.length) }), isRedFlag: false });
  }
  return out;
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
  const explained = causesToExplain(assessment);

  const answerRows: SummaryAnswerRow[] = enabledItems(questionnaire, answers).flatMap((item) => {
    const value = answers[item.linkId];
    const changed = changedFlags.find((flag) => flag.linkId === item.linkId);
    if (value === undefined && !changed) return [];
    return [
      {
        linkId: item.linkId,
        label: item.shortLabel[staffLanguage],
        value: changed ? changedAnswer(item, changed.code, value, staffLanguage) : formatAnswer(item, value as AnswerValue, staffLanguage),
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
          ...urgentBlock(
            language,
            assessment.redFlags.map((flag) => t(redFlagTexts[flag.flag])),
          ),
          staff:
            staffLanguage === language
              ? null
              : urgentBlock(
                  staffLanguage,
                  assessment.redFlags.map((flag) => clinicalFlagText(questionnaire, flag, staffLanguage)),
                ),
        }
      : null,
    patient: {
      levelTitle: t(guidanceTexts[assessment.guidance].title),
      levelBody: t(guidanceTexts[assessment.guidance].body),
      causesHeading: t(summaryTexts.likelyCauses),
      // A red-flag sheet explains no causes: the flag comes first, and the therapist part keeps the scores.
      causes: explained.map((cause) => ({
        name: t(causeTexts[cause.cause].name),
        explanation: t(causeTexts[cause.cause].explanation),
        because: cause.evidence.filter((e) => e.weight > 0).map((e) => t(e.because)),
        becauseClauses: cause.evidence.filter((e) => e.weight > 0).map((e) => becauseClause(t(e.because), language)),
      })),
      noLikelyCause: !hasRedFlag && explained.length === 0 ? t(summaryTexts.noLikelyCause) : null,
      becauseLabel: t(summaryTexts.becauseYouSaid),
      meanwhileHeading: t(summaryTexts.meanwhile),
      meanwhile: assessment.meanwhile.map(t),
      handToTherapist: t(hasRedFlag ? summaryTexts.handToDesk : summaryTexts.handToTherapist),
    },
    therapist: therapistPart(input, answerRows, staffLanguage),
    qrPayload: JSON.stringify(answersToQuestionnaireResponse(answers, { compact: true, authored: input.createdAt, language, raisedFlags: changedFlags })),
    sampleNotice: input.sample ? t(summaryTexts.sampleNotice) : null,
  };
}

/** The therapist part: one verdict in clinical sentences, causes as likely / possible / unlikely with the evidence in words, the answers. */
function therapistPart(input: SummaryInput, answerRows: readonly SummaryAnswerRow[], language: Language): TherapistPart {
  const { questionnaire, answers, assessment } = input;
  const t = (text: { readonly en: string; readonly es: string }) => text[language];
  const list = (template: { readonly en: string; readonly es: string }, items: readonly string[]) => fill(t(template), { list: joinList(items, language) });
  const painItem = questionnaire.items.find((item) => item.kind === 'scale');
  const painValue = painItem ? answers[painItem.linkId] : undefined;
  const painScore = typeof painValue === 'number' ? `${painValue} / ${painItem?.scale?.max ?? 10}` : t(therapistTexts.painNotAnswered);
  const redFlags = assessment.redFlags.map((flag) => therapistFlagText(questionnaire, flag, language));
  const riskMarkers = assessment.riskMarkers.map(
    (marker) =>
      `${t(riskMarkerTexts[marker.marker])} (${marker.code === 'unsure' ? t(therapistTexts.flagNotSure) : formatRiskCode(questionnaire, marker.linkId, marker.code, language)})`,
  );
  const signals = assessment.signals.map((signal) => t(signalClinicalTexts[signal.signal]));
  const shortLabel = (linkId: string) => questionnaire.items.find((item) => item.linkId === linkId)?.shortLabel[language] ?? linkId;

  const sentences: string[] = [];
  // The staff copy of the urgent block (printed when the patient's language differs) already names the flags clinically: say so, do not repeat them.
  const flagsAtTop = redFlags.length > 0 && language !== input.language;
  if (flagsAtTop) sentences.push(fill(t(therapistTexts.redFlagsAtTop), { count: String(redFlags.length) }));
  // Flags hold commas of their own: one per clause.
  else if (redFlags.length > 0) sentences.push(fill(t(therapistTexts.redFlags), { list: redFlags.join('; ') }));
  if (signals.length > 0) sentences.push(list(therapistTexts.signals, signals));
  if (riskMarkers.length > 0) sentences.push(list(therapistTexts.riskMarkers, riskMarkers));
  if (assessment.guidance === 'could-not-tell' && assessment.missingKeyAnswers.length > 0) {
    sentences.push(list(therapistTexts.missing, assessment.missingKeyAnswers.map(shortLabel)));
  }
  // Nothing above, yet a review (rules 2.2.0): the likely cause that called for it says why,
  // where "no signals that call for review" would contradict the verdict.
  const forALook = causesCallingForALook(assessment.causes).map((cause) => t(causeClinicalNames[cause.cause]));
  if (sentences.length === 0 && forALook.length > 0) sentences.push(list(therapistTexts.likelyForALook, forALook));
  if (sentences.length === 0) sentences.push(t(therapistTexts.noConcerns));

  const causes = assessment.causes.map((cause): TherapistCause => {
    const words = (evidence: readonly Evidence[]) => evidence.map((e) => clinicalEvidenceText(e, questionnaire, answers, language));
    const forIt = words(cause.evidence.filter((e) => e.weight > 0));
    const against = words(cause.evidence.filter((e) => e.weight < 0));
    const likelihood = causeLikelihood(cause);
    return {
      cause: cause.cause,
      name: t(causeClinicalNames[cause.cause]),
      score: cause.score,
      likely: cause.likely,
      likelihood,
      likelihoodLabel: t(likelihoodTexts[likelihood]),
      evidence: [
        forIt.length > 0 ? list(therapistTexts.supportedBy, forIt) : t(therapistTexts.nothingFor),
        ...(against.length > 0 ? [list(therapistTexts.against, against)] : []),
      ].join(' '),
    };
  });

  return {
    language,
    heading: t(therapistTexts.heading),
    verdict: { level: assessment.level, title: t(verdictTitles[assessment.guidance]), sentences },
    facts: [
      { label: t(therapistTexts.painLabel), value: painScore },
      { label: t(therapistTexts.hypermobilityLabel), value: hypermobilityScreenText(assessment, language) },
      { label: t(therapistTexts.patientLanguageLabel), value: t(languageNames[input.language]) },
    ],
    level: assessment.level,
    patientLanguage: t(languageNames[input.language]),
    painScore,
    redFlags,
    riskMarkers,
    signals,
    hypermobilityScreen: hypermobilityScreenText(assessment, language),
    causesHeading: t(therapistTexts.causesHeading),
    causes,
    answersHeading: t(therapistTexts.answersHeading),
    answerColumns: { label: t(therapistTexts.answerColumn), value: t(therapistTexts.valueColumn) },
    answers: answerRows,
    answerTable: splitFlagged(foldNoAnswers(answerRows, language)),
    unanswered: assessment.unanswered.length > 0 ? list(therapistTexts.unanswered, assessment.unanswered.map(shortLabel)) : null,
    qrCaption: fill(t(therapistTexts.qrCaption), { rules: assessment.ruleSetVersion, questionnaire: questionnaire.version }),
    ruleSetVersion: assessment.ruleSetVersion,
    questionnaireVersion: questionnaire.version,
  };
}

function splitFlagged(rows: readonly AnswerTableRow[]): TherapistPart['answerTable'] {
  return { flagged: rows.filter((row) => row.isRedFlag), others: rows.filter((row) => !row.isRedFlag) };
}

/** A risk marker's answer as the patient gave it ("Over 50"), in the staff language. */
function formatRiskCode(questionnaire: Questionnaire, linkId: string, code: string, language: Language): string {
  const item = questionnaire.items.find((candidate) => candidate.linkId === linkId);
  return item ? formatAnswer(item, code, language).toLowerCase() : code;
}
