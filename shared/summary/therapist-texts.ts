/**
 * Fixed wording of the therapist part of the sheet, in the clinic's staff language. Staff-facing:
 * clinical words are fine here (the patient-facing wording is summary-texts.ts, held to the
 * readability targets). Placeholders in braces are filled by the summary model.
 */
import type { CauseCode, GuidanceCode, TherapistSignalCode } from '../assessment/assessment-types.ts';
import type { LocalizedText } from '../questionnaire/questionnaire-types.ts';

const t = (en: string, es: string): LocalizedText => ({ en, es });

/** How strongly the answers point to a cause, as the therapist reads it. */
export const causeLikelihoods = ['likely', 'possible', 'unlikely'] as const;
export type CauseLikelihood = (typeof causeLikelihoods)[number];

export const likelihoodTexts: Record<CauseLikelihood, LocalizedText> = {
  likely: t('likely', 'probable'),
  possible: t('possible', 'posible'),
  unlikely: t('unlikely', 'poco probable'),
};

/** The five causes by their clinical names. */
export const causeClinicalNames: Record<CauseCode, LocalizedText> = {
  'gas-release': t('Cavitation (gas release)', 'Cavitación (liberación de gas)'),
  'tendon-ligament': t('Tendon or ligament snapping over bone', 'Tendón o ligamento que se desliza sobre el hueso'),
  hypermobility: t('Joint hypermobility', 'Hiperlaxitud articular'),
  'age-related': t('Degenerative (age- or use-related) change', 'Cambio degenerativo (por edad o uso)'),
  'injury-dysfunction': t('Previous injury or developing joint dysfunction', 'Lesión previa o disfunción articular incipiente'),
};

/** The signals that call for review, in clinical words. */
export const signalClinicalTexts: Record<TherapistSignalCode, LocalizedText> = {
  painful: t('painful cracking', 'crujido doloroso'),
  frequent: t('frequent cracking (daily or more)', 'crujido frecuente (a diario o más)'),
  'other-symptoms': t('associated symptoms or activity limitation', 'síntomas asociados o limitación de la actividad'),
  locking: t('locking', 'bloqueo'),
  unusual: t('unusual or new sensation', 'sensación inusual o nueva'),
};

/** The verdict's heading per guidance; a red-flag sheet's urgent call is printed once, at the top. */
export const verdictTitles: Record<GuidanceCode, LocalizedText> = {
  'common-harmless': t('Verdict: common, likely benign cracking', 'Conclusión: crujido común, probablemente benigno'),
  'could-not-tell': t('Verdict: review, the answers are incomplete', 'Conclusión: revisar, las respuestas están incompletas'),
  'discuss-with-therapist': t('Verdict: review with the patient at this visit', 'Conclusión: revisar con el paciente en esta visita'),
  'tell-front-desk-now': t('Verdict: red flag, see the top of the sheet', 'Conclusión: señal de alarma, vea el inicio de la hoja'),
};

export const therapistTexts = {
  heading: t('For the therapist', 'Para el terapeuta'),
  noConcerns: t(
    'No red flags, no risk markers and no signals that call for review.',
    'Sin señales de alarma, sin marcadores de riesgo y sin signos que pidan revisión.',
  ),
  redFlags: t('Red flags: {list}.', 'Señales de alarma: {list}.'),
  /** When the staff copy of the urgent block (in this language) already lists the flags in clinical words. */
  redFlagsAtTop: t(
    'Red flags ({count}): listed for staff at the top of the sheet; their answers are marked "!" below.',
    'Señales de alarma ({count}): en la lista para el personal, al inicio de la hoja; sus respuestas llevan "!" abajo.',
  ),
  signals: t('Signals: {list}.', 'Signos: {list}.'),
  riskMarkers: t('Risk markers (not urgent alone): {list}.', 'Marcadores de riesgo (no urgentes por sí solos): {list}.'),
  missing: t('Key answers missing or "not sure": {list}.', 'Respuestas clave sin contestar o con "no sé": {list}.'),
  likelyForALook: t('Likely cause that calls for a look: {list}.', 'Causa probable que pide una revisión: {list}.'),
  flagYes: t('yes', 'sí'),
  flagNotSure: t('not sure', 'no sé'),
  flagChanged: t('later changed to {now}', 'luego cambió a {now}'),
  painLabel: t('Pain', 'Dolor'),
  painNotAnswered: t('not answered', 'sin respuesta'),
  patientLanguageLabel: t('Patient language', 'Idioma del paciente'),
  hypermobilityLabel: t('Hypermobility screen (5PQ)', 'Cribado de hiperlaxitud (5PQ)'),
  /** {yes} of 5, with {skipped} only when some were not answered. */
  hypermobilityValue: t('{yes} of 5 (≥ 2 suggests hypermobility)', '{yes} de 5 (≥ 2 sugiere hiperlaxitud)'),
  hypermobilitySkipped: t(', {skipped} not answered', ', {skipped} sin respuesta'),
  causesHeading: t('Causes', 'Causas'),
  supportedBy: t('Supported by {list}.', 'A favor: {list}.'),
  against: t('Against: {list}.', 'En contra: {list}.'),
  nothingFor: t('No answer points to it.', 'Ninguna respuesta lo sugiere.'),
  scoreLabel: t('score', 'puntos'),
  answersHeading: t('Answers', 'Respuestas'),
  answerColumn: t('Question', 'Pregunta'),
  valueColumn: t('Answer', 'Respuesta'),
  unanswered: t('Not answered: {list}.', 'Sin respuesta: {list}.'),
  safetyGroup: t('Red-flag questions', 'Preguntas de alarma'),
  hypermobilityGroup: t('Hypermobility screen', 'Cribado de hiperlaxitud'),
  /** A screening group whose answers were all "No" ({count} questions). */
  allNo: t('No to all {count}', 'No a las {count}'),
  otherNo: t('No to the other {count}', 'No a las otras {count}'),
  qrCaption: t(
    'FHIR R4 QuestionnaireResponse (btfhir1: compressed; read with backtalk-assess). Rules {rules} · questionnaire {questionnaire}. Not a diagnosis.',
    'FHIR R4 QuestionnaireResponse (comprimido btfhir1:; se lee con backtalk-assess). Reglas {rules} · cuestionario {questionnaire}. No es un diagnóstico.',
  ),
} as const satisfies Record<string, LocalizedText>;

export const languageNames: Record<'en' | 'es', LocalizedText> = {
  en: t('English', 'inglés'),
  es: t('Spanish (español)', 'español'),
};
