// ESLint (run by `npm run lint`, beside dependency-cruiser's layer rules in build/dependency-cruiser.cjs).
// Type-aware typescript-eslint `strictTypeChecked` everywhere (floating promises, unsafe `any`),
// React hooks rules and jsx-a11y for the renderer. Each disabled rule says why in one line.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { defineConfig } from 'eslint/config';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'docs/', '.tmp/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      // The project service picks each file's tsconfig (shared, electron, renderer, tests: the last
      // also covers scripts/, build/ and bench/), so the lint sees the same types as `tsc -b`.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers and booleans in template strings read fine (`${count} jobs`); objects are still caught.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `if (!ok) return setFailed(true);` is the house's early exit; tsc already rejects using a void value.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // A leading underscore names a value dropped on purpose (`const { pin: _pin, ...rest } = request`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `async` on a method that implements a Promise-returning interface turns its throws into rejections.
      '@typescript-eslint/require-await': 'off',
      // Answers and day counts are plain zod-parsed Records (they are serialised): deleting a key drops an entry.
      '@typescript-eslint/no-dynamic-delete': 'off',
      // Interfaces that mirror Electron's per-event overloads keep one per event, or Electron's own type no longer fits them.
      '@typescript-eslint/unified-signatures': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Tests: a wrong `!` fails the test, which is the point; vitest's asymmetric matchers
    // (`expect.any`, `expect.objectContaining`) and JSON.parse of a CLI's output are typed `any`,
    // and the test asserts on them next. Tests also guard what the types do not model (spawnSync's
    // stdout is null when a tool is missing), and Playwright fixtures must destructure `{}`.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'no-empty-pattern': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Plain JavaScript (build scripts, CommonJS configs) is in no tsconfig: lint it without types.
    files: ['**/*.{js,mjs,cjs,mts}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      // CommonJS config files must `require`.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
