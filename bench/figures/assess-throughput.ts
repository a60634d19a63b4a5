/** Runs the `assessAnswers` timing loop in its own Node process (assess-throughput-process.ts) and reads its rates. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';
import { repoRoot } from '../bench-paths.ts';

const processScript = fileURLToPath(new URL('./assess-throughput-process.ts', import.meta.url));
const reportSchema = z.object({ rates: z.array(z.number().int().positive()).min(1) });

/** Assessments per second, one rate per run of `perRun` over `answerSets` seeded random answer sets. */
export async function assessRatesInOwnProcess(runs: number, perRun: number, answerSets: number): Promise<number[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', processScript, String(runs), String(perRun), String(answerSets)], {
    cwd: repoRoot,
    timeout: 5 * 60_000,
  });
  return reportSchema.parse(JSON.parse(stdout)).rates;
}
