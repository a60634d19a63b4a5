/**
 * What is cut off, spilling or out of reach on the patient screen as it is now, read in the page:
 *
 * - Every piece of text, every control and every picture lies inside the screen, or inside a
 *   scroller that can bring it into view (not stranded above the scroller's top, as happens
 *   when a scroller also centres its content with flexbox) and that shows a visible "more below"
 *   cue (`[data-more-below]`) while there is more below.
 * - No text spills out of its own box (numbers out of their ring, words out of a tile) or is cut
 *   by a box that hides overflow; no answer wraps one word per line; the page never scrolls
 *   as a whole.
 * - Every control scrolls into view and is the thing a tap at its centre hits.
 */
import type { Page } from '@playwright/test';

/** Everything a patient can tap. */
export const controls = `button, a[href], [role="button"], [role="radio"], [role="checkbox"], [role="switch"], input, select, [data-region]`;

/** Runs in the page: what is cut off, spilling or out of reach on the screen as it is now. */
function layoutProblems(controlSelector: string): string[] {
  const problems: string[] = [];
  const viewport = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  type Box = { left: number; top: number; right: number; bottom: number };
  const describe = (node: Node): string => {
    const element = node instanceof Element ? node : node.parentElement;
    const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 36);
    const tag = element ? `${element.tagName.toLowerCase()}${element.classList.length ? '.' + [...element.classList].join('.') : ''}` : '?';
    return text ? `${tag} "${text}"` : tag;
  };
  // An open modal dialog makes the rest of the page inert: only what it holds is on show.
  const modal = [...document.querySelectorAll('dialog:modal')].at(-1);
  const shown = (element: Element): boolean => {
    if (element.closest('[inert]') || (modal && !modal.contains(element))) return false;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.opacity === '0') return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const outside = (inner: Box, outer: Box, slackX: number, slackY: number): boolean =>
    inner.left < outer.left - slackX || inner.right > outer.right + slackX || inner.top < outer.top - slackY || inner.bottom > outer.bottom + slackY;
  const where = (box: Box) => `${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`;

  // Scrollers with text or controls below what they show: each owes a visible "more below" cue.
  const scrollers = new Set<Element>();
  const isScroller = (element: Element, style: CSSStyleDeclaration) =>
    /(auto|scroll)/.test(style.overflowY + style.overflowX) &&
    (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);

  /** Checks a box against every clipping ancestor and the screen; records the scrollers it is in. */
  const checkReach = (what: string, start: Element, box: Box, slackY: number) => {
    let current: Box = box;
    for (let ancestor = start.parentElement; ancestor && ancestor !== document.documentElement; ancestor = ancestor.parentElement) {
      const style = getComputedStyle(ancestor);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const frame = ancestor.getBoundingClientRect();
      const inner = {
        left: frame.left + ancestor.clientLeft,
        top: frame.top + ancestor.clientTop,
        right: frame.left + ancestor.clientLeft + ancestor.clientWidth,
        bottom: frame.top + ancestor.clientTop + ancestor.clientHeight,
      };
      if (isScroller(ancestor, style)) {
        // Content of a scroller that lies below what it shows: the scroller owes a cue.
        if (current.bottom > inner.bottom + slackY) scrollers.add(ancestor);
        // In the scroller's content coordinates: anything above or left of 0 can never be scrolled to.
        const top = current.top - inner.top + ancestor.scrollTop;
        const left = current.left - inner.left + ancestor.scrollLeft;
        const bottom = current.bottom - inner.top + ancestor.scrollTop;
        const right = current.right - inner.left + ancestor.scrollLeft;
        if (top < -slackY || left < -2 || bottom > ancestor.scrollHeight + slackY || right > ancestor.scrollWidth + 2) {
          problems.push(
            `${what} is out of reach of its scroller ${describe(ancestor)} (at ${Math.round(left)},${Math.round(top)} in content ${ancestor.scrollWidth}×${ancestor.scrollHeight})`,
          );
          return;
        }
        current = inner;
      } else if (outside(current, inner, 2, slackY)) {
        problems.push(`${what} is cut off by ${describe(ancestor)} (${where(current)} in ${where(inner)})`);
        return;
      }
    }
    if (outside(current, viewport, 1, slackY)) problems.push(`${what} is outside the screen (${where(current)})`);
  };

  // Text: every line on screen, checked against its own box and its way to the screen.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !(node.textContent ?? '').trim() || !shown(parent)) continue;
    if (parent.closest('svg') || parent.closest('.preview-ribbon')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const fontSize = parseFloat(getComputedStyle(parent).fontSize);
    // A line's glyph box may be a little taller than its line height; a quarter em is not a spill.
    const slackY = fontSize * 0.25;
    let block: Element = parent;
    while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
    const own = block.getBoundingClientRect();
    if (outside(box, own, 2, slackY)) problems.push(`${describe(node)} spills out of its box ${describe(block)} (${where(box)} in ${where(own)})`);
    const words = (node.textContent ?? '').trim().split(/\s+/).length;
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    if (parent.closest('.tile') && words >= 3 && lines >= words) problems.push(`${describe(node)} wraps one word per line`);
    checkReach(describe(node), parent, box, slackY);
  }

  // Controls and pictures.
  const targets = [...document.querySelectorAll(controlSelector)].filter(shown);
  for (const element of targets) checkReach(describe(element), element, element.getBoundingClientRect(), 1);
  for (const picture of document.querySelectorAll('svg')) {
    if (shown(picture) && !picture.closest(controlSelector)) checkReach(describe(picture), picture, picture.getBoundingClientRect(), 1);
  }

  // The page itself never scrolls: its parts do.
  const root = document.documentElement;
  if (root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1)
    problems.push(`the whole page scrolls (${root.scrollWidth}×${root.scrollHeight} in ${window.innerWidth}×${window.innerHeight})`);

  // Every overflowing scroller says there is more below, visibly and on screen.
  for (const scroller of scrollers) {
    const cue = [...(scroller.parentElement?.querySelectorAll('[data-more-below]') ?? [])].find(
      (element) => shown(element) && !outside(element.getBoundingClientRect(), viewport, 1, 1),
    );
    if (!cue)
      problems.push(
        `${describe(scroller)} has text or controls below what it shows (${scroller.scrollHeight - scroller.clientHeight} px more) but no visible "more below" cue`,
      );
  }

  // Every control scrolls into view and takes a tap at its centre.
  const scrolled = [...document.querySelectorAll('*')]
    .filter((element) => element.scrollHeight > element.clientHeight)
    .map((element) => [element, element.scrollTop] as const);
  // Scrolled to the bottom edge of its scroller first (clear of a pinned heading), then to the middle.
  const hitAtCentre = (element: Element): Element | null => {
    const box = element.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
    return document.elementFromPoint(x, y);
  };
  for (const element of targets) {
    let hit: Element | null = null;
    for (const block of ['end', 'center'] as const) {
      element.scrollIntoView({ block, inline: 'nearest' });
      hit = hitAtCentre(element);
      if (hit && (element === hit || element.contains(hit))) break;
    }
    if (!hit || !(element === hit || element.contains(hit)))
      problems.push(`${describe(element)} cannot be tapped: a tap at its centre hits ${hit ? describe(hit) : 'nothing'}`);
  }
  for (const [scroller, top] of scrolled) scroller.scrollTop = top;
  window.scrollTo(0, 0);
  return [...new Set(problems)];
}

export async function layoutProblemsOn(page: Page): Promise<string[]> {
  return page.evaluate(layoutProblems, controls);
}
