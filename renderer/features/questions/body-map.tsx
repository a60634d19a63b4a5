import { useId } from 'react';
import type { AnswerOption, Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { ChoiceTiles } from './choice-tiles.tsx';

/**
 * Where each region sits on the back view (viewBox 0 0 300 440). `band` is what lights up
 * (clipped to the body), `hit` the full-width strip a tap selects: the strips touch, so a tap
 * anywhere on the picture picks a region, and each is at least 80 units tall (64 px on the
 * smallest picture, 360 px). `mark` is where the region's tick shows.
 */
const regions: Readonly<Record<string, { band: [number, number]; hit: [number, number]; mark: [number, number] }>> = {
  neck: { band: [90, 132], hit: [0, 132], mark: [196, 108] },
  'upper-back': { band: [132, 214], hit: [132, 214], mark: [196, 170] },
  'middle-back': { band: [214, 296], hit: [214, 296], mark: [196, 254] },
  'lower-back': { band: [296, 392], hit: [296, 440], mark: [196, 340] },
};

// A plain, even figure seen from behind: no hair, no face, no skin tone, no sex characteristics.
const head = 'M150 16C171 16 186 34 186 58C186 80 171 96 150 96C129 96 114 80 114 58C114 34 129 16 150 16Z';
const neck = 'M133 84H167L171 132H129Z';
const torso =
  'M129 122C112 131 88 132 74 144C62 155 63 176 69 196L83 250C89 277 95 296 95 316C95 336 88 352 88 372L91 436H209L212 372C212 352 205 336 205 316C205 296 211 277 217 250L231 196C237 176 238 155 226 144C212 132 188 131 171 122Z';
const arms = [
  'M76 146C60 157 53 190 51 232L45 326C43 352 46 380 55 390C64 398 71 388 71 374L77 300C79 270 84 240 87 210Z',
  'M224 146C240 157 247 190 249 232L255 326C257 352 254 380 245 390C236 398 229 388 229 374L223 300C221 270 216 240 213 210Z',
];
const shoulderBlades = [
  'M100 156C114 148 130 152 134 160L128 206C120 216 106 212 102 202Z',
  'M200 156C186 148 170 152 166 160L172 206C180 216 194 212 198 202Z',
];
const vertebrae = Array.from({ length: 23 }, (_, i) => 96 + i * 13);

/**
 * A tappable back view (neck, upper, middle and lower back) with the same regions as a list of
 * toggle tiles. The picture is a pointer shortcut; the list is what screen readers and switch
 * users get, so the SVG is aria-hidden and both always show the same choice.
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
      <svg className="body-map__picture" viewBox="0 0 300 440" aria-hidden="true" focusable="false">
        <defs>
          <clipPath id={clipId}>
            <path d={torso} />
            <path d={neck} />
          </clipPath>
        </defs>
        {arms.map((d) => (
          <path key={d} d={d} className="body-map__figure" />
        ))}
        <path d={neck} className="body-map__figure" />
        <path d={torso} className="body-map__figure" />
        <path d={head} className="body-map__figure" />
        <g clipPath={`url(#${clipId})`}>
          {options.map((option) => {
            const region = regions[option.code];
            if (!region) return null;
            const [top, bottom] = region.band;
            return (
              <rect
                key={option.code}
                x="0"
                y={top}
                width="300"
                height={bottom - top}
                className={`body-map__band ${selected.includes(option.code) ? 'is-on' : ''}`}
              />
            );
          })}
        </g>
        {shoulderBlades.map((d) => (
          <path key={d} d={d} className="body-map__detail" />
        ))}
        {vertebrae.map((y) => (
          <rect key={y} x="143" y={y} width="14" height="9" rx="4" className="body-map__spine" />
        ))}
        {Object.values(regions)
          .slice(1)
          .map((region) => (
            <line key={region.band[0]} x1="66" x2="234" y1={region.band[0]} y2={region.band[0]} className="body-map__divider" clipPath={`url(#${clipId})`} />
          ))}
        {options.map((option) => {
          const region = regions[option.code];
          if (!region) return null;
          const on = selected.includes(option.code);
          const [top, bottom] = region.hit;
          return (
            <g key={option.code} className={`body-map__region ${on ? 'is-on' : ''}`} data-region={option.code} onClick={() => toggle(option.code)}>
              <rect x="0" y={top} width="300" height={bottom - top} className="body-map__hit" />
              {on ? (
                <g transform={`translate(${region.mark[0]} ${region.mark[1]})`} className="body-map__check">
                  <circle r="17" />
                  <path d="M-8 0l5.5 5.5 10-11" />
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
