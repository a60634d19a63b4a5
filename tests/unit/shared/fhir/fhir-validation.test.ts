/**
 * Negative controls for the strict FHIR validator: each kind of mismatch a FHIR form tool
 * rejects is shown to fail, starting from a printed QR payload that passes.
 */
import type { Coding, Questionnaire, QuestionnaireItem, QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { questionnaireToFhir } from '../../../../shared/fhir/questionnaire-to-fhir.ts';
import { sampleCases } from '../../../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../../../shared/summary/sample-summary.ts';
import { questionnaireInvariantErrors, responseConsistencyErrors } from './fhir-validation.ts';

const questionnaire = questionnaireToFhir();
/** The painful sample answers yes to "hurts" and gives a pain score: both kinds of answer. */
const printed = (): QuestionnaireResponse => JSON.parse(summaryOfAnswers(sampleCases.painful, 'en').qrPayload) as QuestionnaireResponse;

function edit(response: QuestionnaireResponse, linkId: string, answer: NonNullable<QuestionnaireResponse['item']>[number]['answer']): QuestionnaireResponse {
  const item = response.item?.find((entry) => entry.linkId === linkId);
  if (item === undefined) throw new Error(`${linkId} is not in the sample response`);
  item.answer = answer;
  return response;
}

/** The same Questionnaire with a system on every answer coding, as 1.0.0 was published. */
function withSystem(system: string): Questionnaire {
  const add = (coding: Coding | undefined) => (coding === undefined ? undefined : { ...coding, system });
  const mapItem = (item: QuestionnaireItem): QuestionnaireItem => ({
    ...item,
    ...(item.answerOption ? { answerOption: item.answerOption.map((option) => ({ ...option, valueCoding: add(option.valueCoding) })) } : {}),
    ...(item.enableWhen ? { enableWhen: item.enableWhen.map((condition) => ({ ...condition, answerCoding: add(condition.answerCoding) })) } : {}),
  });
  return { ...questionnaire, item: questionnaire.item?.map(mapItem) };
}

describe('strict validator: the control passes', () => {
  it('a printed QR payload is consistent with its Questionnaire', () => {
    const response = printed();
    expect(response.item?.some((item) => item.linkId === 'pain-score')).toBe(true);
    expect(responseConsistencyErrors(response, questionnaire)).toEqual([]);
    expect(questionnaireInvariantErrors(questionnaire)).toEqual([]);
  });
});

describe('strict validator: each kind of mismatch fails', () => {
  it.each<[string, () => [QuestionnaireResponse, Questionnaire], RegExp]>([
    [
      'wrong system',
      () => [edit(printed(), 'hurts', [{ valueCoding: { system: 'http://snomed.info/sct', code: 'yes' } }]), questionnaire],
      /^hurts: http:\/\/snomed\.info\/sct\|yes matches no answerOption/,
    ],
    [
      'missing system (the Questionnaire has one)',
      () => [printed(), withSystem('https://backtalk.example/fhir/CodeSystem/backtalk-answers')],
      /^hurts: \(no system\)\|yes matches no answerOption/,
    ],
    [
      'unknown code',
      () => [edit(printed(), 'hurts', [{ valueCoding: { code: 'maybe' } }]), questionnaire],
      /^hurts: \(no system\)\|maybe matches no answerOption/,
    ],
    ['answer for a disabled item', () => [edit(printed(), 'hurts', [{ valueCoding: { code: 'no' } }]), questionnaire], /^pain-score: answered while disabled/],
    ['out-of-range integer', () => [edit(printed(), 'pain-score', [{ valueInteger: 11 }]), questionnaire], /^pain-score: 11 is outside 0\.\.10/],
    [
      'wrong type: text for a choice',
      () => [edit(printed(), 'hurts', [{ valueString: 'yes' }]), questionnaire],
      /^hurts: choice item needs valueCoding, got valueString/,
    ],
    [
      'wrong type: coding for an integer',
      () => [edit(printed(), 'pain-score', [{ valueCoding: { code: '7' } }]), questionnaire],
      /^pain-score: integer item needs valueInteger, got valueCoding/,
    ],
    [
      'wrong type: a fraction for an integer',
      () => [edit(printed(), 'pain-score', [{ valueInteger: 6.5 }]), questionnaire],
      /^pain-score: valueInteger must be an integer/,
    ],
  ])('%s', (_kind, build, pattern) => {
    const [response, against] = build();
    const errors = responseConsistencyErrors(response, against);
    expect(
      errors.some((error) => pattern.test(error)),
      errors.join(' | '),
    ).toBe(true);
  });

  it('an enableWhen whose coding differs from the option by system fails the Questionnaire check', () => {
    const broken = structuredClone(questionnaire);
    const pain = broken.item?.find((item) => item.linkId === 'pain-score');
    if (pain?.enableWhen?.[0]?.answerCoding === undefined) throw new Error('pain-score has no coded enableWhen');
    pain.enableWhen[0].answerCoding.system = 'https://backtalk.example/fhir/CodeSystem/backtalk-answers';
    expect(questionnaireInvariantErrors(broken)).toContainEqual(expect.stringMatching(/^pain-score: enableWhen https:.*\|yes is not an option of hurts/));
  });
});
