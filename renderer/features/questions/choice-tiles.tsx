import type { AnswerOption, Language } from '../../../shared/questionnaire/questionnaire-types.ts';

/**
 * Big answer tiles. Single choice behaves as a radio group, multiple choice as toggle buttons;
 * an `exclusive` option ("none of these") clears the others.
 */
export function ChoiceTiles(props: {
  options: readonly AnswerOption[];
  language: Language;
  multiple: boolean;
  selected: readonly string[];
  labelledBy: string;
  onChange: (codes: string[]) => void;
}) {
  const { options, language, multiple, selected } = props;

  function toggle(option: AnswerOption) {
    if (!multiple) return props.onChange([option.code]);
    if (selected.includes(option.code)) return props.onChange(selected.filter((code) => code !== option.code));
    if (option.exclusive) return props.onChange([option.code]);
    const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.code));
    props.onChange([...selected.filter((code) => !exclusive.has(code)), option.code]);
  }

  const layout = options.length > 4 ? 'tiles--grid' : options.length === 3 && options.every((o) => o.text[language].length < 12) ? 'tiles--row' : 'tiles--list';
  return (
    <div className={`tiles ${layout}`} role={multiple ? 'group' : 'radiogroup'} aria-labelledby={props.labelledBy}>
      {options.map((option) => {
        const isSelected = selected.includes(option.code);
        return (
          <button
            key={option.code}
            type="button"
            className={`tile ${multiple ? 'tile--toggle' : 'tile--radio'}`}
            data-code={option.code}
            role={multiple ? undefined : 'radio'}
            aria-checked={multiple ? undefined : isSelected}
            aria-pressed={multiple ? isSelected : undefined}
            onClick={() => toggle(option)}
          >
            <span className="tile__mark" aria-hidden="true">
              {isSelected ? (
                <svg viewBox="0 0 24 24" focusable="false">
                  <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              ) : null}
            </span>
            <span className="tile__text" data-speak>
              {option.text[language]}
            </span>
          </button>
        );
      })}
    </div>
  );
}
