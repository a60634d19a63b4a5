/**
 * Bench figures of the assessment module: assessments per second on one core, and the work a
 * finished session does before its printout can be laid out (assess, summary model with its
 * compact FHIR payload, QR code), per session.
 */
import { performance } from 'node:perf_hooks';
import { paperSpecs } from '../../electron/core/printing/paper.ts';
import { qrSvg, qrSymbol, qrWidthMm } from '../../electron/core/printing/qr-symbol.ts';
import { paperSizes } from '../../shared/settings/kiosk-settings.ts';
import { summaryOfAnswers } from '../../shared/summary/sample-summary.ts';
import type { Answers } from '../../shared/questionnaire/questionnaire-types.ts';
import { median, percentile, type BenchFigure } from '../bench-figure.ts';
import { assessAnswersSeed, mulberry32, randomAnswers } from './random-answers.ts';
import { encodeQrText } from '../../electron/core/printing/qr-text.ts';
import { assessRatesInOwnProcess } from './assess-throughput.ts';

const target = 100_000;
const runs = 7;
const answerSets = 2_000;
const assessmentsPerRun = 200_000;
const sessions = 300;
const sessionWarmups = 20;

/** Assess → summary model (with the compact FHIR QuestionnaireResponse) → QR code SVG, timed per session. */
async function measureSessionBuild(inputs: readonly Answers[]): Promise<BenchFigure> {
  const times: number[] = [];
  const payloads: string[] = [];
  for (let i = 0; i < sessionWarmups + sessions; i += 1) {
    const answers = inputs[i % inputs.length] as Answers;
    const language = i % 2 === 0 ? 'en' : 'es';
    const start = performance.now();
    const summary = summaryOfAnswers(answers, language);
    const svg = await qrSvg(encodeQrText(summary.qrPayload));
    const elapsed = performance.now() - start;
    if (!svg.startsWith('<svg')) throw new Error('The QR code did not render as SVG');
    if (i < sessionWarmups) continue;
    times.push(elapsed);
    payloads.push(encodeQrText(summary.qrPayload));
  }
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const bytes = (payload: string) => new TextEncoder().encode(payload).byteLength;
  const payloadBytes = payloads.map(bytes);
  const bySize = [...payloads].sort((a, b) => bytes(a) - bytes(b));
  return {
    figure: 'assess + summary model + QR per session',
    unit: 'ms',
    target: 'report',
    value: round(median(times)),
    min: round(Math.min(...times)),
    max: round(Math.max(...times)),
    pass: true,
    note: `median of ${sessions} seeded random sessions, English and Spanish; p95 ${round(percentile(times, 95))} ms; QR payload median ${median(payloadBytes)} bytes, max ${Math.max(...payloadBytes)}; ${qrVersionsPerPaper(bySize[Math.floor(bySize.length / 2)] as string, bySize.at(-1) as string)}`,
  };
}

/** The QR version and error correction the median and the largest payload print as, per paper. */
function qrVersionsPerPaper(medianPayload: string, largestPayload: string): string {
  // Every layout prints the QR code qrWidthMm wide today; a paper-specific width would show here.
  const [median, largest] = [qrSymbol(medianPayload, qrWidthMm), qrSymbol(largestPayload, qrWidthMm)];
  const name = (symbol: ReturnType<typeof qrSymbol>) => `v${symbol.version}-${symbol.errorCorrectionLevel}`;
  const perPaper = paperSizes.map((size) => `${paperSpecs[size].size} ${name(median)}/${name(largest)}`).join(', ');
  return `QR symbol per paper (median/max payload): ${perPaper}; ${qrWidthMm} mm wide, modules ${median.moduleMm.toFixed(2)}/${largest.moduleMm.toFixed(2)} mm`;
}

export async function measureAssess(): Promise<BenchFigure[]> {
  const random = mulberry32(assessAnswersSeed);
  const inputs: Answers[] = Array.from({ length: answerSets }, () => randomAnswers(random));
  const rates = await assessRatesInOwnProcess(runs, assessmentsPerRun, answerSets);
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
      note: `median of ${runs} runs x ${assessmentsPerRun} over ${answerSets} seeded random answer sets, one core, in a Node process of its own`,
    },
    await measureSessionBuild(inputs),
  ];
}
