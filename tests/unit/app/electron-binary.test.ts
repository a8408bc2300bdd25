// scripts/electron-binary.mjs: finds Electron by the package's own rules without requiring it (which would download).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronNotFoundReason, findElectronBinary } from '../../../scripts/electron-binary.mjs';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakeProject(options: { installed?: boolean; pathTxt?: string; binary?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'cre-electron-bin-'));
  made.push(root);
  const packageDir = join(root, 'node_modules', 'electron');
  if (options.installed !== false) {
    mkdirSync(packageDir, { recursive: true });
    writeFileSync(join(packageDir, 'package.json'), '{"name":"electron","version":"45.3.4"}');
  }
  if (options.pathTxt !== undefined) writeFileSync(join(packageDir, 'path.txt'), options.pathTxt);
  if (options.binary !== undefined) {
    const file = join(packageDir, 'dist', options.binary);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '');
    chmodSync(file, 0o755);
  }
  return root;
}

describe('findElectronBinary', () => {
  it('finds dist/<path.txt> when the binary was downloaded', () => {
    const root = fakeProject({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary({ root, env: {}, platform: 'linux' })).toBe(join(root, 'node_modules', 'electron', 'dist', 'electron'));
    expect(electronNotFoundReason({ root, env: {}, platform: 'linux' })).toBeNull();
  });

  it('follows the macOS bundle path recorded in path.txt', () => {
    const bundle = 'Electron.app/Contents/MacOS/Electron';
    const root = fakeProject({ pathTxt: bundle, binary: bundle });
    expect(findElectronBinary({ root, env: {}, platform: 'darwin' })).toBe(join(root, 'node_modules', 'electron', 'dist', bundle));
  });

  it('explains a package installed without its binary', () => {
    const root = fakeProject();
    expect(findElectronBinary({ root, env: {}, platform: 'linux' })).toBeNull();
    expect(electronNotFoundReason({ root, env: {}, platform: 'linux' })).toMatch(/path\.txt is missing/);
  });

  it('explains a path.txt that names a missing file', () => {
    const root = fakeProject({ pathTxt: 'electron' });
    expect(findElectronBinary({ root, env: {}, platform: 'linux' })).toBeNull();
    expect(electronNotFoundReason({ root, env: {}, platform: 'linux' })).toMatch(/names dist\/electron, which does not exist/);
  });

  it('explains a missing electron package', () => {
    const root = fakeProject({ installed: false });
    expect(findElectronBinary({ root, env: {}, platform: 'linux' })).toBeNull();
    expect(electronNotFoundReason({ root, env: {}, platform: 'linux' })).toMatch(/not installed/);
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, with the default executable name when path.txt is absent', () => {
    const root = fakeProject();
    const dist = mkdtempSync(join(tmpdir(), 'cre-electron-dist-'));
    made.push(dist);
    writeFileSync(join(dist, 'electron.exe'), '');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect(findElectronBinary({ root, env, platform: 'win32' })).toBe(join(dist, 'electron.exe'));
    expect(findElectronBinary({ root, env, platform: 'linux' })).toBeNull();
    expect(electronNotFoundReason({ root, env, platform: 'linux' })).toMatch(/ELECTRON_OVERRIDE_DIST_PATH is set/);
  });

  it('reports this checkout truthfully without loading the electron package', () => {
    const found = findElectronBinary();
    const reason = electronNotFoundReason();
    expect(found === null).toBe(reason !== null);
  });
});
