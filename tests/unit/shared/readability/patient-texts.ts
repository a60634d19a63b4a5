/**
 * Every patient-facing text, gathered the way the patient meets it: alone (when it is a
 * sentence of five words or more) and on its screen (question, hint and answer buttons;
 * the review labels; the result screen's headings).
 */
import { messagesEn } from '../../../../renderer/app/i18n/messages-en.ts';
import { messagesEs } from '../../../../renderer/app/i18n/messages-es.ts';
import { becauseTexts, causeTexts, guidanceTexts, meanwhileTexts, redFlagTexts, signalTexts } from '../../../../shared/assessment/assessment-texts.ts';
import { backtalkQuestionnaire } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { summaryTexts } from '../../../../shared/summary/summary-texts.ts';
import type { LocalizedText } from '../../../../shared/questionnaire/questionnaire-types.ts';

export interface NamedText {
  readonly name: string;
  readonly text: LocalizedText;
}

/** Every patient-facing text with a name saying where it is used. */
export function allPatientTexts(): NamedText[] {
  const out: NamedText[] = [{ name: 'questionnaire.title', text: backtalkQuestionnaire.title }];
  for (const item of backtalkQuestionnaire.items) {
    out.push({ name: `${item.linkId}.text`, text: item.text });
    if (item.help) out.push({ name: `${item.linkId}.help`, text: item.help });
    out.push({ name: `${item.linkId}.shortLabel`, text: item.shortLabel });
    for (const option of item.options) out.push({ name: `${item.linkId}=${option.code}`, text: option.text });
    if (item.scale) {
      out.push({ name: `${item.linkId}.minLabel`, text: item.scale.minLabel });
      out.push({ name: `${item.linkId}.maxLabel`, text: item.scale.maxLabel });
    }
  }
  // The page heading of a group (the bendy-joint questions) and the parts' titles (progress, review headings).
  for (const group of backtalkQuestionnaire.groups ?? []) {
    out.push({ name: `group.${group.id}.text`, text: group.text }, { name: `group.${group.id}.shortLabel`, text: group.shortLabel });
    if (group.help) out.push({ name: `group.${group.id}.help`, text: group.help });
  }
  for (const part of backtalkQuestionnaire.parts ?? []) out.push({ name: `part.${part.id}.title`, text: part.title });
  for (const [code, texts] of Object.entries(causeTexts)) {
    out.push({ name: `cause.${code}.name`, text: texts.name }, { name: `cause.${code}.explanation`, text: texts.explanation });
  }
  for (const [code, texts] of Object.entries(guidanceTexts)) {
    out.push({ name: `guidance.${code}.title`, text: texts.title }, { name: `guidance.${code}.body`, text: texts.body });
  }
  for (const [code, text] of Object.entries(signalTexts)) out.push({ name: `signal.${code}`, text });
  for (const [code, text] of Object.entries(redFlagTexts)) out.push({ name: `redFlag.${code}`, text });
  for (const [code, text] of Object.entries(meanwhileTexts)) out.push({ name: `meanwhile.${code}`, text });
  // The printed sheet's own sentences (the therapist and staff parts are for the clinic).
  for (const key of ['title', 'urgentTitle', 'urgentBody', 'emergency', 'handToDesk', 'handToTherapist', 'noLikelyCause', 'meanwhile'] as const) {
    const text = summaryTexts[key];
    out.push({ name: `summary.${key}`, text: { en: text.en.replace('{number}', '911'), es: text.es.replace('{number}', '911') } });
  }
  // The touchscreen's words around a red flag and at the end.
  for (const key of ['title', 'body', 'wave', 'continue', 'slipFailed', 'band'] as const) {
    out.push({ name: `alert.${key}`, text: { en: messagesEn.alert[key], es: messagesEs.alert[key] } });
  }
  for (const key of ['body', 'discussBody', 'urgentTitle', 'urgentBody'] as const) {
    out.push({ name: `thanks.${key}`, text: { en: messagesEn.thanks[key], es: messagesEs.thanks[key] } });
  }
  out.push({ name: 'print.doneHintUrgent', text: { en: messagesEn.print.doneHintUrgent, es: messagesEs.print.doneHintUrgent } });
  for (const [key, text] of Object.entries(becauseTexts)) {
    // Scale templates are read with a number in place of {value}; use the worst case.
    out.push({ name: `because.${key}`, text: { en: text.en.replace('{value}', '10'), es: text.es.replace('{value}', '10') } });
  }
  for (const [key, text] of Object.entries(summaryTexts)) out.push({ name: `summary.${key}`, text });
  out.push(...screenMessages());
  return out;
}

