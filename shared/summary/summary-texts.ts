/** Fixed wording of the printed summary, per language (the therapist part is always English). */
import type { LocalizedText } from '../questionnaire/questionnaire-types.ts';

export const summaryTexts = {
  title: { en: 'Your back check-in summary', es: 'Resumen de su registro de espalda' },
  writeInName: { en: 'Name', es: 'Nombre' },
  writeInBirthDate: { en: 'Date of birth', es: 'Fecha de nacimiento' },
  urgentTitle: { en: 'Please tell the front desk now', es: 'Por favor, avise ahora en la recepción' },
  urgentBody: {
    en: 'Some of your answers need a quick check by our staff today. Show this sheet at the desk.',
    es: 'El personal debe ver hoy algunas de sus respuestas. Muestre esta hoja en la recepción.',
  },
  likelyCauses: { en: 'What may be causing it', es: 'Lo que puede causarlo' },
  noLikelyCause: {
    en: 'Your answers do not point to one cause. Your therapist can talk it over with you.',
    es: 'Sus respuestas no señalan una causa. Su terapeuta puede hablarlo con usted.',
  },
  becauseYouSaid: { en: 'Because you said', es: 'Porque dijo' },
  whatNext: { en: 'What this means', es: 'Qué significa' },
  meanwhile: { en: 'What you can do for now', es: 'Qué puede hacer por ahora' },
  handToTherapist: {
    en: 'Please give this sheet to your therapist. It is not a diagnosis.',
    es: 'Entregue esta hoja a su terapeuta. No es un diagnóstico.',
  },
  sampleNotice: {
    en: 'SAMPLE: test print with made-up answers. Not a patient.',
    es: 'MUESTRA: estas respuestas son de prueba. No es de un paciente.',
  },
  /** Headings of the patient part, as short as a receipt needs. */
  levelHeading: { en: 'What we suggest', es: 'Lo que sugerimos' },
} as const satisfies Record<string, LocalizedText>;
