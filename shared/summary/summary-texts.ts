/** Fixed wording of the printed summary, per language (the therapist part is always English). */
import type { LocalizedText } from '../questionnaire/questionnaire-types.ts';

export const summaryTexts = {
  title: { en: 'Your back check-in summary', es: 'Resumen de su registro de espalda' },
  writeInName: { en: 'Name', es: 'Nombre' },
  writeInBirthDate: { en: 'Date of birth', es: 'Fecha de nacimiento' },
  urgentTitle: { en: 'Please tell the front desk now', es: 'Por favor, avise ahora en la recepción' },
  urgentBody: {
    en: 'Some of your answers need a check by our staff now. Show this sheet at the desk, or wave to staff.',
    es: 'El personal tiene que ver ahora sus respuestas. Muestre esta hoja en la recepción, o haga señas al personal.',
  },
  /** {number} is the clinic's emergency number setting. */
  emergency: {
    en: 'If you cannot pass urine, or the numbness spreads, act now. Call {number} or go to the emergency room.',
    es: 'Si no puede orinar, o lo dormido se extiende, llame al {number} o vaya ahora a la sala de emergencias.',
  },
  /** The red-flag sheet's last line: where the sheet goes. */
  handToDesk: {
    en: 'Take this sheet to the front desk now. It is not a diagnosis.',
    es: 'Lleve esta hoja ahora a la recepción. No es un diagnóstico.',
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
  /** The staff's copy of the urgent block, in the clinic's staff language (staff-facing). */
  staffUrgentTitle: { en: 'For staff: red flag, check this patient now', es: 'Para el personal: hay una señal de alarma, vea a este paciente ya' },
  staffUrgentBody: {
    en: 'The patient answered yes or not sure to a red-flag question. Check them now; do not wait for their turn.',
    es: 'El paciente contestó sí o no sé a una pregunta de alarma. Véalo ahora; que no espere su turno.',
  },
  /** Therapist part: a flag raised, then the answer changed ("Yes, later changed to No"). */
  changedLater: { en: '{first}, later changed to {now}', es: '{first}, luego cambió a {now}' },
  changedToNothing: { en: 'no answer', es: 'sin respuesta' },
  /** Headings of the patient part, as short as a receipt needs. */
  levelHeading: { en: 'What we suggest', es: 'Lo que sugerimos' },
} as const satisfies Record<string, LocalizedText>;
