/**
 * The urgent slip: the short note the kiosk prints by itself when a red flag is raised, so staff
 * learn of it without depending on the patient. Staff-facing, in the clinic's staff language:
 * the flags in clinical words, the time in the clinic's zone and the kiosk's name. Nothing else of
 * the patient's answers, and nothing identifying. Pure: the caller passes the time.
 */
import type { RedFlag } from '../assessment/assessment-types.ts';
import type { Language, LocalizedText, Questionnaire } from '../questionnaire/questionnaire-types.ts';
import { formatClinicTime } from './clinic-time.ts';

export interface UrgentSlip {
  readonly language: Language;
  readonly title: string;
  readonly flagsHeading: string;
  /** One line per flag, in clinical words. */
  readonly flags: readonly string[];
  readonly timeLabel: string;
  readonly time: string;
  readonly kioskLabel: string;
  readonly kioskName: string;
  readonly note: string;
}

export interface UrgentSlipInput {
  readonly questionnaire: Questionnaire;
  /**
   * The flags raised, or null when they are not known: a slip printed again after a restart of
   * the program, which keeps the flags in memory only (never on disk).
   */
  readonly flags: readonly RedFlag[] | null;
  readonly kioskName: string;
  /** ISO timestamp of the first flag. */
  readonly createdAt: string;
  readonly timeZone: string;
  readonly language: Language;
}

export const urgentSlipTexts = {
  title: { en: 'Patient at the check-in kiosk needs a check now', es: 'Un paciente en el quiosco de registro necesita una revisión ahora' },
  flagsHeading: { en: 'Red flag', es: 'Señal de alarma' },
  notSure: { en: 'patient not sure', es: 'el paciente no está seguro' },
  flagsNotKnown: {
    en: 'Not known: the kiosk restarted before this slip printed. Ask the patient who was at the kiosk at this time.',
    es: 'No se sabe: el quiosco se reinició antes de imprimir esta nota. Pregunte al paciente que estaba en el quiosco a esta hora.',
  },
  time: { en: 'Time', es: 'Hora' },
  kiosk: { en: 'Kiosk', es: 'Quiosco' },
  note: {
    en: 'Go to the patient now. No other answers are printed on this slip.',
    es: 'Vaya con el paciente ahora. Esta nota no lleva otras respuestas.',
  },
} as const satisfies Record<string, LocalizedText>;

/** A flag in clinical words: the item's clinical label, else its short label. */
export function clinicalFlagText(questionnaire: Questionnaire, flag: RedFlag, language: Language): string {
  const item = questionnaire.items.find((candidate) => candidate.linkId === flag.linkId);
  const label = item?.clinicalLabel?.[language] ?? item?.shortLabel[language] ?? flag.flag;
  return flag.code === 'unsure' ? `${label} (${urgentSlipTexts.notSure[language]})` : label;
}

export function buildUrgentSlip(input: UrgentSlipInput): UrgentSlip {
  const { language } = input;
  const t = (text: LocalizedText) => text[language];
  return {
    language,
    title: t(urgentSlipTexts.title),
    flagsHeading: t(urgentSlipTexts.flagsHeading),
    flags: input.flags ? input.flags.map((flag) => clinicalFlagText(input.questionnaire, flag, language)) : [t(urgentSlipTexts.flagsNotKnown)],
    timeLabel: t(urgentSlipTexts.time),
    time: formatClinicTime(input.createdAt, language, input.timeZone),
    kioskLabel: t(urgentSlipTexts.kiosk),
    kioskName: input.kioskName,
    note: t(urgentSlipTexts.note),
  };
}
