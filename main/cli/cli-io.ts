// What the CLI needs from its process (streams, environment, a terminal to ask secrets on), injectable for tests.
import { EXIT_CODES } from './exit-codes.js';
import { promptHidden } from './tty-prompt.js';

export interface CliIo {
  /** Writes to standard output; callers add the newlines. */
  stdout(text: string): void;
  /** Writes to standard error; callers add the newlines. */
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** True when standard input is a terminal, so secrets may be asked for with hidden input. */
  isTTY: boolean;
  /** True when standard output is a terminal; when it is not, the recovery key is going to a file or a pipe. */
  stdoutIsTTY: boolean;
  /** Asks for a secret without echoing it; `label` is already translated. Never log the answer: it is a secret. */
  promptSecret(label: string): Promise<string>;
}

/** The real process: prompts on the terminal of standard input, writing the label to standard error. */
export function processCliIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`cre vault info | head -1`) closes the pipe: nothing is lost that anyone wanted.
    if (error.code === 'EPIPE') return;
    // Anything else (a full disk under `> file`) may have lost the recovery key: say so, and fail.
    process.stderr.write(`cre: standard output: ${error.message}\n`);
    process.exitCode = EXIT_CODES.internal;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    isTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    promptSecret: (label) => promptHidden(label, process.stdin, process.stderr),
  };
}
