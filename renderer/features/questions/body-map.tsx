import { useId } from 'react';
import type { AnswerOption, Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { ChoiceTiles } from './choice-tiles.tsx';

/**
 * Where each region sits on the back view (viewBox 0 0 240 440): `top`/`bottom` bound the band a
 * tap selects (the full width of the picture, so every band is a big target), `mark` is where
 * its check mark shows. The bands touch, so there is no dead space between them.
 */
const regions: Readonly<Record<string, { top: number; bottom: number; mark: number }>> = {
  neck: { top: 54, bottom: 122, mark: 100 },
  'upper-back': { top: 122, bottom: 212, mark: 168 },
  'middle-back': { top: 212, bottom: 300, mark: 256 },
  'lower-back': { top: 300, bottom: 396, mark: 348 },
};

const torso =
  'M104 98C96 112 78 120 56 126C42 130 36 142 38 158L44 214C50 250 64 282 66 312C66 336 56 356 56 384L58 430H182L184 384C184 356 174 336 174 312C176 282 190 250 196 214L202 158C204 142 198 130 184 126C162 120 144 112 136 98Z';
const neck = 'M104 76H136V118H104Z';
const arms = [
  'M44 140C30 152 24 186 22 228L17 318C16 340 21 356 30 362C39 367 45 358 45 346L52 262L60 196Z',
  'M196 140C210 152 216 186 218 228L223 318C224 340 219 356 210 362C201 367 195 358 195 346L188 262L180 196Z',
];
const shoulderBlades = ['M74 146C88 140 102 144 106 152L100 204C92 214 80 210 76 200Z', 'M166 146C152 140 138 144 134 152L140 204C148 214 160 210 164 200Z'];
const vertebrae = Array.from({ length: 21 }, (_, i) => 102 + i * 14);

/**
 * A tappable back view (head to hips: neck, upper, middle and lower back) beside the same
 * regions as a list of toggle tiles. The picture is a pointer shortcut; the list is what screen
 * readers and switch users get, so the SVG is aria-hidden and both always show the same choice.
 */
export function BodyMap(props: {
  options: readonly AnswerOption[];
  language: Language;
  selected: readonly string[];
  labelledBy: string;
  onChange: (codes: string[]) => void;
}) {
  const { options, selected } = props;
  const clipId = `${useId()}-body`;
  const toggle = (code: string) => props.onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]);

  return (
    <div className="body-map">
      <svg className="body-map__picture" viewBox="0 0 240 440" aria-hidden="true" focusable="false">
        <defs>
          <clipPath id={clipId}>
            <path d={torso} />
            <path d={neck} />
          </clipPath>
        </defs>
        {arms.map((d) => (
          <path key={d} d={d} className="body-map__skin" />
        ))}
        <path d={neck} className="body-map__skin" />
        <path d={torso} className="body-map__skin" />
        <ellipse cx="120" cy="52" rx="31" ry="36" className="body-map__hair" />
        <ellipse cx="88" cy="60" rx="5" ry="10" className="body-map__skin" />
        <ellipse cx="152" cy="60" rx="5" ry="10" className="body-map__skin" />
        <g clipPath={`url(#${clipId})`}>
          {options.map((option) => {
            const region = regions[option.code];
            return region && selected.includes(option.code) ? (
              <rect key={option.code} x="0" y={region.top} width="240" height={region.bottom - region.top} className="body-map__fill" />
            ) : null;
          })}
        </g>
        {shoulderBlades.map((d) => (
          <path key={d} d={d} className="body-map__detail" />
        ))}
        {vertebrae.map((y) => (
          <rect key={y} x="113" y={y} width="14" height="10" rx="4" className="body-map__bone" />
        ))}
        <path d="M62 396Q120 410 178 396" className="body-map__detail" />
        {Object.values(regions)
          .slice(1)
          .map((region) => (
            <line key={region.top} x1="40" x2="200" y1={region.top} y2={region.top} className="body-map__divider" />
          ))}
        {options.map((option) => {
          const region = regions[option.code];
          if (!region) return null;
          const on = selected.includes(option.code);
          return (
            <g key={option.code} className={`body-map__region ${on ? 'is-on' : ''}`} data-region={option.code} onClick={() => toggle(option.code)}>
              <rect x="0" y={region.top} width="240" height={region.bottom - region.top} className="body-map__hit" />
              {on ? (
                <g transform={`translate(${option.code === 'neck' ? 168 : 206} ${region.mark})`} className="body-map__check">
                  <circle r="15" />
                  <path d="M-7 0l5 5 9-10" />
                </g>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ChoiceTiles options={options} language={props.language} multiple selected={selected} labelledBy={props.labelledBy} onChange={props.onChange} />
    </div>
  );
}
