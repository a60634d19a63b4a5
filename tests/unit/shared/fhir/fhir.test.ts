/** FHIR R4 export and import: validity against an R4 package, R4 rules, round trip, compact size. */
import fc from 'fast-check';
import type { Extension, QuestionnaireResponse } from 'fhir/r4';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { questionnaireResponseToAnswers } from '../../../../shared/fhir/fhir-to-answers.ts';
import { questionnaireToFhir } from '../../../../shared/fhir/questionnaire-to-fhir.ts';
import { answersToQuestionnaireResponse } from '../../../../shared/fhir/response-to-fhir.ts';
import { backtalkQuestionnaire } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { pruneDisabledAnswers } from '../../../../shared/questionnaire/enable-when.ts';
import { languages, type AnswerValue, type Answers } from '../../../../shared/questionnaire/questionnaire-types.ts';
import { sampleCaseNames, sampleCases } from '../../../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../../../shared/summary/sample-summary.ts';
import { mulberry32, randomAnswers } from '../../../../bench/figures/random-answers.ts';
import { answersArbitrary } from '../answer-arbitraries.ts';
import { r4QuestionnaireErrors, r4ResponseErrors, questionnaireInvariantErrors, responseConsistencyErrors } from './fhir-validation.ts';
import { encodeQrText } from '../../../../electron/core/printing/qr-text.ts';

const fhirQuestionnaire = questionnaireToFhir();
const authored = '2026-03-14T09:26:53+01:00';

/** Every item answered with as many and as long codes as allowed: the largest possible response. */
function maximalAnswers(): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const item of backtalkQuestionnaire.items) {
    if (item.kind === 'scale') answers[item.linkId] = item.scale?.max ?? 10;
    else if (item.kind === 'multi-choice' || item.kind === 'body-regions')
      answers[item.linkId] = item.options.filter((option) => !option.exclusive).map((option) => option.code);
    else answers[item.linkId] = [...item.options].sort((a, b) => b.code.length - a.code.length)[0]?.code as string;
  }
  return { ...answers, hurts: 'yes' };
}

function translationOf(element: { extension?: Extension[] } | undefined): string | undefined {
  const translation = element?.extension?.find((extension) => extension.url === 'http://hl7.org/fhir/StructureDefinition/translation');
  const lang = translation?.extension?.find((part) => part.url === 'lang')?.valueCode;
  const content = translation?.extension?.find((part) => part.url === 'content')?.valueString;
  return lang === 'es' ? content : undefined;
}

describe('the validator is real', () => {
  it('rejects a Questionnaire and a QuestionnaireResponse that break R4', () => {
    expect(r4QuestionnaireErrors({ resourceType: 'Questionnaire', status: 'finished' })).not.toEqual([]);
    expect(r4QuestionnaireErrors({ resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'a', type: 'choice', required: 'yes' }] })).not.toEqual(
      [],
    );
    expect(r4ResponseErrors({ resourceType: 'QuestionnaireResponse', status: 'done' })).not.toEqual([]);
    expect(
      r4ResponseErrors({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'a', answer: [{ valueInteger: 'ten' }] }] }),
    ).not.toEqual([]);
  });

  it('names what is wrong: a code outside its required value set, a missing 1..1 element, a broken invariant, an unknown field', () => {
    const questionnaire = { resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'a', type: 'choise', text: 'A' }] };
    expect(r4QuestionnaireErrors(questionnaire)).toEqual(['Questionnaire.item[0].type: "choise" is not in http://hl7.org/fhir/ValueSet/item-type|4.0.1']);
    expect(r4ResponseErrors({ resourceType: 'QuestionnaireResponse', status: 'done' })).toEqual([
      'QuestionnaireResponse.status: "done" is not in http://hl7.org/fhir/ValueSet/questionnaire-answers-status|4.0.1',
    ]);
    expect(r4ResponseErrors({ resourceType: 'QuestionnaireResponse' })).toEqual(['QuestionnaireResponse.status: Missing required property']);
    const both = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [{ linkId: 'a', item: [{ linkId: 'b' }], answer: [{ valueBoolean: true }] }],
    };
    expect(r4ResponseErrors(both).join('\n')).toContain('qrs-1');
    expect(r4ResponseErrors({ resourceType: 'QuestionnaireResponse', status: 'completed', score: 3 })).toEqual([
      'QuestionnaireResponse.score: Invalid additional property "score"',
    ]);
    expect(r4ResponseErrors({ resourceType: 'Questionnaire', status: 'active' })).toEqual(['not a QuestionnaireResponse']);
  });
});

