/** fast-check arbitraries of schema-valid answers for the Backtalk questionnaire. */
import fc from 'fast-check';
import { backtalkQuestionnaire } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { AnswerValue, Answers, QuestionnaireItem } from '../../../shared/questionnaire/questionnaire-types.ts';

/** Any valid answer to one item (multi-choice: an exclusive option alone, or any non-empty set of the others). */
export function itemAnswerArbitrary(item: QuestionnaireItem): fc.Arbitrary<AnswerValue> {
  switch (item.kind) {
    case 'scale':
      return fc.integer({ min: item.scale?.min ?? 0, max: item.scale?.max ?? 10 });
    case 'single-choice':
    case 'yes-no-unsure':
      return fc.constantFrom(...item.options.map((option) => option.code));
    case 'multi-choice':
    case 'body-regions': {
      const plain = item.options.filter((option) => !option.exclusive).map((option) => option.code);
      const exclusive = item.options.filter((option) => option.exclusive).map((option) => [option.code]);
      // Keep questionnaire order so equal answers compare equal after a round trip.
      const subsets = fc.subarray(plain, { minLength: 1 });
      return exclusive.length > 0 ? fc.oneof({ arbitrary: subsets, weight: 4 }, { arbitrary: fc.constantFrom(...exclusive), weight: 1 }) : subsets;
    }
  }
}

/** Any schema-valid answer set: each item answered or not (answers of disabled items may be present). */
export const answersArbitrary: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(backtalkQuestionnaire.items.map((item) => [item.linkId, itemAnswerArbitrary(item)])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;
