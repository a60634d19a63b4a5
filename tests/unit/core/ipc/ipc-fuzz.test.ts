/**
 * IPC fuzzing: 10,000 random and malformed payloads across every channel of the REAL router,
 * built by createMainCore with real services in a temp data folder. The handler table is
 * observed by wrapping (createMainCore's `wrapHandlers`), never by replacing the router.
 *
 *  - the router never throws: every call resolves to a typed result envelope
 *  - every invalid payload is rejected with a typed error and reaches no handler
 *  - a valid payload reaches its handler once, with exactly the parsed data
 *
 * "Valid" is what the channel's contract schema accepts; the families built to be invalid
 * (unknown channels, non-objects, extra keys, hostile field values) are also checked to be
 * invalid on their own terms, so the oracle is not the only judge.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Browser } from 'playwright-core';
import { launchHeadlessChromium } from '../../../../electron/browser-shell/chromium.ts';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannels, isIpcChannel, type IpcChannel } from '../../../../shared/ipc/ipc-channels.ts';
import { ipcContract } from '../../../../shared/ipc/ipc-contract.ts';
import { ipcErrorCodes, ipcResultSchema } from '../../../../shared/ipc/ipc-result.ts';
import { createChromiumPdfRenderer } from '../../../../electron/browser-shell/chromium-pdf-renderer.ts';
import type { IpcHandlers } from '../../../../electron/core/ipc/ipc-router.ts';
import { createStreamLogger } from '../../../../electron/core/logging/logger.ts';
import { createMainCore, type MainCore } from '../../../../electron/core/main-core.ts';

const runs = 10_000;

let dataDir: string;
let core: MainCore;
let browser: Promise<Browser> | null = null;
const logLines: string[] = [];
const exitRequests: number[] = [];
/** Every time a handler was reached: the channel and the data it was given. */
const reached: Array<{ channel: IpcChannel; request: unknown }> = [];

function observe(handlers: IpcHandlers): IpcHandlers {
  const observed: Record<string, (request: unknown) => unknown> = {};
  for (const channel of ipcChannels) {
    const handler = handlers[channel] as (request: unknown) => unknown;
    observed[channel] = (request: unknown) => {
      reached.push({ channel, request });
      return handler(request);
    };
  }
  return observed as unknown as IpcHandlers;
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-ipc-fuzz-'));
  const stream = new PassThrough();
  stream.setEncoding('utf8').on('data', (chunk: string) => logLines.push(...chunk.split('\n').filter(Boolean)));
  core = createMainCore({
    dataDir,
    preview: false,
    // Real Chromium, launched only if a valid print ever gets through.
    pdf: createChromiumPdfRenderer(() => (browser ??= launchHeadlessChromium())),
    logger: createStreamLogger(stream, 'info'),
    // A queue that does not exist: nothing the fuzzer sends may reach paper.
    initialSettings: { printer: 'KioskPDFShellFuzzNoSuchQueue' },
    provisionFile: path.join(dataDir, 'no-provision.json'),
    requestExit: () => exitRequests.push(Date.now()),
    wrapHandlers: observe,
  });
});

afterAll(async () => {
  await core.close();
  if (browser) await (await browser).close();
  rmSync(dataDir, { recursive: true, force: true });
});

const requestSchema = (channel: IpcChannel) => ipcContract[channel].request as z.ZodType;
const shapeKeys = (channel: IpcChannel) => Object.keys((ipcContract[channel].request as unknown as z.ZodObject).shape);

const knownChannel = fc.constantFrom(...ipcChannels);
/** Values no field in the contract takes (no field is a bigint, a symbol, a function, NaN or a Map). */
const hostileValue = fc.oneof(
  fc.bigInt(),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(Symbol('fuzz')),
  fc.constant(() => 'fuzz'),
  fc.constant(new Map([['a', 1]])),
  fc.constant(new Set([1])),
);

type Case = { family: string; channel: unknown; payload: unknown; mustBeInvalid: boolean };

