import type { AnswerOption, Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { ChoiceTiles } from './choice-tiles.tsx';

/** Where each region sits on the back-view picture (viewBox 0 0 200 400). */
const regionShapes: Readonly<Record<string, { y: number; height: number }>> = {
  neck: { y: 62, height: 34 },
  'upper-back': { y: 100, height: 62 },
  'middle-back': { y: 166, height: 56 },
  'lower-back': { y: 226, height: 56 },
};

/**
 * A tappable picture of the back next to the same regions as a list. The picture is a pointer
 * shortcut; the list is what screen readers and keyboard users get, so the SVG is aria-hidden.
 */
export function BodyMap(props: {
  options: readonly AnswerOption[];
  language: Language;
  selected: readonly string[];
  labelledBy: string;
  pictureLabel: string;
  onChange: (codes: string[]) => void;
}) {
  const { options, selected } = props;
  const toggle = (code: string) =>
    props.onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]);

  return (
    <div className="body-map">
      <svg className="body-map__picture" viewBox="0 0 200 400" aria-hidden="true" focusable="false">
        <title>{props.pictureLabel}</title>
        <circle cx="100" cy="34" r="26" className="body-map__outline" />
        <path d="M52 100 Q100 86 148 100 L156 290 Q100 304 44 290 Z" className="body-map__outline" />
        <line x1="100" y1="64" x2="100" y2="286" className="body-map__spine" />
        {options.map((option) => {
          const shape = regionShapes[option.code];
          if (!shape) return null;
          const on = selected.includes(option.code);
          return (
            <g key={option.code} className={`body-map__region ${on ? 'is-on' : ''}`} data-region={option.code} onClick={() => toggle(option.code)}>
              <rect x={option.code === 'neck' ? 80 : 56} y={shape.y} width={option.code === 'neck' ? 40 : 88} height={shape.height} rx="10" />
              <text x="100" y={shape.y + shape.height / 2 + 6} textAnchor="middle">
                {option.text[props.language]}
              </text>
            </g>
          );
        })}
      </svg>
      <ChoiceTiles options={options} language={props.language} multiple selected={selected} labelledBy={props.labelledBy} onChange={props.onChange} />
    </div>
  );
}
