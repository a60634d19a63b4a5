// npm run lint: the four linters (package.json's lint:* scripts) side by side, each one's output
// printed whole once it is done. ESLint's type-aware pass is most of the time (about 50 s on a
// 2-core machine, one thread); dependency-cruiser, knip and Prettier fit on the other core beside
// it instead of after it. Fails if any of them finds something; every one of them still reports.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const linters = ['lint:layers', 'lint:code', 'lint:dead-code', 'lint:format'];

function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: root, shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ script, ok: false, output: `${output}${error.message}\n`, seconds: 0 }));
    child.on('close', (code) => resolve({ script, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const results = await Promise.all(linters.map(run));
for (const { script, ok, output, seconds } of results) {
  console.log(`${ok ? 'ok' : 'FAILED'}: npm run ${script} (${seconds.toFixed(1)} s)`);
  if (output.trim()) console.log(output.trimEnd());
}
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
