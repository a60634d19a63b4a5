/**
 * Closing the kiosk window is refused unless staff chose "exit" (a patient's Alt+F4 or a window
 * manager's close button must not end the kiosk).
 */
export interface ExitGate {
  /** Called from the staff "exit" action, just before quitting. */
  allowExit(): void;
  /** For the window's `close` event: true when the close must be cancelled. */
  shouldCancelClose(): boolean;
}

export function createExitGate(): ExitGate {
  let allowed = false;
  return {
    allowExit() {
      allowed = true;
    },
    shouldCancelClose() {
      return !allowed;
    },
  };
}
