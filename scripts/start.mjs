// npm start: builds, then starts the kiosk in Electron, or, where no Electron binary can be had,
// the same renderer and main-process core in Chromium as a clearly marked preview.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { kioskProcessEnv } from './kiosk-process-env.mjs';

const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function electronBinary() {
  try {
    // The electron package exports its binary's path, and throws when the download never happened.
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * package.json's allowScripts keeps npm from running electron's download during install, so an
 * offline machine can still install. Here, with the kiosk about to start, try the download once;
 * where GitHub cannot be reached it fails in a moment and the preview starts instead.
 */
function fetchElectronBinary() {
  const installer = require.resolve('electron/install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  return result.status === 0 ? electronBinary() : null;
}

run(process.execPath, ['scripts/build.mjs']);
const electron = electronBinary() ?? fetchElectronBinary();
let child;
if (electron) {
  child = spawn(electron, ['.', ...passThrough], { stdio: 'inherit' });
} else {
  console.log('No Electron binary on this machine: starting the browser preview (same renderer and main-process core, in Chromium).');
  console.log('The preview is not a clinic kiosk: it lacks the Electron shell\'s key and navigation guards. Install the packaged app on kiosks (docs/INSTALL.md).');
  run('bash', ['scripts/system-deps.sh', 'runtime']);
  child = spawn(process.execPath, ['dist/node/launch-browser-shell.mjs', ...passThrough], { stdio: 'inherit', env: kioskProcessEnv() });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
