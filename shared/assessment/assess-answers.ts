/**
 * assessAnswers(): applies the rule table to a patient's answers. Pure and deterministic: no
 * clock, no randomness, no I/O; the same answers always give the same Assessment. It holds no
 * clinical knowledge: weights, thresholds and sources all live in rule-table.ts.
 */
import { backtalkQuestionnaire, riskLinkIds, safetyLinkIds } from '../questionnaire/backtalk-questionnaire.ts';
import { isItemEnabled, pruneDisabledAnswers } from '../questionnaire/enable-when.ts';
import type { AnswerValue, Answers, LocalizedText } from '../questionnaire/questionnaire-types.ts';
import { becauseTexts, meanwhileTexts } from './assessment-texts.ts';
import {
  causeCodes,
  therapistSignalCodes,
  type Assessment,
  type CauseCode,
  type Evidence,
  type GuidanceCode,
  type GuidanceLevel,
  type HypermobilityScreen,
  type RankedCause,
  type RedFlag,
  type RiskMarker,
  type TherapistSignal,
  type TherapistSignalCode,
} from './assessment-types.ts';
import { redFlagRaisedBy } from './red-flag-rule.ts';
import { ruleTable, type AnswerCondition, type MeanwhileRule } from './rule-table.ts';

function genericBecause(linkId: string, code: string): LocalizedText {
  // Only reached if a rule was added without its sentence (a test guards against that).
  const item = backtalkQuestionnaire.items.find((candidate) => candidate.linkId === linkId);
  const option = item?.options.find((candidate) => candidate.code === code);
  const en = option?.text.en ?? code;
  const es = option?.text.es ?? code;
  return { en: `Because you said "${en}".`, es: `Porque dijo "${es}".` };
}

/** The "because you said …" sentence for one answer code (or scale value). */
export function becauseText(condition: AnswerCondition, value: AnswerValue): LocalizedText {
  if ('atLeast' in condition) {
    const template = becauseTexts[condition.linkId] ?? genericBecause(condition.linkId, String(value));
    return { en: template.en.replace('{value}', String(value)), es: template.es.replace('{value}', String(value)) };
  }
  return becauseTexts[`${condition.linkId}=${condition.code}`] ?? genericBecause(condition.linkId, condition.code);
}

/** Whether an answer meets a condition; multi-choice answers meet it when they include the code. */
function conditionMet(condition: AnswerCondition, answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  if ('atLeast' in condition) return typeof answer === 'number' && answer >= condition.atLeast;
  if (typeof answer === 'string') return answer === condition.code;
  return Array.isArray(answer) && answer.includes(condition.code);
}

// Coded conditions always give the same sentence; look each one up once, not per assessment.
const becauseCache = new Map<AnswerCondition, LocalizedText>();

function evidenceFor(condition: AnswerCondition, answer: AnswerValue, weight: number): Evidence {
  if ('atLeast' in condition) {
    return { linkId: condition.linkId, code: String(answer), weight, because: becauseText(condition, answer) };
  }
  let because = becauseCache.get(condition);
  if (because === undefined) {
    because = becauseText(condition, answer);
    becauseCache.set(condition, because);
  }
  return { linkId: condition.linkId, code: condition.code, weight, because };
}

const causeIndex: ReadonlyMap<CauseCode, number> = new Map(causeCodes.map((cause, index) => [cause, index]));

const levelRank: Readonly<Record<GuidanceLevel, number>> = {
  'common-harmless': 0,
  'discuss-with-therapist': 1,
  'tell-front-desk-now': 2,
};

/** The likely causes whose text tells the patient to ask their therapist (they lift the level to "discuss"). */
export function causesCallingForALook(causes: readonly RankedCause[]): RankedCause[] {
  return causes.filter((cause) => cause.likely && ruleTable.causesForALook.causes.includes(cause.cause));
}

function meanwhileApplies(
  rule: MeanwhileRule,
  answers: Answers,
  hasRedFlag: boolean,
  signals: readonly TherapistSignal[],
  likely: ReadonlySet<CauseCode>,
): boolean {
  if (rule.redFlag !== undefined && rule.redFlag !== hasRedFlag) return false;
  if (rule.anySignal === true && signals.length === 0) return false;
  if (rule.signal !== undefined && !signals.some((signal) => signal.signal === rule.signal)) return false;
  if (rule.likely !== undefined && !likely.has(rule.likely)) return false;
  if (rule.anyOf !== undefined && !rule.anyOf.some((condition) => conditionMet(condition, answers[condition.linkId]))) return false;
  return true;
}

/** Every item whose answer could keep the result from "common and harmless", in questionnaire order. */
const keyLinkIds: readonly string[] = backtalkQuestionnaire.items
  .map((item) => item.linkId)
  .filter(
    (linkId) =>
      (ruleTable.keyItems.linkIds as readonly string[]).includes(linkId) ||
      (ruleTable.keyItems.alsoEverySafetyAndRiskItem && (safetyLinkIds.includes(linkId) || riskLinkIds.includes(linkId))),
  );

function countAnswers(answers: Answers, linkIds: readonly string[], code: string): number {
  return linkIds.filter((linkId) => answers[linkId] === code).length;
}

/** Whether a cause may be shown as likely: causes without a gate always may. */
function gateHolds(cause: CauseCode, answers: Answers): boolean {
  const gates: Partial<Record<CauseCode, { readonly linkIds: readonly string[]; readonly code: string; readonly atLeast: number }>> = ruleTable.likelyGates;
  const gate = gates[cause];
  return gate === undefined || countAnswers(answers, gate.linkIds, gate.code) >= gate.atLeast;
}

