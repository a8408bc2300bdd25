// What users run: builds the CLI as `npm run build` does, then drives `bin/cre.mjs` in child processes through the README's commands.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { grantCycle } from '../../helpers/grant-cycle.js';
import { STRONG_PASSPHRASE } from './cli-harness.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'cre-built-cli-'));
const vaultDir = join(work, 'vault');
const demoDir = join(work, 'demo');
const passphraseFile = join(work, 'passphrase.txt');

beforeAll(async () => {
  // The build this test checks: bin/cre.mjs loads dist/cli/cre.mjs.
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--cli'], { cwd: ROOT });
  writeFileSync(passphraseFile, `${STRONG_PASSPHRASE}\n`, { mode: 0o600 });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', CRE_KDF_PROFILE: 'floor' };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'CRE_DEBUG', 'CRE_VAULT_DIR', 'NODE_OPTIONS']) delete env[name];
  return env;
}

/** `node bin/cre.mjs …`, as `npx cre …` runs it: plain Node, no tsx. */
function cre(args: string[]): Outcome {
  const child = spawnSync(process.execPath, [join(ROOT, 'bin', 'cre.mjs'), ...args], {
    cwd: work,
    env: userEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('the built cre command', () => {
  it('starts through npm run cre and prints its help', () => {
    const child = spawnSync('npm', ['run', '--silent', 'cre', '--', '--help'], { cwd: ROOT, env: userEnv(), encoding: 'utf8', timeout: 60_000 });
    expect(child.stderr).not.toMatch(/Error/);
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^Usage: cre/m);
  });

  it('creates, describes and verifies a vault', () => {
    const created = cre(['vault', 'create', '--vault-dir', vaultDir, '--passphrase-file', passphraseFile]);
    expect(created.stderr).not.toMatch(/Error \[|TypeError/);
    expect(created.status).toBe(EXIT_CODES.ok);
    expect(created.stdout).toMatch(/[A-Z2-7]{5}(?:-[A-Z2-7]{5}){7}/);

    const info = cre(['vault', 'info', '--vault-dir', vaultDir, '--json']);
    expect(info.status).toBe(EXIT_CODES.ok);
    expect(JSON.parse(info.stdout)).toMatchObject({ keyFileFormat: 'cre-vault-keys', cipher: { name: 'sqlcipher', version: 4 } });

    const verified = cre(['vault', 'verify', '--vault-dir', vaultDir, '--passphrase-file', passphraseFile, '--json']);
    expect(verified.status).toBe(EXIT_CODES.ok);
    expect(JSON.parse(verified.stdout)).toMatchObject({ integrity: { ok: true }, audit: { ok: true } });
  });

  it('makes a sample vault, exports its roster and imports it into another vault', () => {
    const demo = cre(['demo', '--vault-dir', demoDir, '--size', '40']);
    expect(demo.status).toBe(EXIT_CODES.ok);
    expect(demo.stdout).toMatch(/Sample grants year: calls 4, applications \d+/);
    const samplePassphrase = /passphrase[^:]*: (.+)$/m.exec(demo.stdout)?.[1];
    expect(samplePassphrase).toBeDefined();
    const sampleFile = join(work, 'sample-passphrase.txt');
    writeFileSync(sampleFile, `${samplePassphrase}\n`, { mode: 0o600 });

    const csv = join(work, 'roster.csv');
    const exported = cre(['roster', 'export', '--vault-dir', demoDir, '--passphrase-file', sampleFile, '--out', csv]);
    expect(exported.status).toBe(EXIT_CODES.ok);
    expect(readFileSync(csv, 'utf8').trim().split('\n').length).toBe(41);

    const imported = cre(['roster', 'import', csv, '--vault-dir', vaultDir, '--passphrase-file', passphraseFile]);
    expect(imported.stderr).not.toMatch(/TypeError|Error \[/);
    expect(imported.status).toBe(EXIT_CODES.ok);

    const again = join(work, 'again.csv');
    expect(cre(['roster', 'export', '--vault-dir', vaultDir, '--passphrase-file', passphraseFile, '--out', again]).status).toBe(EXIT_CODES.ok);
    expect(readFileSync(again, 'utf8').trim().split('\n').length).toBe(41);
  });

  it('inspects a bundle without a vault', () => {
    const inspected = cre(['bundle', 'inspect', join(ROOT, 'tests', 'vectors', 'success.bin'), '--vault-dir', vaultDir]);
    expect(inspected.status).toBe(EXIT_CODES.ok);
    expect(inspected.stdout).toMatch(/1/);
    const refused = cre(['bundle', 'inspect', join(ROOT, 'tests', 'vectors', 'bad_header.magic.bin'), '--vault-dir', vaultDir]);
    expect(refused.status).toBe(EXIT_CODES.bundleRefused);
  });

  it('inspects a review packet, and refuses its manifest to a vault it is not addressed to', () => {
    const packet = join(ROOT, 'tests', 'vectors', 'review', 'review_packet.success.bin');
    const inspected = cre(['review', 'inspect', packet, '--vault-dir', vaultDir]);
    expect(inspected.stderr).toBe('');
    expect(inspected.status).toBe(EXIT_CODES.ok);
    expect(inspected.stdout).toContain('Recipients (stanzas): 1\n');
    const refused = cre(['review', 'inspect', packet, '--vault-dir', vaultDir, '--passphrase-file', passphraseFile]);
    expect(refused.stderr).toBe('cre: This file cannot be read as a packet or return: not addressed to you.\n');
    expect(refused.status).toBe(EXIT_CODES.bundleRefused);
  });

  it('lists grant calls and writes an award letter, with pdf-lib loaded from node_modules', async () => {
    const cycle = await grantCycle();
    const grantsPassphrase = join(work, 'grants-passphrase.txt');
    writeFileSync(grantsPassphrase, `${cycle.passphrase}\n`, { mode: 0o600 });
    const unlock = ['--vault-dir', cycle.vaultDir, '--passphrase-file', grantsPassphrase];

    const calls = cre(['grants', 'calls', '--json', ...unlock]);
    expect(calls.stderr).toBe('');
    expect(calls.status).toBe(EXIT_CODES.ok);
    expect(JSON.parse(calls.stdout)).toMatchObject([{ id: cycle.callId, applications: 2 }]);

    const letter = join(work, 'letter.pdf');
    const written = cre(['grants', 'letter', '--application', cycle.approvedId, '--out', letter, ...unlock]);
    expect(written.stderr).toBe('');
    expect(written.status).toBe(EXIT_CODES.ok);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(letter))), { mergePages: true });
    expect(text).toContain('Carta de adjudicación');
  }, 120_000);
});
