import type { Language } from '../../shared/questionnaire/questionnaire-types.ts';

/** Each language is named in itself, so a patient finds theirs without reading the other. */
const languageNames: Record<Language, string> = { en: 'English', es: 'Español' };

export function LanguageSwitch(props: { languages: readonly Language[]; current: Language; onChange: (language: Language) => void; label: string }) {
  if (props.languages.length < 2) return null;
  return (
    <div className="language-switch" role="group" aria-label={props.label}>
      {props.languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="chip"
          aria-pressed={language === props.current}
          onClick={() => props.onChange(language)}
        >
          {languageNames[language]}
        </button>
      ))}
    </div>
  );
}
