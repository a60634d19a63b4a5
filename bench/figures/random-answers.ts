/**
 * Realistic random answer sets from a seeded generator (mulberry32), so bench runs and size
 * measurements are repeatable. "Realistic": most items answered, multi-choice items usually
 * one to three picks, safety items nearly always "no".
 */
import { backtalkQuestionnaire } from '../../shared/questionnaire/backtalk-questionnaire.ts';
import { pruneDisabledAnswers } from '../../shared/questionnaire/enable-when.ts';
import type { AnswerValue, Answers, QuestionnaireItem } from '../../shared/questionnaire/questionnaire-types.ts';

/** A small, fast, seeded PRNG returning numbers in [0, 1). */
/** The seed of the assessment figures' random answer sets (the throughput loop's and the per-session figure's). */
export const assessAnswersSeed = 20_260_401;

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function answerFor(item: QuestionnaireItem, random: () => number): AnswerValue {
  if (item.kind === 'scale') {
    const min = item.scale?.min ?? 0;
    const max = item.scale?.max ?? 10;
    return min + Math.floor(random() * (max - min + 1));
  }
  if (item.kind === 'yes-no-unsure') {
    const roll = random();
    if (item.section === 'safety') return roll < 0.93 ? 'no' : roll < 0.97 ? 'unsure' : 'yes';
    return roll < 0.6 ? 'no' : roll < 0.85 ? 'yes' : 'unsure';
  }
  if (item.kind === 'single-choice') return pick(random, item.options).code;
  const exclusive = item.options.filter((option) => option.exclusive);
  if (exclusive.length > 0 && random() < 0.15) return [pick(random, exclusive).code];
  const plain = item.options.filter((option) => !option.exclusive).map((option) => option.code);
  const count = 1 + Math.floor(random() * Math.min(3, plain.length));
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(pick(random, plain));
  return plain.filter((code) => chosen.has(code));
}

/** One patient's answers: about items answered 85% of the time, safety items always. */
export function randomAnswers(random: () => number): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const item of backtalkQuestionnaire.items) {
    if (item.section === 'safety' || item.required || random() < 0.85) answers[item.linkId] = answerFor(item, random);
  }
  return pruneDisabledAnswers(backtalkQuestionnaire, answers);
}