function hypermobilityScreenOf(answers: Answers): HypermobilityScreen {
  const gate = ruleTable.likelyGates.hypermobility;
  const yes = countAnswers(answers, gate.linkIds, gate.code);
  const answered = gate.linkIds.filter((linkId) => answers[linkId] !== undefined).length;
  return { yes, answered, suggestsHypermobility: yes >= gate.atLeast };
}

/** Assesses the answers with the current rule table. Never throws on answers that pass answersSchema. */
export function assessAnswers(input: Answers): Assessment {
  const answers = pruneDisabledAnswers(backtalkQuestionnaire, input);

  const scores: number[] = causeCodes.map(() => 0);
  const causeEvidence: Evidence[][] = causeCodes.map(() => []);
  for (const rule of ruleTable.causeRules) {
    const answer = answers[rule.when.linkId];
    if (answer === undefined || !conditionMet(rule.when, answer)) continue;
    const index = causeIndex.get(rule.cause);
    if (index === undefined) continue;
    scores[index] = (scores[index] as number) + rule.weight;
    (causeEvidence[index] as Evidence[]).push(evidenceFor(rule.when, answer, rule.weight));
  }
  // Highest score first; ties keep the fixed cause order so the ranking is deterministic.
  const ranking = causeCodes.map((_cause, index) => index).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const causes: RankedCause[] = ranking.map((index) => {
    const cause = causeCodes[index] as CauseCode;
    return {
      cause,
      score: scores[index] as number,
      likely: (scores[index] as number) >= ruleTable.likelyThreshold && gateHolds(cause, answers),
      evidence: causeEvidence[index] as Evidence[],
    };
  });

  const signalEvidence = new Map<TherapistSignalCode, Evidence[]>();
  for (const rule of ruleTable.signalRules) {
    const answer = answers[rule.when.linkId];
    if (answer === undefined || !conditionMet(rule.when, answer)) continue;
    const list = signalEvidence.get(rule.signal) ?? [];
    list.push(evidenceFor(rule.when, answer, 0));
    signalEvidence.set(rule.signal, list);
  }
  const signals: TherapistSignal[] = [];
  for (const signal of therapistSignalCodes) {
    const evidence = signalEvidence.get(signal);
    if (evidence !== undefined) signals.push({ signal, evidence });
  }

  const redFlags: RedFlag[] = [];
  for (const rule of ruleTable.redFlagRules) {
    const answer = answers[rule.linkId];
    if (typeof answer === 'string' && redFlagRaisedBy(rule.linkId, answer) === rule.flag) {
      redFlags.push({ flag: rule.flag, linkId: rule.linkId, code: answer });
    }
  }

  const riskMarkers: RiskMarker[] = [];
  for (const rule of ruleTable.riskMarkerRules) {
    const answer = answers[rule.linkId];
    if (typeof answer === 'string' && (rule.codes as readonly string[]).includes(answer)) {
      riskMarkers.push({ marker: rule.marker, linkId: rule.linkId, code: answer });
    }
  }

  const missingKeyAnswers = keyLinkIds.filter((linkId) => {
    const answer = answers[linkId];
    return answer === undefined || answer === 'unsure' || (Array.isArray(answer) && answer.includes('unsure'));
  });

  // Red flags override everything; signals, risk markers, a likely cause whose text says "ask your
  // therapist" and missing key answers each lift the level to "discuss". Every step only raises it.
  const likelyForALook = causesCallingForALook(causes).length > 0;
  const raisedTo: GuidanceLevel[] = [ruleTable.levels.otherwise];
  if (signals.length > 0) raisedTo.push(ruleTable.levels.anySignal);
  if (riskMarkers.length > 0) raisedTo.push(ruleTable.levels.anyRiskMarker);
  if (likelyForALook) raisedTo.push(ruleTable.levels.likelyCauseForALook);
  if (missingKeyAnswers.length > 0) raisedTo.push(ruleTable.levels.missingKeyAnswers);
  if (redFlags.length > 0) raisedTo.push(ruleTable.levels.anyRedFlag);
  const level = raisedTo.reduce((highest, next) => (levelRank[next] > levelRank[highest] ? next : highest));

  // "Could not tell" only when nothing but missing answers kept the result from "harmless".
  const calledForALook = signals.length > 0 || riskMarkers.length > 0 || likelyForALook;
  const guidance: GuidanceCode = level === 'discuss-with-therapist' && !calledForALook ? 'could-not-tell' : level;

  const likely = new Set(causes.filter((cause) => cause.likely).map((cause) => cause.cause));
  const meanwhile: LocalizedText[] = ruleTable.meanwhileRules
    .filter((rule) => meanwhileApplies(rule, answers, redFlags.length > 0, signals, likely))
    .map((rule) => meanwhileTexts[rule.advice]);

  const unanswered = backtalkQuestionnaire.items
    .filter((item) => answers[item.linkId] === undefined && isItemEnabled(item, answers))
    .map((item) => item.linkId);

  return {
    ruleSetVersion: ruleTable.ruleSetVersion,
    level,
    guidance,
    causes,
    signals,
    redFlags,
    riskMarkers,
    missingKeyAnswers,
    hypermobilityScreen: hypermobilityScreenOf(answers),
    meanwhile,
    unanswered,
  };
}
