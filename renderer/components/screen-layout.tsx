import type { ReactNode } from 'react';

/** The frame of every patient screen: a header row, the content, and a footer of big actions. */
export function ScreenLayout(props: { header?: ReactNode; children: ReactNode; footer?: ReactNode; labelledBy?: string; tone?: 'calm' | 'alert' }) {
  return (
    <main className={`screen screen--${props.tone ?? 'calm'}`} aria-labelledby={props.labelledBy}>
      {props.header ? <div className="screen__header">{props.header}</div> : null}
      <div className="screen__body">{props.children}</div>
      {props.footer ? <div className="screen__footer">{props.footer}</div> : null}
    </main>
  );
}
