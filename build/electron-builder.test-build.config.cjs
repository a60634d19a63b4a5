/**
 * The test build: identical to the clinic build except that Node's CLI inspect flags stay on,
 * because Playwright's `_electron.launch()` attaches through them. Never ship this build.
 *
 * @type {import('electron-builder').Configuration}
 */
const base = require('./electron-builder.config.cjs');

module.exports = {
  ...base,
  directories: { ...base.directories, output: 'release-test' },
  electronFuses: { ...base.electronFuses, enableNodeCliInspectArguments: true },
};