const families: fc.Arbitrary<Case> = fc.oneof(
  // An unknown channel, with anything as payload.
  fc
    .record({
      channel: fc.oneof(fc.string(), fc.anything(), fc.constantFrom('print:Submit', 'print:submit ', '__proto__', 'constructor', 'kiosk:get-config\u0000')),
      payload: fc.anything(),
    })
    .filter(({ channel }) => !isIpcChannel(channel))
    .map(({ channel, payload }) => ({ family: 'unknown-channel', channel, payload, mustBeInvalid: true })),
  // A known channel with a payload that is not an object at all (null and undefined mean "{}").
  fc
    .record({
      channel: knownChannel,
      payload: fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.bigInt(), fc.array(fc.anything(), { maxLength: 5 })),
    })
    .map(({ channel, payload }) => ({ family: 'not-an-object', channel, payload, mustBeInvalid: true })),
  // The right keys plus one the contract does not know (every request schema is strict).
  fc
    .record({ channel: knownChannel, extraKey: fc.string({ minLength: 1, maxLength: 20 }), extraValue: fc.anything() })
    .filter(({ channel, extraKey }) => !shapeKeys(channel).includes(extraKey) && extraKey !== '__proto__')
    .map(({ channel, extraKey, extraValue }) => ({
      family: 'extra-key',
      channel,
      payload: { ...Object.fromEntries(shapeKeys(channel).map((key) => [key, 'x'])), [extraKey]: extraValue },
      mustBeInvalid: true,
    })),
  // Every key present, one of them hostile.
  fc
    .record({ channel: knownChannel.filter((channel) => shapeKeys(channel).length > 0), pick: fc.nat(), value: hostileValue })
    .map(({ channel, pick, value }) => {
      const keys = shapeKeys(channel);
      const payload: Record<string, unknown> = Object.fromEntries(keys.map((key) => [key, 'x']));
      payload[keys[pick % keys.length] as string] = value;
      return { family: 'hostile-field', channel, payload, mustBeInvalid: true };
    }),
  // Prototype pollution attempts.
  fc.record({ channel: knownChannel, inner: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 3 }) }).map(({ channel, inner }) => ({
    family: 'proto-pollution',
    channel,
    payload: JSON.parse(`{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"extra":${JSON.stringify(inner)}}`) as unknown,
    mustBeInvalid: true,
  })),
  // Anything at all, on a known channel: judged by the contract.
  fc
    .record({
      channel: knownChannel,
      payload: fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        maxDepth: 4,
      }),
    })
    .map(({ channel, payload }) => ({ family: 'anything', channel, payload, mustBeInvalid: false })),
  // Well-formed requests for the open channels, with random field values: judged by the contract.
  fc
    .oneof(
      fc.constant<[IpcChannel, unknown]>(['kiosk:get-config', {}]),
      fc.constant<[IpcChannel, unknown]>(['kiosk:get-config', undefined]),
      fc.constant<[IpcChannel, unknown]>(['staff:status', {}]),
      fc.constantFrom('started', 'finished', 'timed-out', 'red-flag', 'begun', '').map((event): [IpcChannel, unknown] => ['session:record', { event }]),
      fc.string({ maxLength: 200 }).map((jobId): [IpcChannel, unknown] => ['print:status', { jobId }]),
      fc.stringMatching(/^[0-9]{2,10}$/).map((pin): [IpcChannel, unknown] => ['staff:unlock', { pin }]),
      fc.string({ minLength: 40, maxLength: 46 }).map((staffToken): [IpcChannel, unknown] => ['staff:get-counts', { staffToken }]),
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((staffToken): [IpcChannel, unknown] => ['staff:exit-kiosk', { staffToken }]),
    )
    .map(([channel, payload]) => ({ family: 'well-formed', channel, payload, mustBeInvalid: false })),
);

describe('IPC fuzzing of the real router', () => {
  it(`answers ${runs.toLocaleString('en-US')} random and malformed calls with typed results, and no invalid call reaches a handler`, async () => {
    const envelope = ipcResultSchema(z.unknown());
    const stats = { invalid: 0, valid: 0, byFamily: {} as Record<string, number> };

    await fc.assert(
      fc.asyncProperty(families, async ({ family, channel, payload, mustBeInvalid }) => {
        stats.byFamily[family] = (stats.byFamily[family] ?? 0) + 1;
        const parsed = isIpcChannel(channel) ? requestSchema(channel).safeParse(payload ?? {}) : null;
        const valid = parsed?.success === true;
        if (mustBeInvalid) expect(valid, `${family} built an invalid payload the contract accepts`).toBe(false);

        const reachedBefore = reached.length;
        const result = await core.router.handle(channel, payload);

        expect(envelope.safeParse(result).success).toBe(true);
        if (!result.ok) expect(ipcErrorCodes).toContain(result.error.code);
        if (!valid) {
          stats.invalid += 1;
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe(isIpcChannel(channel) ? 'bad-request' : 'unknown-channel');
          expect(reached.length).toBe(reachedBefore);
        } else {
          stats.valid += 1;
          expect(reached.length).toBe(reachedBefore + 1);
          expect(reached.at(-1)).toEqual({ channel, request: parsed?.data });
        }
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: runs, seed: Number(process.env['BACKTALK_FUZZ_SEED'] ?? Date.now() % 2 ** 31) },
    );

    expect(stats.invalid + stats.valid).toBe(runs);
    // Both paths were really exercised.
    expect(stats.invalid).toBeGreaterThan(runs / 2);
    expect(stats.valid).toBeGreaterThan(100);
    // No handler ever threw something unplanned, and nobody quit the kiosk without a staff session.
    expect(logLines.filter((line) => line.includes('ipc handler crashed'))).toEqual([]);
    expect(exitRequests).toEqual([]);
    console.info(`ipc fuzz: ${stats.invalid} invalid rejected, ${stats.valid} valid handled`, stats.byFamily);
  }, 240_000);

  it('has only strict object request schemas (what the "extra key" and "not an object" families rely on)', () => {
    for (const channel of ipcChannels) {
      const schema = requestSchema(channel);
      expect(schema.safeParse('x').success, channel).toBe(false);
      expect(schema.safeParse({ ...Object.fromEntries(shapeKeys(channel).map((k) => [k, 'x'])), zzUnknown: 1 }).success, channel).toBe(false);
    }
  });
});
