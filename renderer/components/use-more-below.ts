import { useLayoutEffect, useState, type RefObject } from 'react';

/** True while the scroller has content below what shows; follows scrolling, resizing and new content. */
export function useMoreBelow(scroller: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // The body's own bottom padding is not "more": only content counts.
    const update = () => setMore(element.scrollTop + element.clientHeight < element.scrollHeight - parseFloat(getComputedStyle(element).paddingBottom) - 2);
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scroller]);
  return more;
}
