/**
 * i18next carries the touchscreen's own words (one catalogue per language); question and result
 * texts come from the questionnaire definition in shared/, picked by the same language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { messagesEn } from './messages-en.ts';
import { messagesEs } from './messages-es.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof messagesEn };
  }
}

export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: messagesEn }, es: { translation: messagesEs } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}

export function setI18nLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
