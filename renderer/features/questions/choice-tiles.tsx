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

  return (
    <div className={`tiles ${options.length > 4 ? 'tiles--grid' : ''}`} role={multiple ? 'group' : 'radiogroup'} aria-labelledby={props.labelledBy}>
      {options.map((option) => {
        const isSelected = selected.includes(option.code);
        return (
          <button
            key={option.code}
            type="button"
            className="tile"
            data-code={option.code}
            role={multiple ? undefined : 'radio'}
            aria-checked={multiple ? undefined : isSelected}
            aria-pressed={multiple ? isSelected : undefined}
            onClick={() => toggle(option)}
          >
            <span className="tile__mark" aria-hidden="true">{isSelected ? '✓' : ''}</span>
            <span className="tile__text">{option.text[language]}</span>
          </button>
        );
      })}
    </div>
  );
}
