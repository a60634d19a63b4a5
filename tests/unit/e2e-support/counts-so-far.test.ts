/**
 * The e2e tests' count of what a kiosk did during a test holds across midnight: the real counter
 * store on a real file, its clock moved past midnight between sessions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCounterStore } from '../../../electron/core/counters/counter-store.ts';
import { createStreamLogger } from '../../../electron/core/logging/logger.ts';
import { countsSoFar } from '../../e2e/support/counts-so-far.ts';

const logger = createStreamLogger(new Writable({ write: (_chunk, _encoding, done) => done() }));
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'backtalk-counts-so-far-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

it('adds up the sessions on both sides of midnight, where today() sees only the later ones', async () => {
  let now = new Date(2026, 11, 1, 23, 58);
  const counters = createCounterStore({ dataDir, logger, now: () => now });
  for (let session = 0; session < 3; session++) counters.increment('started');
  counters.increment('redFlags');
  now = new Date(2026, 11, 2, 0, 1);
  for (let session = 0; session < 2; session++) counters.increment('started');
  await counters.flush();

  expect(counters.today()).toMatchObject({ started: 2, redFlags: 0 });
  expect(countsSoFar(counters)).toMatchObject({ started: 5, redFlags: 1, finished: 0 });
  // From the file too, as a kiosk started again the next morning would read it.
  expect(countsSoFar(createCounterStore({ dataDir, logger, now: () => now }))).toMatchObject({ started: 5, redFlags: 1 });
});
