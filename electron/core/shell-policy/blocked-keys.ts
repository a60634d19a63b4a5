/**
 * The keys a patient must not be able to use on the kiosk, as data. The Electron shell applies
 * this table in `before-input-event`; the table and its matcher are plain so they are tested
 * without Electron. Ctrl and Cmd are treated alike on every platform: a kiosk keyboard may be
 * either, and neither has a legitimate use here.
 */

/** The fields of Electron's `Input` the filter reads (structural, so no `electron` import). */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly code?: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

export interface BlockedKey {
  /** `KeyboardEvent.key` values, compared case-insensitively. */
  readonly keys: readonly string[];
  /** `KeyboardEvent.code` values that also match (numpad and layout variants). */
  readonly codes?: readonly string[];
  /** Required modifiers; a modifier not listed is ignored (so Ctrl+Shift+R is blocked like Ctrl+R). */
  readonly ctrlOrCmd?: true;
  readonly shift?: true;
  readonly alt?: true;
  readonly why: string;
}

export const blockedKeys: readonly BlockedKey[] = [
  { keys: ['w'], codes: ['KeyW'], ctrlOrCmd: true, why: 'closes the window' },
  { keys: ['q'], codes: ['KeyQ'], ctrlOrCmd: true, why: 'quits the app' },
  { keys: ['r'], codes: ['KeyR'], ctrlOrCmd: true, why: 'reloads the page (and loses the session mid-way)' },
  { keys: ['i'], codes: ['KeyI'], ctrlOrCmd: true, shift: true, why: 'opens the developer tools' },
  { keys: ['i'], codes: ['KeyI'], ctrlOrCmd: true, alt: true, why: 'opens the developer tools (macOS)' },
  { keys: ['p'], codes: ['KeyP'], ctrlOrCmd: true, why: 'opens the system print dialog' },
  { keys: ['+', '='], codes: ['Equal', 'NumpadAdd'], ctrlOrCmd: true, why: 'zooms in' },
  { keys: ['-', '_'], codes: ['Minus', 'NumpadSubtract'], ctrlOrCmd: true, why: 'zooms out' },
  { keys: ['0'], codes: ['Digit0', 'Numpad0'], ctrlOrCmd: true, why: 'resets the zoom' },
  { keys: ['F5'], codes: ['F5'], why: 'reloads the page' },
  { keys: ['F11'], codes: ['F11'], why: 'leaves full screen' },
  { keys: ['F12'], codes: ['F12'], why: 'opens the developer tools' },
  { keys: ['F4'], codes: ['F4'], alt: true, why: 'closes the window (Windows)' },
];

function matches(entry: BlockedKey, input: KeyInput): boolean {
  if (entry.ctrlOrCmd && !(input.control || input.meta)) return false;
  if (entry.shift && !input.shift) return false;
  if (entry.alt && !input.alt) return false;
  const key = input.key.toLowerCase();
  return entry.keys.some((candidate) => candidate.toLowerCase() === key) || (input.code !== undefined && (entry.codes ?? []).includes(input.code));
}

/** The table entry that blocks this key press, or null when the page may have it. */
export function blockedKeyFor(input: KeyInput): BlockedKey | null {
  return blockedKeys.find((entry) => matches(entry, input)) ?? null;
}
