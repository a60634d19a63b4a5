import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { MoreBelowCue } from './more-below-cue.tsx';
import { useMoreBelow } from './use-more-below.ts';

/**
 * A modal dialog on the browser's own `<dialog>`: `showModal()` puts it in the top layer and makes
 * the rest of the page inert (no tap, no focus, hidden from screen readers), and Tab stays inside.
 * Escape does what the dialog's own "no" or "cancel" button does. The content scrolls inside a
 * dialog capped at the screen, with a "more below" cue, so nothing is ever out of reach.
 */
export function ModalDialog(props: {
  labelledBy: string;
  describedBy?: string;
  /** An interruption that needs an answer ("Are you still there?", "Exit the kiosk?"). */
  alert?: boolean;
  className?: string;
  testId?: string;
  /** Names the staff screen it is, for tests (`data-staff-screen`). */
  staffScreen?: string;
  /** What Escape does: the dialog's cancel action. */
  onCancel: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const moreBelow = useMoreBelow(body);
  const onCancel = useRef(props.onCancel);
  onCancel.current = props.onCancel;

  // A layout effect, so the dialog is open (and the page behind inert) before the first paint.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    let mounted = true;
    let cancelAsked = false;
    // The page decides when a dialog closes (it unmounts it), never the browser on its own.
    const cancel = (event: Event) => {
      event.preventDefault();
      // A cancel that cannot be stopped is followed by `close`: it must not cancel twice.
      cancelAsked = !event.cancelable;
      onCancel.current();
    };
    // Chromium may close a dialog on a repeated Escape without a cancelable `cancel` event: treat
    // that close as the cancel it is, and keep the dialog open until the page takes it away.
    const closed = () => {
      // `close` arrives a task later: a dialog already open again (React's StrictMode closes and
      // reopens it on mount in development) is not being cancelled.
      if (!mounted || element.open) return;
      if (!cancelAsked) onCancel.current();
      cancelAsked = false;
      if (element.isConnected) element.showModal();
    };
    element.addEventListener('cancel', cancel);
    element.addEventListener('close', closed);
    if (!element.open) element.showModal();
    return () => {
      mounted = false;
      element.removeEventListener('cancel', cancel);
      element.removeEventListener('close', closed);
      element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal${props.className ? ` ${props.className}` : ''}`}
      role={props.alert ? 'alertdialog' : undefined}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      data-testid={props.testId}
      data-staff-screen={props.staffScreen}
    >
      <div ref={body} className="modal__body">
        {props.children}
      </div>
      <MoreBelowCue shown={moreBelow} />
    </dialog>
  );
}
