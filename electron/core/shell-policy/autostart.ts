/**
 * Windows autostart is a login item the app registers for the kiosk user. Clinic IT turns it on
 * (or off) once with `Backtalk.exe --autostart=on|off`; the app records it and exits. Linux uses
 * the desktop entry or systemd user unit shipped in build/linux/ instead (see docs/INSTALL.md).
 */
export type AutostartRequest = { readonly openAtLogin: boolean } | null;

export function parseAutostartRequest(argv: readonly string[]): AutostartRequest {
  for (const arg of argv) {
    const match = /^--autostart=(on|off)$/.exec(arg);
    if (match) return { openAtLogin: match[1] === 'on' };
  }
  return null;
}
