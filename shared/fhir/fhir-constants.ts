/** Canonical URLs and codes used by the Backtalk FHIR R4 export, in one place. */
import { backtalkQuestionnaire } from '../questionnaire/backtalk-questionnaire.ts';

/** Core extension for a text in another language on any primitive element. */
export const translationExtensionUrl = 'http://hl7.org/fhir/StructureDefinition/translation';
export const itemControlExtensionUrl = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
export const itemControlSystem = 'http://hl7.org/fhir/questionnaire-item-control';
export const minValueExtensionUrl = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const maxValueExtensionUrl = 'http://hl7.org/fhir/StructureDefinition/maxValue';
export const optionExclusiveExtensionUrl = 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive';
export const shortTextExtensionUrl = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-shortText';

const base = 'https://backtalk.example/fhir';
/** Which part of the flow an item is in ('about' or 'safety'). */
export const sectionExtensionUrl = `${base}/StructureDefinition/item-section`;
/**
 * The code system the answer options of questionnaire 1.0.0 were published with. Its printed QR
 * codes carried bare codes; a response exported from that Questionnaire may carry this system.
 */
export const legacyAnswerCodeSystem = `${base}/CodeSystem/backtalk-answers`;

/** What a QuestionnaireResponse puts in `questionnaire`: url|version. */
export const questionnaireCanonical = `${backtalkQuestionnaire.url}|${backtalkQuestionnaire.version}`;
