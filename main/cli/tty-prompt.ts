// Reads one line from a terminal in raw mode without echoing it: how the CLI asks for passphrases and recovery keys.

/** The parts of a terminal input stream the prompt uses (process.stdin when it is a TTY). */
export interface SecretInput {
  readonly isRaw?: boolean;
  setRawMode(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  resume(): unknown;
  pause(): unknown;
  on(event: 'data', listener: (chunk: string | Buffer) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  removeListener(event: 'data', listener: (chunk: string | Buffer) => void): unknown;
  removeListener(event: 'end', listener: () => void): unknown;
}

export interface PromptOutput {
  write(text: string): unknown;
}

/** Ctrl-C, or the input closed before Enter. */
export class PromptInterrupted extends Error {
  constructor() {
    super('Interrupted at a prompt.');
    this.name = 'PromptInterrupted';
  }
}

const ENTER = new Set(['\r', '\n']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const CTRL_U = '\u0015';
const BACKSPACE = new Set(['\u007f', '\b']);
const ESCAPE = '\u001b';

/**
 * Shows `label`, reads until Enter with echo off and resolves with what was typed. Nothing typed is
 * ever written back, not even as asterisks, so the length of a passphrase does not show either.
 */
export function promptHidden(label: string, input: SecretInput, output: PromptOutput): Promise<string> {
  return new Promise((resolve, reject) => {
    const wasRaw = input.isRaw === true;
    let value = '';

    const finish = (error: Error | null): void => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.setRawMode(wasRaw);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(value);
    };

    const onEnd = (): void => finish(new PromptInterrupted());

    const onData = (chunk: string | Buffer): void => {
      for (const ch of String(chunk)) {
        if (ENTER.has(ch)) return finish(null);
        if (ch === CTRL_C) return finish(new PromptInterrupted());
        if (ch === CTRL_D) {
          if (value === '') return finish(new PromptInterrupted());
          continue;
        }
        if (ch === ESCAPE) return; // an arrow or function key: drop the rest of its escape sequence
        if (ch === CTRL_U) value = '';
        else if (BACKSPACE.has(ch)) value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };

    output.write(label);
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}
