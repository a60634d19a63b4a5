/**
 * The crash tests' writer processes: started, killed with SIGKILL mid-write, and never left
 * behind. A crash test that failed mid-run used to leave its last writer running: it went on
 * rewriting its file as fast as it could for the rest of the CI run (16 minutes at 44% of a core,
 * found after the fact). Now each writer reads its stdin, a pipe from this process, and exits when
 * that closes (this process gone, however it went), and `killLeftoverWriters` ends the rest.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();

/** Starts `node script ...args`, waits for its first line (it is writing), kills it `delayMs` later. */
export function runWriterAndKill(script: string, args: readonly string[], delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    running.add(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      running.delete(child);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`writer exited on its own (${String(code)}): ${stderr}`));
    });
  });
}

/** For afterAll: SIGKILL every writer still running (a failed assertion stops a chain mid-way). */
export function killLeftoverWriters(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
