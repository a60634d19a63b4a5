/** The patient screens' idle timer, on a plain EventTarget with fake time: fast and exact. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer } from '../../../../renderer/app/idle/idle-timer.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('IdleTimer', () => {
  it('calls onIdle once after the idle time with no touch', () => {
    const onIdle = vi.fn();
    new IdleTimer(new EventTarget(), 90_000, onIdle).start();
    vi.advanceTimersByTime(89_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('starts the wait again on every touch, key, wheel or touchstart', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    new IdleTimer(target, 10_000, onIdle).start();
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
      vi.advanceTimersByTime(9_000);
      target.dispatchEvent(new Event(type));
    }
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(9_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('other events do not count as activity (a screen that only animates still times out)', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    new IdleTimer(target, 10_000, onIdle).start();
    vi.advanceTimersByTime(9_000);
    target.dispatchEvent(new Event('pointermove'));
    target.dispatchEvent(new Event('animationend'));
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('stop() cancels the wait and stops listening', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    const timer = new IdleTimer(target, 10_000, onIdle);
    timer.start();
    timer.stop();
    target.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
