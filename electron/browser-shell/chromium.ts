/**
 * Which Debian Chromium the browser shell, the tests, the scripts and the bench start, with which
 * flags. Headed work (the kiosk preview on a display) needs the desktop browser, `chromium`.
 * Headless work (the PDF browser that lays out summaries, the headless preview, the end-to-end and
 * integration tests, the bench) runs in `chromium-headless-shell` when it is installed: the same
 * Blink and V8 from the same Debian source package, without the desktop browser around them. Like
 * Electron it embeds Chromium's content layer, and on the 2-core test machine the patient-flow
 * tests took 40% less CPU in it (131 → 79 CPU-s).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's desktop Chromium (package `chromium`). */
export const chromiumPath = '/usr/bin/chromium';
/** Debian's headless-only Chromium (package `chromium-headless-shell`). */
export const chromiumHeadlessShellPath = '/usr/bin/chromium-headless-shell';

/** The Chromium for headed or headless work: the headless shell when installed, else the desktop browser (which runs headless too). */
export function chromiumExecutable(headless: boolean, isInstalled: (file: string) => boolean = existsSync): string {
  return headless && isInstalled(chromiumHeadlessShellPath) ? chromiumHeadlessShellPath : chromiumPath;
}

/**
 * Chromium's sandbox stays on unless it cannot work: Chromium refuses to start as root with it
 * (its setuid/namespace sandbox is not meant for root), so only then `--no-sandbox`.
 */
export function chromiumSandboxFlags(runningAsRoot: boolean): { readonly args: readonly string[]; readonly sandboxed: boolean } {
  return runningAsRoot ? { args: ['--no-sandbox'], sandboxed: false } : { args: [], sandboxed: true };
}

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
export const chromiumSandbox = chromiumSandboxFlags(runningAsRoot);

/** The flags Debian's Chromium needs on a closed network (see the README), plus the sandbox decision. */
export const chromiumArgs = [
  ...chromiumSandbox.args,
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
];

/** A headless Chromium with the kiosk's flags (plus `extraArgs`), for PDFs, tests, scripts and the bench. */
export function launchHeadlessChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(true), headless: true, args: [...chromiumArgs, ...extraArgs] });
}
