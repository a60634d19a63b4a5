// npm start: builds, then starts the kiosk in Electron, or, where no Electron binary can be had,
// the same renderer and main-process core in Chromium as a clearly marked preview.
//
// The preview runs on a developer's machine, not in a waiting room. It still never offers a PIN
// setup on screen (a kiosk with no known PIN is locked: "Staff setup needed"): each preview run
// sets a fresh one-time staff PIN in the preview's own data folder and prints it here.
import { spawn, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { kioskProcessEnv } from './kiosk-process-env.mjs';

const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The preview's data folder: --data-dir if given, else its own folder (never the real kiosk's). */
function previewDataDir(args) {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } }, strict: false });
  return typeof values['data-dir'] === 'string' ? values['data-dir'] : path.join(os.homedir(), '.config', 'Backtalk Preview');
}

/** Sets a new random staff PIN for this preview run (through the provisioning tool) and returns it. */
function setPreviewStaffPin(dataDir) {
  const pin = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const cli = ['--import', 'tsx', 'electron/cli/provision-cli.ts', 'set-pin', '--data-dir', dataDir];
  run(process.execPath, cli, { input: `${pin}\n`, stdio: ['pipe', 'ignore', 'inherit'] });
  return pin;
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
  console.log(
    "The preview is not a clinic kiosk: it lacks the Electron shell's key and navigation guards. Install the packaged app on kiosks (docs/INSTALL.md).",
  );
  run('bash', ['scripts/system-deps.sh', 'runtime']);
  const dataDir = previewDataDir(passThrough);
  const pin = setPreviewStaffPin(dataDir);
  console.log(`Staff PIN for this preview run: ${pin} (Ctrl+Alt+S, or hold the top-left corner for 3 seconds).`);
  console.log('This is a preview on a developer machine: a real kiosk never prints its PIN; clinic IT provisions it (docs/INSTALL.md).');
  child = spawn(
    process.execPath,
    [
      'dist/node/launch-browser-shell.mjs',
      '--data-dir',
      dataDir,
      ...passThrough.filter((arg, index, all) => arg !== '--data-dir' && all[index - 1] !== '--data-dir'),
    ],
    {
      stdio: 'inherit',
      env: kioskProcessEnv(),
    },
  );
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
