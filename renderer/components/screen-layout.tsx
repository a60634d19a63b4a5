import type { ReactNode } from 'react';

/** The frame of every patient screen: a header row, the content, and a footer of big actions. */
export function ScreenLayout(props: { header?: ReactNode; children: ReactNode; footer?: ReactNode; labelledBy?: string; tone?: 'calm' | 'alert' }) {
  return (
    <main className={`screen screen--${props.tone ?? 'calm'}`} aria-labelledby={props.labelledBy}>
      {props.header ? <header className="screen__header">{props.header}</header> : null}
      {/* Focusable so keyboard and switch users can scroll it when large text makes it overflow. */}
      <div className="screen__body" tabIndex={0}>
        {props.children}
      </div>
      {props.footer ? <div className="screen__footer">{props.footer}</div> : null}
    </main>
  );
}
