/**
 * Times `assessAnswers` in a Node process of its own and prints the rates as JSON. The bench
 * starts it after other modules have run: in the bench's own process their heap (Vite's build,
 * Playwright) and compiled code slowed the same loop by up to a quarter, run to run, which
 * measured the bench, not the assessment.
 *
 *   node --import tsx bench/figures/assess-throughput-process.ts <runs> <assessments per run> <answer sets>
 */
import { performance } from 'node:perf_hooks';
import { assessAnswers } from '../../shared/assessment/assess-answers.ts';
import type { Answers } from '../../shared/questionnaire/questionnaire-types.ts';
import { assessAnswersSeed, mulberry32, randomAnswers } from './random-answers.ts';

const [runs, perRun, answerSets] = process.argv.slice(2, 5).map(Number);
if (!runs || !perRun || !answerSets) throw new Error('usage: assess-throughput-process.ts <runs> <assessments per run> <answer sets>');

const random = mulberry32(assessAnswersSeed);
const inputs: Answers[] = Array.from({ length: answerSets }, () => randomAnswers(random));
// Warm up so the JIT has compiled the hot path before timing.
let sink = 0;
for (let i = 0; i < 50_000; i += 1) sink += assessAnswers(inputs[i % answerSets] as Answers).causes.length;

const rates: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const start = performance.now();
  for (let i = 0; i < perRun; i += 1) sink += assessAnswers(inputs[i % answerSets] as Answers).causes.length;
  rates.push(Math.round(perRun / ((performance.now() - start) / 1000)));
}
if (sink === 0) throw new Error('assessAnswers returned no causes');
process.stdout.write(`${JSON.stringify({ rates })}\n`);
