import type { Language, ScaleSpec } from '../../../shared/questionnaire/questionnaire-types.ts';

/** 0–10 as big tappable numbers, with words at both ends. */
export function PainScale(props: { scale: ScaleSpec; language: Language; value: number | undefined; labelledBy: string; onChange: (value: number) => void }) {
  const { scale, language } = props;
  const numbers = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  return (
    <div className="scale">
      <div className="scale__numbers" role="radiogroup" aria-labelledby={props.labelledBy}>
        {numbers.map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={props.value === n}
            className="scale__number"
            data-value={n}
            aria-label={n === scale.min ? `${n}: ${scale.minLabel[language]}` : n === scale.max ? `${n}: ${scale.maxLabel[language]}` : String(n)}
            onClick={() => props.onChange(n)}
          >
            {n}
          </button>
        ))}
      </div>
      <div className="scale__ends" aria-hidden="true">
        <span>{scale.minLabel[language]}</span>
        <span>{scale.maxLabel[language]}</span>
      </div>
    </div>
  );
}