describe('questionnaireToFhir', () => {
  it('parses as an R4 Questionnaire', () => {
    expect(r4QuestionnaireErrors(fhirQuestionnaire)).toEqual([]);
  });

  it('obeys the R4 Questionnaire invariants we rely on', () => {
    expect(questionnaireInvariantErrors(fhirQuestionnaire)).toEqual([]);
  });

  it('has every item, in order, with types, required, repeats and coded options', () => {
    const items = fhirQuestionnaire.item ?? [];
    expect(items.map((item) => item.linkId)).toEqual(backtalkQuestionnaire.items.map((item) => item.linkId));
    for (const [index, source] of backtalkQuestionnaire.items.entries()) {
      const item = items[index];
      expect(item?.type).toBe(source.kind === 'scale' ? 'integer' : 'choice');
      expect(item?.required).toBe(source.required);
      expect(item?.repeats === true).toBe(source.kind === 'multi-choice' || source.kind === 'body-regions');
      expect(item?.answerOption?.map((option) => option.valueCoding?.code) ?? []).toEqual(source.options.map((option) => option.code));
    }
  });

  it('carries both languages: English text, Spanish in the translation extension', () => {
    expect(fhirQuestionnaire.language).toBe('en');
    expect(translationOf(fhirQuestionnaire._title)).toBe(backtalkQuestionnaire.title.es);
    for (const [index, source] of backtalkQuestionnaire.items.entries()) {
      const item = fhirQuestionnaire.item?.[index];
      expect(item?.text).toBe(source.text.en);
      expect(translationOf(item?._text)).toBe(source.text.es);
      for (const [optionIndex, option] of source.options.entries()) {
        const coding = item?.answerOption?.[optionIndex]?.valueCoding;
        expect(coding?.display).toBe(option.text.en);
        expect(translationOf(coding?._display)).toBe(option.text.es);
      }
    }
  });

  it('maps the conditional pain score to enableWhen on the coded answer, with the same coding as the option', () => {
    const pain = fhirQuestionnaire.item?.find((item) => item.linkId === 'pain-score');
    const hurts = fhirQuestionnaire.item?.find((item) => item.linkId === 'hurts');
    expect(pain?.enableWhen).toEqual([{ question: 'hurts', operator: '=', answerCoding: { code: 'yes' } }]);
    expect(hurts?.answerOption?.map((option) => option.valueCoding)).toContainEqual(expect.objectContaining(pain?.enableWhen?.[0]?.answerCoding));
    expect(pain?.extension?.find((extension) => extension.url.endsWith('/minValue'))?.valueInteger).toBe(0);
    expect(pain?.extension?.find((extension) => extension.url.endsWith('/maxValue'))?.valueInteger).toBe(10);
  });

  it('puts an item\'s help after its scale labels (LHC-Forms shows the last one behind "?")', () => {
    for (const [index, source] of backtalkQuestionnaire.items.entries()) {
      const children = fhirQuestionnaire.item?.[index]?.item ?? [];
      if (source.help !== undefined) expect(children.at(-1)?.linkId, source.linkId).toBe(`${source.linkId}.help`);
    }
    const pain = fhirQuestionnaire.item?.find((item) => item.linkId === 'pain-score');
    expect(pain?.item?.map((item) => item.linkId)).toEqual([
      'pain-score.min-label',
      'pain-score.max-label',
      ...(pain?.item?.some((item) => item.linkId.endsWith('.help')) ? ['pain-score.help'] : []),
    ]);
  });
});

