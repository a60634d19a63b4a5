import { defineConfig } from 'vitest/config';

// Unit and service tests live under tests/unit, mirroring the source tree; end-to-end tests
// (tests/e2e) run under Playwright instead.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
