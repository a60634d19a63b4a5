/**
 * Which Chromium starts, and with which flags. The browser preview keeps Chromium's sandbox
 * wherever it can: `--no-sandbox` only as root (where Chromium will not start sandboxed), and then
 * the log says so. Headless work runs in Debian's headless shell when it is installed; headed work
 * always needs the desktop browser.
 */
import { describe, expect, it } from 'vitest';
import {
  chromiumArgs,
  chromiumExecutable,
  chromiumHeadlessShellPath,
  chromiumPath,
  chromiumSandbox,
  chromiumSandboxFlags,
} from '../../../electron/browser-shell/chromium.ts';

describe('Chromium sandbox decision', () => {
  it('a normal user keeps the sandbox: no --no-sandbox', () => {
    expect(chromiumSandboxFlags(false)).toEqual({ args: [], sandboxed: true });
  });

  it('root cannot have it: --no-sandbox, marked as unsandboxed (the shell then logs why)', () => {
    expect(chromiumSandboxFlags(true)).toEqual({ args: ['--no-sandbox'], sandboxed: false });
  });

  it('launches with exactly the flags the decision gives for this process', () => {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    expect(chromiumSandbox).toEqual(chromiumSandboxFlags(root));
    expect(chromiumArgs.includes('--no-sandbox')).toBe(root);
  });
});

describe('which Chromium', () => {
  const installed = (files: string[]) => (file: string) => files.includes(file);

  it('headless work runs in the headless shell when it is installed', () => {
    expect(chromiumExecutable(true, installed([chromiumPath, chromiumHeadlessShellPath]))).toBe('/usr/bin/chromium-headless-shell');
  });

  it('without the headless shell, headless work runs in the desktop Chromium', () => {
    expect(chromiumExecutable(true, installed([chromiumPath]))).toBe('/usr/bin/chromium');
  });

  it('a window on a display always needs the desktop Chromium, even where the headless shell is installed', () => {
    expect(chromiumExecutable(false, installed([chromiumPath, chromiumHeadlessShellPath]))).toBe('/usr/bin/chromium');
  });
});
