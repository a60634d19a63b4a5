/**
 * backtalk-provision: tools for clinic IT's provisioning file (see electron/core/settings/provisioning.ts).
 *
 *   npm run provision -- hash-pin          prints a staff PIN hash for "staffPinHash"
 *   npm run provision -- check [file]      checks a provisioning file (default: this OS's path)
 *
 * The PIN is read from a hidden prompt (asked twice), or from the first line of stdin when piped
 * (`printf '2468\n' | npm run -s provision -- hash-pin`); never from the command line, where it
 * would land in shell history and the process list. Exit codes: 0 ok, 2 bad input.
 */
import { staffPinSchema } from '../../shared/staff/staff-schemas.ts';
import { defaultProvisionFilePath, loadProvisioning } from '../core/settings/provisioning.ts';
import { hashPin } from '../core/staff/pin-hash.ts';
import { isMainModule } from './is-main-module.ts';

const usage = [
  'usage: npm run provision -- hash-pin          (type the PIN at the prompt, or pipe it on stdin)',
  '       npm run provision -- check [file]      (default file: ' + defaultProvisionFilePath() + ')',
].join('\n');

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks for a secret without echoing it; null when there is no terminal to ask on. */
  promptHidden: ((question: string) => Promise<string>) | null;
  /** The whole of stdin (when piped). */
  readStdin(): Promise<string>;
}

async function readPin(io: CliIo): Promise<string | null> {
  if (io.promptHidden) {
    const first = await io.promptHidden('New staff PIN (4 to 8 digits): ');
    const second = await io.promptHidden('Type it again: ');
    if (first !== second) {
      io.err('backtalk-provision: the two PINs do not match.');
      return null;
    }
    return first;
  }
  return (await io.readStdin()).split(/\r?\n/)[0]?.trim() ?? '';
}

export async function runProvisionCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'hash-pin' && rest.length === 0) {
    const pin = await readPin(io);
    if (pin === null) return 2;
    const parsed = staffPinSchema.safeParse(pin);
    if (!parsed.success) {
      io.err('backtalk-provision: a staff PIN is 4 to 8 digits (0-9).');
      return 2;
    }
    io.out(await hashPin(parsed.data));
    return 0;
  }
  if (command === 'check' && rest.length <= 1) {
    const file = rest[0] ?? defaultProvisionFilePath();
    const { provisioning, problem } = loadProvisioning(file);
    if (problem) {
      const fields = problem.fields.length > 0 ? ` (${problem.fields.join(', ')})` : '';
      io.err(`backtalk-provision: ${file} is ${problem.kind}${fields}; a kiosk would ignore it.`);
      return 2;
    }
    if (!provisioning) {
      io.err(`backtalk-provision: there is no provisioning file at ${file}.`);
      return 2;
    }
    const managed = Object.keys(provisioning.settings);
    io.out(`${file} is valid. Managed settings: ${managed.length > 0 ? managed.join(', ') : 'none'}. Staff PIN: ${provisioning.staffPinHash ? 'managed' : 'set on the kiosk'}.`);
    return 0;
  }
  io.err(usage);
  return 2;
}

/** A hidden prompt on the terminal: the PIN is never echoed. */
function terminalPrompt(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let value = '';
    const done = (result: string | Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(value);
        if (char === '\u0003') return done(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    input.on('data', onData);
  });
}

async function readAllStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

if (isMainModule(import.meta.url, /provision-cli\.(ts|mjs|js|cjs)$/)) {
  runProvisionCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    promptHidden: process.stdin.isTTY ? terminalPrompt : null,
    readStdin: readAllStdin,
  }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`backtalk-provision: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