describe('answersToQuestionnaireResponse', () => {
  const full = answersToQuestionnaireResponse(maximalAnswers(), { authored, language: 'es' });

  it('parses as an R4 QuestionnaireResponse and matches the questionnaire', () => {
    expect(r4ResponseErrors(full)).toEqual([]);
    expect(responseConsistencyErrors(full, fhirQuestionnaire)).toEqual([]);
  });

  it('references the questionnaire, carries authored as given and texts in the chosen language', () => {
    expect(full.questionnaire).toBe(`${backtalkQuestionnaire.url}|${backtalkQuestionnaire.version}`);
    expect(full.authored).toBe(authored);
    const where = full.item?.find((item) => item.linkId === 'where');
    expect(where?.text).toBe(backtalkQuestionnaire.items.find((item) => item.linkId === 'where')?.text.es);
    expect(where?.answer?.[0]?.valueCoding?.display).toBe('Cuello');
  });

  it('is in-progress until every required question is answered, then completed', () => {
    expect(answersToQuestionnaireResponse({ where: ['neck'] }).status).toBe('in-progress');
    expect(full.status).toBe('completed');
  });

  it('leaves out answers of items that are not asked', () => {
    const response = answersToQuestionnaireResponse({ hurts: 'no', 'pain-score': 7 });
    expect(response.item?.map((item) => item.linkId)).toEqual(['hurts']);
  });

  it('any schema-valid answers give a valid R4 response, full or compact (property)', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.boolean(), fc.constantFrom('en' as const, 'es' as const), (answers, compact, language) => {
        const response = answersToQuestionnaireResponse(answers, { compact, language, authored });
        expect(r4ResponseErrors(response)).toEqual([]);
        expect(responseConsistencyErrors(response, fhirQuestionnaire)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('round trip answers → QuestionnaireResponse → answers', () => {
  it('gives back the answers that were asked, full and compact, both languages (property)', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.boolean(), fc.constantFrom('en' as const, 'es' as const), (answers, compact, language) => {
        const json = JSON.parse(JSON.stringify(answersToQuestionnaireResponse(answers, { compact, language })));
        expect(questionnaireResponseToAnswers(json)).toEqual({ ok: true, answers: pruneDisabledAnswers(backtalkQuestionnaire, answers) });
      }),
      { numRuns: 300 },
    );
  });

  it('also reads a response without a questionnaire reference or with nested items', () => {
    const result = questionnaireResponseToAnswers({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [{ linkId: 'group', item: [{ linkId: 'hurts', answer: [{ valueCoding: { code: 'yes' } }] }] }],
    });
    expect(result).toEqual({ ok: false, errors: ['group: not a question in this questionnaire'] });
    expect(
      questionnaireResponseToAnswers({
        resourceType: 'QuestionnaireResponse',
        status: 'in-progress',
        item: [
          { linkId: 'hurts', answer: [{ valueCoding: { code: 'yes' } }] },
          { linkId: 'pain-score', answer: [{ valueInteger: 3 }] },
        ],
      }),
    ).toEqual({ ok: true, answers: { hurts: 'yes', 'pain-score': 3 } });
  });
});

describe('questionnaireResponseToAnswers rejects bad input with errors naming the item', () => {
  const response = (item: unknown[], extra: Record<string, unknown> = {}) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item, ...extra });
  it.each([
    ['not an object', 'hello', /resourceType|expected object/i],
    ['another resource', { resourceType: 'Patient' }, /resourceType/],
    ['a bad status', { resourceType: 'QuestionnaireResponse', status: 'done' }, /status/],
    ['another questionnaire', response([], { questionnaire: 'http://example.org/Questionnaire/phq9|1' }), /questionnaire/],
    [
      'a version it cannot read',
      response([], { questionnaire: `${backtalkQuestionnaire.url}|0.1` }),
      /version 0\.1 is not one this Backtalk can read \(it reads .*1\.0\.0/,
    ],
    ['an unknown item', response([{ linkId: 'favourite', answer: [{ valueCoding: { code: 'blue' } }] }]), /^favourite:/],
    ['an unknown code', response([{ linkId: 'hurts', answer: [{ valueCoding: { code: 'maybe' } }] }]), /^hurts:/],
    ['a text answer to a choice', response([{ linkId: 'hurts', answer: [{ valueString: 'yes' }] }]), /^hurts:.*valueCoding/],
    [
      'two answers to a single choice',
      response([{ linkId: 'age', answer: [{ valueCoding: { code: '30-44' } }, { valueCoding: { code: '45-59' } }] }]),
      /^age:/,
    ],
    ['a coded pain score', response([{ linkId: 'pain-score', answer: [{ valueCoding: { code: '5' } }] }]), /^pain-score:/],
    ['a pain score out of range', response([{ linkId: 'pain-score', answer: [{ valueInteger: 12 }] }]), /^pain-score:/],
    ['a foreign code system', response([{ linkId: 'hurts', answer: [{ valueCoding: { system: 'http://snomed.info/sct', code: 'yes' } }] }]), /^hurts:.*system/],
    [
      'an answer to a question that is not asked',
      response([
        { linkId: 'hurts', answer: [{ valueCoding: { code: 'no' } }] },
        { linkId: 'pain-score', answer: [{ valueInteger: 4 }] },
      ]),
      /^pain-score:.*not asked/,
    ],
    [
      'the same item twice',
      response([
        { linkId: 'hurts', answer: [{ valueCoding: { code: 'yes' } }] },
        { linkId: 'hurts', answer: [{ valueCoding: { code: 'no' } }] },
      ]),
      /^hurts:.*more than once/,
    ],
  ])('%s', (_name, input, pattern) => {
    const result = questionnaireResponseToAnswers(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(
        result.errors.some((error) => pattern.test(error)),
        result.errors.join(' | '),
      ).toBe(true);
  });
});

describe('compact response for the QR code', () => {
  const maximal = answersToQuestionnaireResponse(maximalAnswers(), { compact: true, authored, language: 'es' });
  const maximalJson = JSON.stringify(maximal);

  it('is valid R4, strictly consistent with the Questionnaire, and has no texts', () => {
    expect(r4ResponseErrors(maximal)).toEqual([]);
    expect(responseConsistencyErrors(maximal, fhirQuestionnaire)).toEqual([]);
    expect(maximalJson).not.toMatch(/"(text|display)"/);
  });

  it("every sample printout's QR payload is strictly consistent with the Questionnaire it names, both languages", () => {
    for (const name of sampleCaseNames) {
      for (const language of languages) {
        const payload: unknown = JSON.parse(summaryOfAnswers(sampleCases[name], language).qrPayload);
        expect(r4ResponseErrors(payload), `${name} ${language}`).toEqual([]);
        expect(responseConsistencyErrors(payload as QuestionnaireResponse, fhirQuestionnaire), `${name} ${language}`).toEqual([]);
      }
    }
  });

  it('measures bytes and QR versions (error correction M) of the printed text and stays printable on an 80 mm receipt', () => {
    // The symbol holds the JSON compressed (electron/core/printing/qr-text.ts): with the full red-flag
    // screen the plain JSON is 2.7-2.9 kB, version 39-40 at level L, too fine to scan at 150 dpi.
    const random = mulberry32(7);
    const texts = Array.from({ length: 500 }, () =>
      encodeQrText(JSON.stringify(answersToQuestionnaireResponse(randomAnswers(random), { compact: true, authored, language: 'en' }))),
    );
    const sizes = texts.map((text) => text.length).sort((a, b) => a - b);
    const versionOf = (text: string, level: 'L' | 'M') => QRCode.create(text, { errorCorrectionLevel: level }).version;
    const bySize = [...texts].sort((a, b) => a.length - b.length);
    const maximalText = encodeQrText(maximalJson);
    const figures = {
      typical: sizes[Math.floor(sizes.length / 2)],
      typicalVersionM: versionOf(bySize[Math.floor(bySize.length / 2)] as string, 'M'),
      p95: sizes[Math.floor(sizes.length * 0.95)],
      p95VersionM: versionOf(bySize[Math.floor(bySize.length * 0.95)] as string, 'M'),
      maximal: maximalText.length,
      maximalVersionM: versionOf(maximalText, 'M'),
      plainMaximalBytes: Buffer.byteLength(maximalJson),
    };
    console.info('printed QR text figures', figures);

    // Before the red-flag screen grew (questionnaire 1.0.0, plain JSON): median version 35, p95 38.
    // The symbol must not grow past that; compressed it is far smaller.
    expect(figures.typicalVersionM).toBeLessThanOrEqual(26);
    expect(figures.p95VersionM).toBeLessThanOrEqual(28);
    expect(figures.maximalVersionM).toBeLessThanOrEqual(32);
    // At 203 dpi an 80 mm receipt prints 576 dots: the worst case still gets 3 dots a module.
    expect(Math.floor(576 / (17 + 4 * figures.maximalVersionM + 8))).toBeGreaterThanOrEqual(3);
  });
});
