/**
 * How long a typical visit takes, for the welcome's promise ("about N minutes"). Pure: computed
 * from the questionnaire itself, so the promise follows the questions as they change.
 *
 * A typical visit is the median over every path through the questionnaire's branches: each
 * item that another item's enableWhen depends on is answered each possible way in turn (one
 * option at a time; scale items at every value), and each path counts the items it enables.
 * A question's time is reading its screen (question, hint, answers) plus deciding and tapping.
 *
 * The rates are assumptions until the kiosk records real durations (it records no timings now,
 * by design: no patient data). Reading: adults read plain non-fiction silently at about 238
 * words a minute (Brysbaert 2019, a meta-analysis of 190 studies); we take half that, 2 words a
 * second, for older readers, readers in pain and second-language readers. Deciding and tapping:
 * 4 seconds a screen. Around the questions: the welcome, the privacy note, the review and the
 * result take 90 seconds together.
 *
 * Every path is walked (a few milliseconds on a slow kiosk), so the minutes are kept per
 * questionnaire object and language: the questionnaire is immutable data.
 */
import { enabledItems } from './enable-when.ts';
import type { Answers, AnswerValue, Language, Questionnaire, QuestionnaireItem } from './questionnaire-types.ts';

export const wordsReadPerSecond = 2;
export const secondsToDecideAndTap = 4;
export const secondsAroundQuestions = 90;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Seconds to read one question's screen and answer it. */
export function secondsForQuestion(item: QuestionnaireItem, language: Language): number {
  const texts = [item.text[language], item.help?.[language] ?? '', ...item.options.map((option) => option.text[language])];
  if (item.scale) texts.push(item.scale.minLabel[language], item.scale.maxLabel[language]);
  const words = texts.reduce((sum, text) => sum + wordCount(text), 0);
  return words / wordsReadPerSecond + secondsToDecideAndTap;
}

/** Every way of answering the items that decide which other items are asked. */
function branchAnswers(questionnaire: Questionnaire): Answers[] {
  const controllers = new Set(questionnaire.items.flatMap((item) => item.enableWhen?.map((condition) => condition.linkId) ?? []));
  let paths: Answers[] = [{}];
  for (const item of questionnaire.items) {
    if (!controllers.has(item.linkId)) continue;
    const values: AnswerValue[] = item.scale
      ? Array.from({ length: item.scale.max - item.scale.min + 1 }, (_, i) => (item.scale?.min ?? 0) + i)
      : item.options.map((option) => (item.kind === 'multi-choice' || item.kind === 'body-regions' ? [option.code] : option.code));
    paths = paths.flatMap((answers) => values.map((value) => ({ ...answers, [item.linkId]: value })));
  }
  return paths;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median number of questions a patient is asked. */
export function medianQuestionCount(questionnaire: Questionnaire): number {
  return median(branchAnswers(questionnaire).map((answers) => enabledItems(questionnaire, answers).length));
}

/** Minutes per questionnaire and language: the welcome shows them on every session's first frame. */
const minutesCache = new WeakMap<Questionnaire, Map<Language, number>>();

/** About how many whole minutes a typical visit takes in this language (at least 1). */
export function typicalVisitMinutes(questionnaire: Questionnaire, language: Language): number {
  const cached = minutesCache.get(questionnaire)?.get(language);
  if (cached !== undefined) return cached;
  // Each item's reading time once, then summed per path (the paths share most items).
  const perItem = new Map(questionnaire.items.map((item) => [item, secondsForQuestion(item, language)]));
  const seconds = branchAnswers(questionnaire).map(
    (answers) => secondsAroundQuestions + enabledItems(questionnaire, answers).reduce((sum, item) => sum + (perItem.get(item) ?? 0), 0),
  );
  const minutes = Math.max(1, Math.round(median(seconds) / 60));
  minutesCache.set(questionnaire, (minutesCache.get(questionnaire) ?? new Map<Language, number>()).set(language, minutes));
  return minutes;
}