/** Staff-only parts of the touchscreen's messages (the patient never reads them). */
const staffOnlyMessageKeys = new Set(['staff', 'preview']);

/** The renderer's patient-facing messages, English beside Spanish, placeholders filled with "10". */
export function screenMessages(): NamedText[] {
  const out: NamedText[] = [];
  const walk = (en: unknown, es: unknown, path: string) => {
    if (typeof en === 'string' && typeof es === 'string') {
      const fill = (text: string) => text.replace(/\{\{\w+\}\}/g, '10');
      out.push({ name: `screen.${path}`, text: { en: fill(en), es: fill(es) } });
    } else if (typeof en === 'object' && en !== null && typeof es === 'object' && es !== null) {
      for (const key of Object.keys(en)) walk((en as Record<string, unknown>)[key], (es as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    }
  };
  for (const key of Object.keys(messagesEn)) {
    if (!staffOnlyMessageKeys.has(key)) walk(messagesEn[key as keyof typeof messagesEn], messagesEs[key as keyof typeof messagesEs], key);
  }
  return out;
}

/** A text cut into its sentences (at . ? ! followed by a space or the end). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function screen(name: string, texts: readonly LocalizedText[]): NamedText {
  return {
    name,
    text: { en: texts.map((text) => asSentence(text.en)).join(' '), es: texts.map((text) => asSentence(text.es)).join(' ') },
  };
}

/** Texts as shown together on one screen, each part read as its own sentence. */
export function patientScreens(): NamedText[] {
  const screens: NamedText[] = backtalkQuestionnaire.items.map((item) =>
    screen(`screen:${item.linkId}`, [
      item.text,
      ...(item.help ? [item.help] : []),
      ...item.options.map((option) => option.text),
      ...(item.scale ? [item.scale.minLabel, item.scale.maxLabel] : []),
    ]),
  );
  for (const group of backtalkQuestionnaire.groups ?? []) {
    const items = backtalkQuestionnaire.items.filter((item) => group.linkIds.includes(item.linkId));
    screens.push(screen(`screen:group-${group.id}`, [group.text, ...(group.help ? [group.help] : []), ...items.map((item) => item.text)]));
  }
  screens.push(
    screen(
      'screen:review-labels',
      backtalkQuestionnaire.items.map((item) => item.shortLabel),
    ),
  );
  screens.push(
    screen('screen:review-headings', [
      ...(backtalkQuestionnaire.parts ?? []).map((part) => part.title),
      ...(backtalkQuestionnaire.groups ?? []).map((group) => group.shortLabel),
    ]),
  );
  screens.push(
    screen('screen:result-headings', [
      backtalkQuestionnaire.title,
      ...Object.values(guidanceTexts).map((texts) => texts.title),
      ...Object.values(causeTexts).map((texts) => texts.name),
      ...Object.values(signalTexts),
      ...Object.values(redFlagTexts),
    ]),
  );
  screens.push(
    screen('screen:printed-sheet-and-alert', [
      summaryTexts.title,
      summaryTexts.urgentTitle,
      summaryTexts.meanwhile,
      { en: messagesEn.alert.title, es: messagesEs.alert.title },
      { en: messagesEn.alert.band, es: messagesEs.alert.band },
      { en: messagesEn.alert.continue, es: messagesEs.alert.continue },
      { en: messagesEn.thanks.urgentTitle, es: messagesEs.thanks.urgentTitle },
    ]),
  );
  return screens;
}
