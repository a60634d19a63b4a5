/** bench/soak.svg: a well-formed chart whose lines go where the numbers say. */
import { describe, expect, it } from 'vitest';
import { launchHeadlessChromium } from '../../../electron/browser-shell/chromium.ts';
import { niceTicks, renderSoakChartSvg } from '../../../bench/soak/soak-chart.ts';

const heap = {
  title: 'Renderer JS heap',
  unit: 'MB',
  color: '#1f77b4',
  points: [
    [1, 3],
    [2, 4],
    [3, 3.5],
  ] as const,
};
const rss = {
  title: 'Main-process RSS',
  unit: 'MB',
  color: '#ff7f0e',
  points: [
    [1, 150],
    [2, 160],
    [3, 155],
  ] as const,
};

function polylinePoints(svg: string): [number, number][][] {
  return [...svg.matchAll(/<polyline [^>]*points="([^"]+)"/g)].map((match) =>
    (match[1] as string).split(' ').map((pair) => pair.split(',').map(Number) as [number, number]),
  );
}

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    expect(niceTicks(0, 300, 10)).toEqual([0, 50, 100, 150, 200, 250, 300]);
    expect(niceTicks(1, 20, 10)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    const ticks = niceTicks(3.1, 3.9, 5);
    expect(ticks[0]).toBeLessThanOrEqual(3.1);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(3.9);
    const steps = ticks.slice(1).map((tick, i) => Number((tick - (ticks[i] as number)).toFixed(9)));
    expect(new Set(steps).size).toBe(1);
    expect([0.1, 0.2, 0.5]).toContain(steps[0]);
  });
  it('gives a flat series some room', () => {
    const ticks = niceTicks(46, 46);
    expect(ticks[0]).toBeLessThan(46);
    expect(ticks.at(-1)).toBeGreaterThan(46);
  });
});

describe('renderSoakChartSvg', () => {
  const svg = renderSoakChartSvg({ title: 'Soak: 3 sessions <test>', panels: [heap, rss], markerX: { x: 2, label: 'from here' }, failedX: [3] });

  it('is an SVG document a browser renders at its declared size', async () => {
    // Chromium (which the tests install anyway) parses it as image/svg+xml: a malformed document
    // shows an XML error page instead of an <svg> root, and the drawn lines take up pixels.
    const browser = await launchHeadlessChromium();
    try {
      const page = await browser.newPage();
      await page.route('https://chart.invalid/soak.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
      await page.goto('https://chart.invalid/soak.svg');
      const root = await page.evaluate(() => {
        const element = document.documentElement;
        const box = element.getBoundingClientRect();
        return { tag: element.localName, errors: document.getElementsByTagName('parsererror').length, width: box.width, height: box.height };
      });
      expect(root).toMatchObject({ tag: 'svg', errors: 0, width: 860 });
      expect(root.height).toBeGreaterThan(400);
      const lineLengths = await page.locator('polyline').evaluateAll((lines) => lines.map((line) => (line as SVGPolylineElement).getTotalLength()));
      expect(lineLengths).toHaveLength(2);
      for (const length of lineLengths) expect(length).toBeGreaterThan(50);
    } finally {
      await browser.close();
    }
    expect(svg).toContain('Soak: 3 sessions &lt;test&gt;');
  });

  it('draws one line per panel, with higher values higher up and later sessions further right', () => {
    const lines = polylinePoints(svg);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toHaveLength(3);
      const [first, second, third] = line as [[number, number], [number, number], [number, number]];
      expect(first[0]).toBeLessThan(second[0]);
      expect(second[0]).toBeLessThan(third[0]);
      // SVG y grows downwards: the peak at session 2 has the smallest y.
      expect(second[1]).toBeLessThan(third[1]);
      expect(third[1]).toBeLessThan(first[1]);
    }
    // The RSS panel sits below the heap panel.
    expect(Math.min(...(lines[1] as [number, number][]).map(([, y]) => y))).toBeGreaterThan(Math.max(...(lines[0] as [number, number][]).map(([, y]) => y)));
  });

  it('labels both panels with their units, marks the growth start and the failed session', () => {
    expect(svg).toContain('Renderer JS heap (MB)');
    expect(svg).toContain('Main-process RSS (MB)');
    expect(svg).toContain('from here');
    expect(svg.match(/class="failed"/g)).toHaveLength(2);
    expect(svg.match(/>session</g)).toHaveLength(2);
  });
});
