/**
 * The terminal side of the command-line tools: stdout/stderr, a hidden prompt when a person is
 * at a terminal, stdin when a PIN is piped in.
 */

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks for a secret without echoing it; null when there is no terminal to ask on. */
  promptHidden: ((question: string) => Promise<string>) | null;
  /** The whole of stdin (when piped). */
  readStdin(): Promise<string>;
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

/** This process's terminal. */
export function terminalIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    promptHidden: process.stdin.isTTY ? terminalPrompt : null,
    readStdin: readAllStdin,
  };
}
