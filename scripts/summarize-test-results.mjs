// Adds up vitest's and Playwright's JSON reports (plus failed build/typecheck/lint steps) into the
// one closing line CI reads: "N passed, N failed, N skipped". Exits 1 when anything failed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [dir = 'test-results', checksFailedArg = '0'] = process.argv.slice(2);
let passed = 0;
let failed = Number(checksFailedArg) || 0;
let skipped = 0;

function readReport(file, runner) {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  console.error(`${runner} produced no report`);
  failed += 1;
  return null;
}

const vitest = readReport(path.join(dir, 'vitest.json'), 'vitest');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  // A test file that fails to load has no failed test of its own: count the file.
  for (const file of vitest.testResults ?? []) {
    const anyFailed = (file.assertionResults ?? []).some((test) => test.status === 'failed');
    if (file.status === 'failed' && !anyFailed) failed += 1;
  }
  if ((vitest.numTotalTests ?? 0) === 0) failed += 1;
}

// The parallel e2e run, then the serial one (scripts/test.sh).
for (const report of ['playwright.json', 'playwright-serial.json']) {
  const playwright = readReport(path.join(dir, report), `Playwright (${report})`);
  if (!playwright) continue;
  const stats = playwright.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  failed += (playwright.errors ?? []).length; // e.g. a spec that does not compile
  if ((stats.expected ?? 0) + (stats.unexpected ?? 0) + (stats.flaky ?? 0) === 0) failed += 1;
}

const line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync(path.join(dir, 'summary.txt'), `${line}\n`);
console.log(line);
process.exit(failed > 0 ? 1 : 0);
