/**
 * Watches for touches and keys; calls `onIdle` after `idleMs` without any. Plain class so the
 * flow can pause it (attract screen) and tests can reason about it.
 */
export class IdleTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

  constructor(
    private readonly target: EventTarget,
    private readonly idleMs: number,
    private readonly onIdle: () => void,
  ) {}

  private readonly onActivity = (): void => {
    this.arm();
  };

  start(): void {
    for (const type of this.activityEvents) this.target.addEventListener(type, this.onActivity, { capture: true, passive: true });
    this.arm();
  }

  stop(): void {
    for (const type of this.activityEvents) this.target.removeEventListener(type, this.onActivity, { capture: true });
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(this.onIdle, this.idleMs);
  }
}
