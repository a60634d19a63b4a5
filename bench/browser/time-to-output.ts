/**
 * Cold-start timing: spawn a fresh process and time until it prints a line matching `ready`.
 * The process (and its Chromium) is then stopped and awaited, so the next run starts cold too.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface TimeToOutputOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly ready: RegExp;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

export async function timeToOutput(options: TimeToOutputOptions): Promise<number> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const started = performance.now();
  // Its own process group, so a hung run can be stopped together with its Chromium.
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  try {
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${options.command} printed nothing matching ${String(options.ready)} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (options.ready.test(output)) {
          clearTimeout(timer);
          resolve(performance.now() - started);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        if (!options.ready.test(output)) reject(new Error(`${options.command} exited (${code}) before it was ready: ${output.trim().slice(-400)}`));
      });
    });
  } finally {
    if (child.exitCode === null && child.pid !== undefined) {
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 10_000);
      await exited;
      clearTimeout(killTimer);
    }
  }
}
