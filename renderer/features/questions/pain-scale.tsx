import type { Language, ScaleSpec } from '../../../shared/questionnaire/questionnaire-types.ts';

/** A simple face for the ends of the scale: calm at 0, hurting at 10. */
function Face(props: { mood: 'calm' | 'hurting' }) {
  const mouth = props.mood === 'calm' ? 'M15 29q9 8 18 0' : 'M15 33q9-8 18 0';
  return (
    <svg className={`scale__face scale__face--${props.mood}`} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="17" cy="19" r="2.6" fill="currentColor" />
      <circle cx="31" cy="19" r="2.6" fill="currentColor" />
      {props.mood === 'hurting' ? <path d="M12 13l8 3M36 13l-8 3" stroke="currentColor" strokeWidth="3" strokeLinecap="round" /> : null}
      <path d={mouth} fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

/** 0–10 as big tappable numbers, with a face and words at both ends. */
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
        <span className="scale__end">
          <Face mood="calm" />
          <span data-speak>{`${scale.min}: ${scale.minLabel[language]}`}</span>
        </span>
        <span className="scale__end scale__end--max">
          <span data-speak>{`${scale.max}: ${scale.maxLabel[language]}`}</span>
          <Face mood="hurting" />
        </span>
      </div>
    </div>
  );
}
