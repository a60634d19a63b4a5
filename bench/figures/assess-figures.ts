/** Bench figures of the assessment module: assessments per second on one core. */
import { performance } from 'node:perf_hooks';
import { assessAnswers } from '../../shared/assessment/assess-answers.ts';
import type { Answers } from '../../shared/questionnaire/questionnaire-types.ts';
import { median, type BenchFigure } from '../bench-figure.ts';
import { mulberry32, randomAnswers } from './random-answers.ts';

const target = 100_000;
const runs = 7;
const answerSets = 2_000;
const assessmentsPerRun = 200_000;

export async function measureAssess(): Promise<BenchFigure[]> {
  const random = mulberry32(20_260_401);
  const inputs: Answers[] = Array.from({ length: answerSets }, () => randomAnswers(random));
  // Warm up so the JIT has compiled the hot path before timing.
  let sink = 0;
  for (let i = 0; i < 50_000; i += 1) sink += assessAnswers(inputs[i % answerSets] as Answers).causes.length;

  const rates: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    for (let i = 0; i < assessmentsPerRun; i += 1) sink += assessAnswers(inputs[i % answerSets] as Answers).causes.length;
    const seconds = (performance.now() - start) / 1000;
    rates.push(Math.round(assessmentsPerRun / seconds));
  }
  if (sink === 0) throw new Error('assessAnswers returned no causes');
  const value = median(rates);
  return [
    {
      figure: 'assess',
      unit: 'assessments/s',
      target: `>= ${target}`,
      value,
      min: Math.min(...rates),
      max: Math.max(...rates),
      pass: value >= target,
      note: `median of ${runs} runs x ${assessmentsPerRun} over ${answerSets} seeded random answer sets, one core`,
    },
  ];
}
