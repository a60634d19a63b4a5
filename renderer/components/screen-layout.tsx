import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** True while the scroller has content below what shows; follows scrolling, resizing and new content. */
function useMoreBelow(scroller: RefObject<HTMLElement | null>): boolean {
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

/**
 * The frame of every patient screen: a header row, the scrolling content with a "more below"
 * cue, and a footer of big actions. The optional pinned part (a question) sits on top of the
 * content and stays in sight while the answers scroll under it, wherever the screen has room.
 */
export function ScreenLayout(props: {
  header?: ReactNode;
  pinned?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  labelledBy?: string;
  tone?: 'calm' | 'alert';
  /** Names the screen's layout (e.g. "question"), for layouts that differ per screen. */
  kind?: string;
}) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const moreBelow = useMoreBelow(body);
  return (
    <main className={`screen screen--${props.tone ?? 'calm'}${props.kind ? ` screen--${props.kind}` : ''}`} aria-labelledby={props.labelledBy}>
      {props.header ? <header className="screen__header">{props.header}</header> : null}
      <div className="screen__main">
        <div className="screen__scroll">
          {/* Focusable so keyboard and switch users can scroll it when large text makes it overflow. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable (axe: scrollable-region-focusable) */}
          <div ref={body} className="screen__body" tabIndex={0}>
            <div className="screen__content">
              {props.pinned ? <div className="screen__pinned">{props.pinned}</div> : null}
              {props.children}
            </div>
          </div>
          {/* A sign under the content (never over it), shown only while there is more below. */}
          <div className="more-below" data-more-below hidden={!moreBelow} aria-hidden="true">
            {t('nav.moreBelow')}
            <svg viewBox="0 0 24 24" focusable="false">
              <path d="M12 4v15M5 12l7 7 7-7" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </div>
        </div>
      </div>
      {props.footer ? <div className="screen__footer">{props.footer}</div> : null}
    </main>
  );
}
