import { useRef, type ReactNode } from 'react';
import { MoreBelowCue } from './more-below-cue.tsx';
import { useMoreBelow } from './use-more-below.ts';

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
          <MoreBelowCue shown={moreBelow} />
        </div>
      </div>
      {props.footer ? <div className="screen__footer">{props.footer}</div> : null}
    </main>
  );
}
