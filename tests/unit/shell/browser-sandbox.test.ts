/**
 * The browser preview keeps Chromium's sandbox wherever it can: `--no-sandbox` only as root (where
 * Chromium will not start sandboxed), and then the log says so. Both branches of the decision, and
 * the flags this process really launches Chromium with.
 */
import { describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumSandbox, chromiumSandboxFlags } from '../../../electron/browser-shell/browser-shell.ts';

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
