/**
 * The questionnaire as a FHIR R4 Questionnaire: English in the primary elements, Spanish via
 * the core translation extension, answer options as codings, conditions as enableWhen.
 *
 * Answer codings have no `system`, here and in every response: a code means what its item
 * (questionnaire url|version + linkId) says. FHIR tools match answers by system|code, so both
 * sides must agree, and a system on each coding of the printed QR code would not fit one QR
 * symbol (README, "FHIR").
 */
import type {
  Coding,
  Element,
  Extension,
  Questionnaire as FhirQuestionnaire,
  QuestionnaireItem as FhirQuestionnaireItem,
  QuestionnaireItemEnableWhen,
} from 'fhir/r4';
import { backtalkQuestionnaire } from '../questionnaire/backtalk-questionnaire.ts';
import type { EnableWhen, LocalizedText, Questionnaire, QuestionnaireItem } from '../questionnaire/questionnaire-types.ts';
import {
  itemControlExtensionUrl,
  itemControlSystem,
  maxValueExtensionUrl,
  minValueExtensionUrl,
  optionExclusiveExtensionUrl,
  sectionExtensionUrl,
  shortTextExtensionUrl,
  translationExtensionUrl,
} from './fhir-constants.ts';

/** The Spanish text as a translation extension on the element that holds the English one. */
export function spanishTranslation(text: LocalizedText): Element {
  return {
    extension: [
      {
        url: translationExtensionUrl,
        extension: [
          { url: 'lang', valueCode: 'es' },
          { url: 'content', valueString: text.es },
        ],
      },
    ],
  };
}

function itemControl(code: string): Extension {
  return { url: itemControlExtensionUrl, valueCodeableConcept: { coding: [{ system: itemControlSystem, code }] } };
}

function displayItem(linkId: string, text: LocalizedText, control: string): FhirQuestionnaireItem {
  return { linkId, type: 'display', text: text.en, _text: spanishTranslation(text), extension: [itemControl(control)] };
}

function enableWhenToFhir(condition: EnableWhen): QuestionnaireItemEnableWhen {
  if (condition.operator === 'greater-than') {
    return { question: condition.linkId, operator: '>', answerInteger: condition.value };
  }
  // FHIR '=' on a repeating item holds when any answer matches, which is our 'includes'.
  const answerCoding: Coding = { code: condition.code };
  return { question: condition.linkId, operator: '=', answerCoding };
}

function itemToFhir(item: QuestionnaireItem): FhirQuestionnaireItem {
  const extension: Extension[] = [
    { url: shortTextExtensionUrl, valueString: item.shortLabel.en, _valueString: spanishTranslation(item.shortLabel) },
    { url: sectionExtensionUrl, valueCode: item.section },
  ];
  const children: FhirQuestionnaireItem[] = [];

  const fhirItem: FhirQuestionnaireItem = {
    linkId: item.linkId,
    text: item.text.en,
    _text: spanishTranslation(item.text),
    type: item.kind === 'scale' ? 'integer' : 'choice',
    required: item.required,
    extension,
  };
  if (item.kind === 'multi-choice' || item.kind === 'body-regions') fhirItem.repeats = true;
  if (item.kind === 'scale' && item.scale !== undefined) {
    extension.push(
      { url: minValueExtensionUrl, valueInteger: item.scale.min },
      { url: maxValueExtensionUrl, valueInteger: item.scale.max },
      itemControl('slider'),
    );
    children.push(displayItem(`${item.linkId}.min-label`, item.scale.minLabel, 'lower'));
    children.push(displayItem(`${item.linkId}.max-label`, item.scale.maxLabel, 'upper'));
  }
  // After the scale labels: LHC-Forms shows the wrong display child behind "?" otherwise.
  if (item.help !== undefined) children.push(displayItem(`${item.linkId}.help`, item.help, 'help'));
  if (item.options.length > 0) {
    fhirItem.answerOption = item.options.map((option) => ({
      valueCoding: { code: option.code, display: option.text.en, _display: spanishTranslation(option.text) },
      ...(option.exclusive === true ? { extension: [{ url: optionExclusiveExtensionUrl, valueBoolean: true }] } : {}),
    }));
  }
  if (item.enableWhen !== undefined && item.enableWhen.length > 0) {
    fhirItem.enableWhen = item.enableWhen.map(enableWhenToFhir);
    // R4 que-12: more than one enableWhen needs an explicit enableBehavior.
    if (item.enableWhen.length > 1) fhirItem.enableBehavior = 'all';
  }
  if (children.length > 0) fhirItem.item = children;
  return fhirItem;
}

/** The Backtalk questionnaire (or another one of the same shape) as a FHIR R4 Questionnaire. */
export function questionnaireToFhir(questionnaire: Questionnaire = backtalkQuestionnaire): FhirQuestionnaire {
  return {
    resourceType: 'Questionnaire',
    id: questionnaire.id,
    url: questionnaire.url,
    version: questionnaire.version,
    name: 'BacktalkCheckin',
    title: questionnaire.title.en,
    _title: spanishTranslation(questionnaire.title),
    status: 'active',
    language: 'en',
    subjectType: ['Patient'],
    item: questionnaire.items.map(itemToFhir),
  };
}
