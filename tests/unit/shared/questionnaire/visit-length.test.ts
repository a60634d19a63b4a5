import { describe, expect, it } from 'vitest';
import { medianQuestionCount, secondsAroundQuestions, secondsForQuestion, typicalVisitMinutes } from '../../../../shared/questionnaire/visit-length.ts';
import { backtalkQuestionnaire } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { Questionnaire, QuestionnaireItem } from '../../../../shared/questionnaire/questionnaire-types.ts';

const t = (en: string) => ({ en, es: en });
const yesNo = [
  { code: 'yes', text: t('Yes') },
  { code: 'no', text: t('No') },
  { code: 'unsure', text: t('Not sure') },
];
const item = (linkId: string, extra: Partial<QuestionnaireItem> = {}): QuestionnaireItem => ({
  linkId,
  kind: 'yes-no-unsure',
  section: 'about',
  required: false,
  text: t('Does it hurt?'),
  shortLabel: t(linkId),
  options: yesNo,
  ...extra,
});
const sample = (items: QuestionnaireItem[]): Questionnaire => ({ id: 'q', url: 'u', version: '1', title: t('Q'), items });

describe('the visit length promised on the welcome screen', () => {
  it('counts the questions of the median path through the branches', () => {
    // "hurts" is yes on one of three paths: the follow-up is asked on 1 of 3, so the median path has 2 questions.
    const questionnaire = sample([item('a'), item('hurts'), item('follow-up', { enableWhen: [{ linkId: 'hurts', operator: 'equals', code: 'yes' }] })]);
    expect(medianQuestionCount(questionnaire)).toBe(2);
    const always = sample([item('a'), item('hurts'), item('follow-up', { enableWhen: [{ linkId: 'hurts', operator: 'includes', code: 'yes' }] }), item('b')]);
    expect(medianQuestionCount(always)).toBe(3);
  });

  it('reads each screen at 2 words a second and adds 4 seconds to decide and tap', () => {
    // "Does it hurt?" (3 words) + "Yes", "No", "Not sure" (4 words) = 7 words = 3.5 s, + 4 s.
    expect(secondsForQuestion(item('a'), 'en')).toBe(7.5);
  });

  it('rounds to whole minutes and never promises less than one', () => {
    expect(typicalVisitMinutes(sample([item('a')]), 'en')).toBe(Math.max(1, Math.round((secondsAroundQuestions + 7.5) / 60)));
    expect(typicalVisitMinutes(sample([]), 'en')).toBeGreaterThanOrEqual(1);
  });

  it('keeps the minutes per questionnaire and language, never mixing two questionnaires or languages', () => {
    const long = 'Read this long help text slowly and carefully before you answer it. '.repeat(12);
    const short = sample([item('a')]);
    const longer = sample([item('a', { help: { en: long, es: 'Breve.' } })]);
    const shortMinutes = typicalVisitMinutes(short, 'en');
    expect(typicalVisitMinutes(longer, 'en')).toBeGreaterThan(shortMinutes);
    expect(typicalVisitMinutes(longer, 'es')).toBe(shortMinutes);
    // Asked again, the same answers.
    expect(typicalVisitMinutes(short, 'en')).toBe(shortMinutes);
    expect(typicalVisitMinutes(longer, 'en')).toBeGreaterThan(shortMinutes);
  });

  it('for the Backtalk questionnaire, is honest: more than the old "about 2 minutes"', () => {
    const count = medianQuestionCount(backtalkQuestionnaire);
    expect(count).toBeGreaterThanOrEqual(backtalkQuestionnaire.items.filter((i) => !i.enableWhen).length);
    for (const language of ['en', 'es'] as const) {
      const minutes = typicalVisitMinutes(backtalkQuestionnaire, language);
      expect(minutes).toBeGreaterThan(2);
      expect(minutes).toBeLessThan(15);
    }
  });
});
