/**
 * The layering rules (run by `npm run lint`). Folders say what code may touch:
 *   shared/            pure: no Node, no DOM libs, no Electron, no React
 *   electron/core, electron/browser-shell, electron/cli   plain Node: no `electron`
 *   electron/          never imports renderer/
 *   renderer/          never imports electron/ or Node
 *   renderer/features/<a>  never imports another feature, nor app/ (app composes features)
 *   scripts/, bench/   never import tests/ (what they share with the tests lives in electron/browser-shell/kiosk-driver/)
 * and no import cycles anywhere.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make layers meaningless and modules impossible to test alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ runs in the renderer, the main process and the CLI: no I/O, no runtime-specific APIs.',
      from: { path: '^shared/' },
      to: {
        path: ['^electron/', '^renderer/', '^tests/', '^scripts/', '^bench/'],
      },
    },
    {
      name: 'shared-no-runtime-modules',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        dependencyTypes: ['core'],
      },
    },
    {
      name: 'shared-only-pure-packages',
      severity: 'error',
      comment: 'shared/ may use zod and type-only packages; nothing that touches a runtime.',
      from: { path: '^shared/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: ['node_modules/zod/', 'node_modules/@types/fhir/'],
      },
    },
    {
      name: 'renderer-no-electron-or-node',
      severity: 'error',
      comment: 'The renderer reaches the main process only through the bridge (window.backtalk).',
      from: { path: '^renderer/' },
      to: {
        path: ['^electron/', 'node_modules/electron/', 'node_modules/playwright', 'node_modules/pino'],
      },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-never-imports-renderer',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'core-without-electron',
      severity: 'error',
      comment: 'Everything but electron/main and electron/preload is plain Node, testable without Electron.',
      from: { path: '^electron/(core|browser-shell|cli)/' },
      to: { path: ['node_modules/electron/', '^electron/(main|preload)/'] },
    },
    {
      name: 'features-are-independent',
      severity: 'error',
      comment: 'bulletproof-react: features never import each other; renderer/app composes them.',
      from: { path: '^renderer/features/([^/]+)/' },
      to: { path: '^renderer/features/', pathNot: '^renderer/features/$1/' },
    },
    {
      name: 'features-do-not-import-app',
      severity: 'error',
      from: { path: '^renderer/features/' },
      to: { path: '^renderer/app/' },
    },
    {
      name: 'production-code-never-imports-tests',
      severity: 'error',
      from: { path: '^(shared|electron|renderer)/' },
      to: { path: '^(tests|bench|scripts)/' },
    },
    {
      name: 'tools-never-import-tests',
      severity: 'error',
      comment:
        'scripts/ and bench/ run without the test tree; what they share with the tests (the kiosk driver, the cups-pdf queue) lives in electron/browser-shell/kiosk-driver/.',
      from: { path: '^(scripts|bench)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: ['^dist/', '^node_modules/'] },
  },
};
