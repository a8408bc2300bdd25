// The hidden terminal prompt: raw mode on and restored, nothing echoed, editing keys, Ctrl-C.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { promptHidden, PromptInterrupted, type SecretInput } from '../../../main/cli/tty-prompt.js';

/** A stand-in for a terminal's input stream: it records raw-mode changes and lets the test type. */
class FakeTerminal extends EventEmitter implements SecretInput {
  isRaw = false;
  rawModes: boolean[] = [];
  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    this.rawModes.push(mode);
    return this;
  }
  setEncoding(): this {
    return this;
  }
  resume(): this {
    return this;
  }
  pause(): this {
    return this;
  }
  type(text: string): void {
    this.emit('data', text);
  }
}

function capture() {
  const written: string[] = [];
  return { written, output: { write: (text: string) => written.push(text) } };
}

describe('promptHidden', () => {
  it('reads a line without echoing it and restores the terminal', async () => {
    const input = new FakeTerminal();
    const { written, output } = capture();
    const answer = promptHidden('Passphrase: ', input, output);
    input.type('corr');
    input.type('ecx\u007ft horse\r');

    await expect(answer).resolves.toBe('correct horse');
    expect(written).toEqual(['Passphrase: ', '\n']);
    expect(input.rawModes).toEqual([true, false]);
    expect(input.listenerCount('data')).toBe(0);
  });

  it('ignores arrow keys and clears the line on Ctrl-U', async () => {
    const input = new FakeTerminal();
    const answer = promptHidden('> ', input, capture().output);
    input.type('wrong');
    input.type('\u0015');
    input.type('\u001b[D');
    input.type('right\n');

    await expect(answer).resolves.toBe('right');
  });

  it('rejects on Ctrl-C and on end of input', async () => {
    const first = new FakeTerminal();
    const interrupted = promptHidden('> ', first, capture().output);
    first.type('abc\u0003');
    await expect(interrupted).rejects.toBeInstanceOf(PromptInterrupted);
    expect(first.isRaw).toBe(false);

    const second = new FakeTerminal();
    const closed = promptHidden('> ', second, capture().output);
    second.emit('end');
    await expect(closed).rejects.toBeInstanceOf(PromptInterrupted);
  });
});
