/**
 * The hidden staff entry: a 3 s press in the top-left corner, or Ctrl+Alt+S. A patient's short
 * tap, a press elsewhere, or a finger that slides away never opens the PIN pad.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { staffCornerPx, staffLongPressMs, watchStaffEntry } from '../../../../renderer/features/staff/use-staff-entry.ts';

/** A pointer or key event as the browser would dispatch it (Node has Event, not PointerEvent). */
function pointer(type: string, at: { x: number; y: number; id?: number; time: number }): Event {
  const event = new Event(type);
  Object.defineProperties(event, {
    clientX: { value: at.x },
    clientY: { value: at.y },
    pointerId: { value: at.id ?? 1 },
    timeStamp: { value: at.time },
  });
  return event;
}
function key(code: string, modifiers: { ctrlKey?: boolean; altKey?: boolean; shiftKey?: boolean }): Event {
  const event = new Event('keydown', { cancelable: true });
  Object.defineProperties(event, {
    code: { value: code },
    ctrlKey: { value: !!modifiers.ctrlKey },
    altKey: { value: !!modifiers.altKey },
    shiftKey: { value: !!modifiers.shiftKey },
    metaKey: { value: false },
  });
  return event;
}

let target: EventTarget;
let onRequest: ReturnType<typeof vi.fn<() => void>>;
let stop: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  target = new EventTarget();
  onRequest = vi.fn<() => void>();
  stop = watchStaffEntry(target, onRequest);
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('staff entry gesture', () => {
  it('a press held 3 s in the corner opens the PIN pad, once', () => {
    target.dispatchEvent(pointer('pointerdown', { x: 10, y: 10, time: 0 }));
    vi.advanceTimersByTime(staffLongPressMs - 1);
    expect(onRequest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onRequest).toHaveBeenCalledTimes(1);
    target.dispatchEvent(pointer('pointerup', { x: 10, y: 10, time: staffLongPressMs + 50 }));
    expect(onRequest).toHaveBeenCalledTimes(1);
  });

  it('a short tap in the corner does nothing', () => {
    target.dispatchEvent(pointer('pointerdown', { x: 10, y: 10, time: 0 }));
    target.dispatchEvent(pointer('pointerup', { x: 10, y: 10, time: 300 }));
    vi.advanceTimersByTime(10_000);
    expect(onRequest).not.toHaveBeenCalled();
  });

  it('a long press outside the corner, or one that slides out of it, does nothing', () => {
    target.dispatchEvent(pointer('pointerdown', { x: staffCornerPx + 1, y: 10, time: 0 }));
    vi.advanceTimersByTime(10_000);
    target.dispatchEvent(pointer('pointerdown', { x: 10, y: 10, time: 20_000 }));
    target.dispatchEvent(pointer('pointermove', { x: 400, y: 300, time: 20_500 }));
    vi.advanceTimersByTime(10_000);
    expect(onRequest).not.toHaveBeenCalled();
  });

  it('on a busy machine, a release after 3 s counts even if the timer has not fired yet', () => {
    target.dispatchEvent(pointer('pointerdown', { x: 10, y: 10, time: 1_000 }));
    target.dispatchEvent(pointer('pointerup', { x: 10, y: 10, time: 1_000 + staffLongPressMs }));
    expect(onRequest).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(onRequest).toHaveBeenCalledTimes(1);
  });

  it('Ctrl+Alt+S opens it; S alone or with Shift does not', () => {
    target.dispatchEvent(key('KeyS', {}));
    target.dispatchEvent(key('KeyS', { ctrlKey: true, altKey: true, shiftKey: true }));
    expect(onRequest).not.toHaveBeenCalled();
    const shortcut = key('KeyS', { ctrlKey: true, altKey: true });
    target.dispatchEvent(shortcut);
    expect(onRequest).toHaveBeenCalledTimes(1);
    expect(shortcut.defaultPrevented).toBe(true);
  });

  it('stops listening when stopped (staff mode open, or a patient screen)', () => {
    stop();
    target.dispatchEvent(pointer('pointerdown', { x: 10, y: 10, time: 0 }));
    vi.advanceTimersByTime(10_000);
    target.dispatchEvent(key('KeyS', { ctrlKey: true, altKey: true }));
    expect(onRequest).not.toHaveBeenCalled();
  });
});
