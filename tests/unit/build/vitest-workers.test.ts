/**
 * How many test files vitest runs at once. Its default is one less than the cores, which on the
 * 2-core build machine is a single worker: `npm test`'s vitest step then left the CPU 46% idle
 * while integration tests waited on the processes, CUPS jobs and browsers they start.
 */
import { availableParallelism } from 'node:os';
import { expect, it } from 'vitest';
import config from '../../../vitest.config.ts';

it('vitest runs as many test files at once as the machine has cores', () => {
  expect(config.test?.maxWorkers).toBe(availableParallelism());
});
