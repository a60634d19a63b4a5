#!/usr/bin/env bash
# npm test: every check and every test, on a fresh machine too.
#   system parts → build → typecheck → lint → unit/service tests (vitest) → end-to-end (Playwright)
# Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
results=test-results
mkdir -p "$results"
rm -f "$results"/vitest.json "$results"/playwright*.json "$results"/checks.json

bash scripts/system-deps.sh test || exit 1
bash scripts/cups-test-setup.sh || exit 1
[ -d node_modules ] || npm ci || exit 1

checks_failed=0
step() {
  local name="$1"; shift
  echo "── $name"
  if "$@"; then echo "ok: $name"; else echo "FAILED: $name"; checks_failed=$((checks_failed + 1)); fi
}
step build npm run --silent build
step typecheck npm run --silent typecheck
step lint npm run --silent lint

echo "── unit and service tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"
echo "── end-to-end tests (Playwright, browser shell, real CUPS), in parallel workers"
BACKTALK_PW_JSON="$PWD/$results/playwright.json" npx playwright test --config tests/e2e/playwright.config.ts --project parallel-first --project parallel
# Then the files that stop cupsd or rebuild dist/, alone, whatever the parallel ones gave.
echo "── end-to-end tests that change what every worker shares, one at a time"
BACKTALK_PW_JSON="$PWD/$results/playwright-serial.json" npx playwright test --config tests/e2e/playwright.config.ts --project serial --no-deps

node scripts/summarize-test-results.mjs "$results" "$checks_failed"
