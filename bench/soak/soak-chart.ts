/**
 * bench/soak.svg: renderer JS heap and main-process RSS per session, one panel each (their scales
 * differ by an order of magnitude), with the session where growth is measured from marked and
 * failed sessions in red. Plain SVG, no dependencies, readable in any browser or on GitHub.
 */
export interface ChartSeries {
  readonly title: string;
  readonly unit: string;
  readonly points: readonly (readonly [number, number])[];
  readonly color: string;
}

export interface SoakChartInput {
  readonly title: string;
  readonly panels: readonly ChartSeries[];
  /** A dashed vertical line at this x, e.g. where growth is measured from. */
  readonly markerX?: { x: number; label: string };
  /** x values drawn as red dots (failed sessions). */
  readonly failedX?: readonly number[];
}

const width = 860;
const panelHeight = 240;
const margin = { top: 56, right: 24, bottom: 44, left: 72 };
const panelGap = 64;

/** Round tick values covering [min, max]: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (max < min) [min, max] = [max, min];
  if (max === min) {
    const pad = Math.abs(max) > 0 ? Math.abs(max) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.floor(min / step) * step; tick <= max + step * 1e-9; tick += step) ticks.push(Number(tick.toPrecision(12)));
  if ((ticks.at(-1) as number) < max) ticks.push(Number(((ticks.at(-1) as number) + step).toPrecision(12)));
  return ticks;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

function formatTick(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(Math.min(3, Math.max(1, -Math.floor(Math.log10(Math.abs(value) || 1)) + 1)));
}

export function renderSoakChartSvg(input: SoakChartInput): string {
  const plotWidth = width - margin.left - margin.right;
  const height = margin.top + input.panels.length * (panelHeight + panelGap) - panelGap + margin.bottom;
  const allX = input.panels.flatMap((panel) => panel.points.map(([x]) => x));
  const xTicks = niceTicks(Math.min(...allX, 0), Math.max(...allX, 1), 10);
  const xMin = xTicks[0] as number;
  const xMax = xTicks.at(-1) as number;
  const sx = (x: number) => margin.left + ((x - xMin) / (xMax - xMin || 1)) * plotWidth;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">${escapeXml(input.title)}</text>`,
  ];

  input.panels.forEach((panel, index) => {
    const top = margin.top + index * (panelHeight + panelGap);
    const bottom = top + panelHeight;
    const ys = panel.points.map(([, y]) => y);
    const yTicks = niceTicks(ys.length ? Math.min(...ys) : 0, ys.length ? Math.max(...ys) : 1, 5);
    const yMin = yTicks[0] as number;
    const yMax = yTicks.at(-1) as number;
    const sy = (y: number) => bottom - ((y - yMin) / (yMax - yMin || 1)) * panelHeight;
    parts.push(`<g class="panel" data-title="${escapeXml(panel.title)}">`);
    parts.push(`<text x="${margin.left}" y="${top - 8}" font-size="13" font-weight="bold">${escapeXml(`${panel.title} (${panel.unit})`)}</text>`);
    for (const tick of yTicks) {
      const y = sy(tick).toFixed(1);
      parts.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${y}" y2="${y}" stroke="#e5e5e5"/>`);
      parts.push(`<text x="${margin.left - 6}" y="${y}" dy="4" text-anchor="end">${formatTick(tick)}</text>`);
    }
    for (const tick of xTicks) {
      const x = sx(tick).toFixed(1);
      parts.push(`<line x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + 4}" stroke="#333"/>`);
      parts.push(`<text x="${x}" y="${bottom + 17}" text-anchor="middle">${formatTick(tick)}</text>`);
    }
    parts.push(`<line x1="${margin.left}" x2="${margin.left}" y1="${top}" y2="${bottom}" stroke="#333"/>`);
    parts.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`);
    if (input.markerX && input.markerX.x >= xMin && input.markerX.x <= xMax) {
      const x = sx(input.markerX.x).toFixed(1);
      parts.push(`<line x1="${x}" x2="${x}" y1="${top}" y2="${bottom}" stroke="#888" stroke-dasharray="4 4"/>`);
      // Label on the side with room, so it never runs off the chart.
      const leftSide = sx(input.markerX.x) > margin.left + plotWidth * 0.6;
      parts.push(
        `<text x="${x}" y="${top + 12}" dx="${leftSide ? -4 : 4}" text-anchor="${leftSide ? 'end' : 'start'}" fill="#666">${escapeXml(input.markerX.label)}</text>`,
      );
    }
    const line = panel.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${panel.color}" stroke-width="1.5" points="${line}"/>`);
    for (const failed of input.failedX ?? []) {
      const point = panel.points.find(([x]) => x === failed);
      if (point) parts.push(`<circle class="failed" cx="${sx(point[0]).toFixed(1)}" cy="${sy(point[1]).toFixed(1)}" r="4" fill="#d00"/>`);
    }
    parts.push(`<text x="${margin.left + plotWidth / 2}" y="${bottom + 34}" text-anchor="middle">session</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
