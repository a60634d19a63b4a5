/**
 * Every tappable element on the patient screen as it is now, measured in the page: answers and
 * primary actions at least 64 px each way, everything else at least 48 px, targets never
 * overlapping or closer than 8 px, and nothing wider than the screen (no sideways scrolling).
 */
import type { Page } from '@playwright/test';
import { controls } from './layout-problems.ts';

/** Answer tiles, the pain numbers, the body picture's regions and the footer/primary buttons. */
const bigTargets = '.tile, .scale__number, [data-region], .button';

interface Target {
  readonly name: string;
  readonly big: boolean;
  readonly region: boolean;
  /** Targets in the scrolling body are measured in its content's coordinates, the rest in the window's. */
  readonly scroller: 'body' | 'frame';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function measureTargets(page: Page): Promise<{ targets: Target[]; scrollWidth: number; viewportWidth: number }> {
  return page.evaluate(
    ({ bigTargets, allTargets }) => {
      // An open modal dialog makes the rest of the page inert: only its own targets count.
      const modal = [...document.querySelectorAll('dialog:modal')].at(-1);
      const elements = [...document.querySelectorAll(allTargets)].filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !element.closest('[inert]') && (!modal || modal.contains(element));
      });
      return {
        targets: elements.map((element) => {
          const box = element.getBoundingClientRect();
          const name = (element.getAttribute('data-region') ?? element.getAttribute('aria-label') ?? element.textContent ?? element.tagName)
            .trim()
            .slice(0, 40);
          // The body scrolls under a fixed header and footer (clipped, never on top of them), so
          // its targets are compared with each other in scroll-content coordinates.
          const body = element.closest('.screen__body');
          const scroller = body ? ('body' as const) : ('frame' as const);
          const x = box.x + (body?.scrollLeft ?? 0);
          const y = box.y + (body?.scrollTop ?? 0);
          return { name, big: element.matches(bigTargets), region: element.matches('[data-region]'), scroller, x, y, width: box.width, height: box.height };
        }),
        scrollWidth: document.documentElement.scrollWidth,
        viewportWidth: window.innerWidth,
      };
    },
    { bigTargets, allTargets: controls },
  );
}

function problemsWith(targets: readonly Target[]): string[] {
  const problems: string[] = [];
  for (const target of targets) {
    const min = target.big ? 64 : 48;
    if (target.width < min - 0.5 || target.height < min - 0.5)
      problems.push(`"${target.name}" is ${Math.round(target.width)}×${Math.round(target.height)} px (needs ${min})`);
  }
  // Spacing: two different targets never overlap or sit closer than 8 px, except the body
  // picture's bands, which touch on purpose (a tap anywhere on the back picks a region).
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const a = targets[i] as Target;
      const b = targets[j] as Target;
      if ((a.region && b.region) || a.scroller !== b.scroller) continue;
      const gapX = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
      const gapY = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
      if (Math.max(gapX, gapY) < 7.5) problems.push(`"${a.name}" and "${b.name}" are ${Math.round(Math.max(gapX, gapY))} px apart`);
    }
  }
  return problems;
}

/** The touch-target problems on screen, and how many targets were measured (a screen with none is a problem too). */
export async function touchTargetProblemsOn(page: Page): Promise<{ problems: string[]; measured: number }> {
  const { targets, scrollWidth, viewportWidth } = await measureTargets(page);
  const problems = problemsWith(targets);
  if (scrollWidth > viewportWidth) problems.push(`the page is ${scrollWidth} px wide in a ${viewportWidth} px screen`);
  if (targets.length === 0) problems.push('nothing to tap');
  return { problems, measured: targets.length };
}
