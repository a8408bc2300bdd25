// `npm start` where no Electron binary can be had: one line saying what failed and what still works, no stack, exit 1.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cannotStartMessage, findElectronBinary, installerFailure } from '../../../scripts/electron-binary.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'cre-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A mirror that answers every connection with something other than HTTP: the installer's download fails at once, as it
// does offline, whatever the network.
let connections = 0;
const mirror = createServer((socket) => {
  connections += 1;
  socket.end('not HTTP\r\n\r\n', () => socket.destroy());
});
let mirrorUrl = '';
beforeAll(async () => {
  await new Promise<void>((listening) => mirror.listen(0, '127.0.0.1', listening));
  mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((closed) => mirror.close(() => closed())));

/** This environment without any Electron setting of the caller's, downloads pointed at that mirror, an empty cache. */
function startEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/electron/i.test(name)));
  return {
    ...env,
    ELECTRON_MIRROR: mirrorUrl,
    npm_config_electron_mirror: mirrorUrl,
    electron_config_cache: mkdtempSync(join(work, 'cache-')),
    NO_PROXY: '127.0.0.1',
    no_proxy: '127.0.0.1',
    ...extra,
  };
}

function runStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function expectOneLine(stderr: string): string {
  expect(stderr).not.toMatch(/TypeError|Error:|\n\s+at /);
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

describe('npm start without an Electron binary', () => {
  // With a binary installed, start.mjs would build and launch the app: this case is for machines without one.
  it.skipIf(findElectronBinary() !== null)('says in one line that the download failed and what still works', async () => {
    const before = connections;
    const { code, stderr } = await runStart(startEnv());
    expect(connections).toBeGreaterThan(before);
    expect(code).toBe(1);
    const line = expectOneLine(stderr);
    expect(line).toBe(cannotStartMessage('the Electron binary could not be downloaded (fetch failed)'));
    expect(line).toContain('npm run cre -- …');
    expect(line).toContain('npm test');
  });

  it('names the missing binary without trying a download when ELECTRON_OVERRIDE_DIST_PATH points elsewhere', async () => {
    const dist = mkdtempSync(join(work, 'dist-'));
    const before = connections;
    const { code, stdout, stderr } = await runStart(startEnv({ ELECTRON_OVERRIDE_DIST_PATH: dist }));
    expect(code).toBe(1);
    expect(connections).toBe(before);
    expect(stdout).not.toContain('Downloading');
    expect(expectOneLine(stderr)).toMatch(
      /^CRE Desktop cannot start: no Electron binary is installed \(ELECTRON_OVERRIDE_DIST_PATH is set, but .+ does not exist\)\. .*npm run cre -- …/,
    );
  });
});

describe('installerFailure', () => {
  it("keeps the installer's first error line, without the error's class name or its stack", () => {
    const stack = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///project/node_modules/@electron/get/dist/FetchDownloader.js:46:30)',
    ].join('\n');
    expect(installerFailure(stack)).toBe('fetch failed');
    expect(installerFailure('HTTPError: Response code 404 (Not Found)\n    at x (y.js:1:1)\n')).toBe('Response code 404 (Not Found)');
  });

  it('says the installer failed when it printed nothing useful', () => {
    expect(installerFailure('')).toBe('the installer stopped without saying why');
    expect(installerFailure('\n    at somewhere (file.js:1:1)\n')).toBe('the installer stopped without saying why');
  });
});

describe('cannotStartMessage', () => {
  it('is one line: what failed, then the command-line tool and the tests that work without Electron', () => {
    const message = cannotStartMessage('the Electron binary could not be downloaded (fetch failed)');
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^CRE Desktop cannot start: the Electron binary could not be downloaded \(fetch failed\)\. /);
    expect(message).toContain('the command-line tool (npm run cre -- …)');
    expect(message).toContain('npm test (the app in a system Chromium)');
  });
});
