import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createIpcRouter, type IpcHandlers } from '../../../../electron/core/ipc/ipc-router.ts';
import { KioskError } from '../../../../electron/core/kiosk-error.ts';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';
import { ipcChannels } from '../../../../shared/ipc/ipc-channels.ts';
import { defaultKioskSettings } from '../../../../shared/settings/kiosk-settings.ts';

function setup(overrides: Partial<Record<string, (request: never) => unknown>> = {}) {
  const calls: { channel: string; request: unknown }[] = [];
  const handlers = Object.fromEntries(
    ipcChannels.map((channel) => [
      channel,
      (request: unknown) => {
        calls.push({ channel, request });
        const override = overrides[channel];
        if (override) return override(request as never);
        throw new Error(`no handler for ${channel} in this test`);
      },
    ]),
  ) as unknown as IpcHandlers;
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
  const router = createIpcRouter(handlers, createStreamLogger(stream));
  return { router, calls, lines: () => lines.join('\n') };
}

describe('IPC router', () => {
  it('parses the request, calls the handler with the parsed data, and returns the parsed reply', async () => {
    const { router, calls } = setup({ 'session:record': () => ({ recorded: true }) });
    const reply = await router.handle('session:record', { event: 'started' });
    expect(reply).toEqual({ ok: true, value: { recorded: true } });
    expect(calls).toEqual([{ channel: 'session:record', request: { event: 'started' } }]);
  });

  it('rejects a malformed payload with a typed error, never reaching the handler, and logs no values', async () => {
    const { router, calls, lines } = setup({ 'print:submit': () => ({ jobId: 'x-1', printer: 'x' }) });
    const sentinel = 'lower-back-sentinel-7731';
    const reply = await router.handle('print:submit', { answers: { where: [sentinel.toUpperCase()] }, language: 'en' });
    expect(reply).toEqual({ ok: false, error: { code: 'bad-request', message: expect.any(String) } });
    expect(calls).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines()).toContain('ipc request rejected');
    expect(lines().toLowerCase()).not.toContain(sentinel);
  });

  it.each([undefined, null, 42, 'text', [], { event: 'started', extra: true }, { event: 'hacked' }])(
    'answers %j on a typed channel with bad-request',
    async (payload) => {
      const { router, calls } = setup({ 'session:record': () => ({ recorded: true }) });
      const reply = await router.handle('session:record', payload);
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.code).toBe('bad-request');
      expect(calls).toHaveLength(0);
    },
  );

  it('answers an unknown channel with unknown-channel', async () => {
    const { router, calls } = setup();
    for (const channel of ['print:everything', '', 42, null, { toString: () => 'print:submit' }]) {
      const reply = await router.handle(channel, {});
      expect(reply).toEqual({ ok: false, error: { code: 'unknown-channel', message: expect.any(String) } });
    }
    expect(calls).toHaveLength(0);
  });

  it("turns a service's KioskError into the same typed error", async () => {
    const { router } = setup({
      'print:status': () => {
        throw new KioskError('print-system-down', 'The print system (CUPS) is not running.');
      },
    });
    expect(await router.handle('print:status', { jobId: 'KioskPDF-1' })).toEqual({
      ok: false,
      error: { code: 'print-system-down', message: 'The print system (CUPS) is not running.' },
    });
  });

  it('hides an unexpected crash behind a calm internal error', async () => {
    const { router, lines } = setup({
      'kiosk:get-config': () => {
        throw new TypeError('cannot read properties of undefined (secret detail)');
      },
    });
    const reply = await router.handle('kiosk:get-config', {});
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong inside the kiosk.' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines()).toContain('ipc handler crashed');
  });

  it('refuses to send a reply that breaks the contract', async () => {
    const { router } = setup({ 'kiosk:get-config': () => ({ settings: { ...defaultKioskSettings, idleSeconds: -1 }, preview: true }) });
    const reply = await router.handle('kiosk:get-config', {});
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
  });
});
