#!/usr/bin/env bash
# npm test: every check and every test, on a fresh machine too.
#   system parts → build → unit/service tests (vitest), beside typecheck and lint → end-to-end (Playwright)
# Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
results=test-results
mkdir -p "$results"
rm -f "$results"/vitest.json "$results"/playwright*.json "$results"/checks.json "$results"/checks.log "$results"/checks-failed

bash scripts/system-deps.sh test || exit 1
bash scripts/cups-test-setup.sh || exit 1
[ -d node_modules ] || npm ci || exit 1

checks_failed=0
step() {
  local name="$1" started=$SECONDS; shift
  echo "── $name"
  if "$@"; then echo "ok: $name ($((SECONDS - started)) s)"; else echo "FAILED: $name ($((SECONDS - started)) s)"; checks_failed=$((checks_failed + 1)); fi
}
step build npm run --silent build

# The type check and the linters run beside vitest, their output held until it is done: ESLint's
# type-aware pass keeps one core busy for most of a minute while the other waits, and vitest's
# integration tests wait on the processes, CUPS jobs and browsers they start.
( checks_failed=0
  step typecheck npm run --silent typecheck
  step lint npm run --silent lint
  echo "$checks_failed" > "$results/checks-failed" ) > "$results/checks.log" 2>&1 &
checks_pid=$!

echo "── unit and service tests (vitest), beside the type check and lint"
started=$SECONDS
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"
echo "vitest: $((SECONDS - started)) s"
wait "$checks_pid"
cat "$results/checks.log"
checks_failed=$((checks_failed + $(cat "$results/checks-failed" 2>/dev/null || echo 1)))
echo "── end-to-end tests (Playwright, browser shell, real CUPS), in parallel workers"
BACKTALK_PW_JSON="$PWD/$results/playwright.json" npx playwright test --config tests/e2e/playwright.config.ts --project parallel-first --project parallel
# Then the files that stop cupsd or rebuild dist/, alone, whatever the parallel ones gave.
echo "── end-to-end tests that change what every worker shares, one at a time"
BACKTALK_PW_JSON="$PWD/$results/playwright-serial.json" npx playwright test --config tests/e2e/playwright.config.ts --project serial --no-deps

node scripts/summarize-test-results.mjs "$results" "$checks_failed"
