// Test helpers for the CLI: an in-memory CliIo with scripted prompt answers, and temporary vault folders and secret files.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../main/cli/cli-io.js';
import { runCli } from '../../../main/cli/program.js';

export const STRONG_PASSPHRASE = 'correct horse battery staple 42';
export const OTHER_STRONG_PASSPHRASE = 'quartz lantern orbit mosaic 58';
export const RECOVERY_KEY_PATTERN = /\b[A-Z2-7]{5}(?:-[A-Z2-7]{5}){7}\b/;

export interface FakeIo extends CliIo {
  out: string;
  err: string;
  /** The prompt labels shown, in order. */
  prompts: string[];
}

export interface FakeIoOptions {
  /** Answers typed at the hidden prompts, in order; a prompt beyond them fails the test. */
  answers?: string[];
  /** Answers a prompt from what was printed so far (e.g. groups of a new recovery key); undefined falls back to `answers`. */
  respond?: (label: string, io: FakeIo) => string | undefined;
  isTTY?: boolean;
  stdoutIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const answers = [...(options.answers ?? [])];
  const io: FakeIo = {
    out: '',
    err: '',
    prompts: [],
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    env: { LANG: 'en_US.UTF-8', CRE_KDF_PROFILE: 'floor', ...options.env },
    isTTY: options.isTTY ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? true,
    promptSecret: async (label) => {
      io.prompts.push(label);
      const answer = options.respond?.(label, io) ?? answers.shift();
      if (answer === undefined) throw new Error(`unexpected prompt: ${label}`);
      return answer;
    },
  };
  return io;
}

export interface Run {
  code: number;
  out: string;
  err: string;
  io: FakeIo;
}

export async function cre(argv: string[], options: FakeIoOptions = {}): Promise<Run> {
  const io = fakeIo(options);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err, io };
}

const made: string[] = [];

export function tempDir(prefix = 'cre-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A secret file, private (0600) unless another mode is asked for. */
export function secretFile(content: string, mode = 0o600): string {
  const file = join(tempDir('cre-secret-'), 'secret.txt');
  writeFileSync(file, content, { mode });
  chmodSync(file, mode);
  return file;
}

/** Creates a vault through the CLI with a passphrase file and returns its folder and printed recovery key. */
export async function createdVault(passphrase = STRONG_PASSPHRASE): Promise<{ dir: string; recoveryKey: string }> {
  const dir = join(tempDir(), 'vault');
  const run = await cre(['vault', 'create', '--vault-dir', dir, '--passphrase-file', secretFile(`${passphrase}\n`)]);
  if (run.code !== 0) throw new Error(`create failed (${run.code}): ${run.err}`);
  const recoveryKey = RECOVERY_KEY_PATTERN.exec(run.out)?.[0];
  if (!recoveryKey) throw new Error('no recovery key printed');
  return { dir, recoveryKey };
}
