import { useLayoutEffect, useRef } from 'react';

/** The hidden corner: a press held this long in the top-left square opens the staff PIN pad. */
export const staffCornerPx = 96;
export const staffLongPressMs = 3000;

/** Ctrl+Alt+S, for a kiosk with a keyboard attached behind the desk. */
function isStaffShortcut(event: KeyboardEvent): boolean {
  return event.ctrlKey && event.altKey && !event.shiftKey && !event.metaKey && event.code === 'KeyS';
}

/**
 * Listens (without blocking any tap) for the staff entry: a ~3 s long press on the top-left
 * corner, or the keyboard shortcut. A short tap there does nothing, so a patient never notices.
 */
export function useStaffEntry(enabled: boolean, onRequest: () => void): void {
  const request = useRef(onRequest);
  request.current = onRequest;

  // A layout effect: the listeners are in place before the screen that enables them is painted,
  // so a press the moment the attract screen appears is never lost.
  useLayoutEffect(() => (enabled ? watchStaffEntry(document, () => request.current()) : undefined), [enabled]);
}

/** The gesture itself, on any event target (the document; a plain EventTarget in tests). Returns the stop function. */
export function watchStaffEntry(target: EventTarget, onRequest: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pressing: number | null = null;
  let pressedAt = 0;
  const inCorner = (event: PointerEvent) => event.clientX <= staffCornerPx && event.clientY <= staffCornerPx;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pressing = null;
  };
  const onDown = (event: PointerEvent) => {
    if (!inCorner(event)) return;
    cancel();
    pressing = event.pointerId;
    pressedAt = event.timeStamp;
    timer = setTimeout(() => {
      cancel();
      onRequest();
    }, staffLongPressMs);
  };
  const onMove = (event: PointerEvent) => {
    if (event.pointerId === pressing && !inCorner(event)) cancel();
  };
  const onUp = (event: PointerEvent) => {
    if (event.pointerId !== pressing) return;
    // On a busy machine the browser handles the release before an overdue timer; the event
    // times say how long the finger was really down.
    const heldLongEnough = event.type === 'pointerup' && event.timeStamp - pressedAt >= staffLongPressMs;
    cancel();
    if (heldLongEnough) onRequest();
  };
  const onKey = (event: KeyboardEvent) => {
    if (!isStaffShortcut(event)) return;
    event.preventDefault();
    onRequest();
  };
  const options = { capture: true, passive: true } as const;
  const listeners: readonly [string, EventListener, AddEventListenerOptions][] = [
    ['pointerdown', onDown as EventListener, options],
    ['pointermove', onMove as EventListener, options],
    ['pointerup', onUp as EventListener, options],
    ['pointercancel', onUp as EventListener, options],
    ['keydown', onKey as EventListener, { capture: true }],
  ];
  for (const [type, listener, listenerOptions] of listeners) target.addEventListener(type, listener, listenerOptions);
  return () => {
    cancel();
    for (const [type, listener, listenerOptions] of listeners) target.removeEventListener(type, listener, listenerOptions);
  };
}
