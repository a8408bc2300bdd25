// The shell's paths: built files, the --vault-dir flag, the per-vault browser profile and the Electron build of SQLCipher.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFiles, profileDirFor, vaultDirFlag } from '../../../main/app/app-paths.js';
import { nativeBindingPath } from '../../../main/app/native-binding.js';

describe('appFiles', () => {
  it('finds the preload and the renderer under dist/ of the app folder', () => {
    expect(appFiles('/opt/cre/resources/app.asar')).toEqual({
      preload: join('/opt/cre/resources/app.asar', 'dist', 'preload', 'preload.cjs'),
      rendererRoot: join('/opt/cre/resources/app.asar', 'dist', 'renderer'),
    });
  });
});

describe('vaultDirFlag', () => {
  it('reads --vault-dir=DIR and --vault-dir DIR', () => {
    expect(vaultDirFlag(['electron', '.', '--vault-dir=/v/one'])).toBe('/v/one');
    expect(vaultDirFlag(['cre-desktop', '--vault-dir', '/v/two'])).toBe('/v/two');
    expect(vaultDirFlag(['x', '--vault-dir', '/v/first', '--vault-dir=/v/second'])).toBe('/v/first');
  });

  it('is undefined when absent or empty', () => {
    expect(vaultDirFlag(['electron', '.'])).toBeUndefined();
    expect(vaultDirFlag(['x', '--vault-dir='])).toBeUndefined();
    expect(vaultDirFlag(['x', '--vault-dir'])).toBeUndefined();
    expect(vaultDirFlag(['x', '--vault-dir', '--other'])).toBeUndefined();
    expect(vaultDirFlag(['x', '--vault-directory=/v'])).toBeUndefined();
  });
});

describe('profileDirFor', () => {
  it('keeps the ordinary profile for the default vault', () => {
    expect(profileDirFor('/u/data/vault', '/u/data/vault', '/u/data')).toBeNull();
    expect(profileDirFor('/u/data/vault/', '/u/data/vault', '/u/data')).toBeNull();
  });

  it('gives every other vault its own stable profile folder', () => {
    const one = profileDirFor('/tmp/a/vault', '/u/data/vault', '/u/data');
    const two = profileDirFor('/tmp/b/vault', '/u/data/vault', '/u/data');
    expect(one).toMatch(new RegExp(`^${join('/u/data', 'instances').replace(/\\/g, '\\\\')}.[0-9a-f]{16}$`));
    expect(two).not.toBe(one);
    expect(profileDirFor(resolve('/tmp/a/vault'), '/u/data/vault', '/u/data')).toBe(one);
  });
});

describe('nativeBindingPath', () => {
  it('uses the .electron-native copy under npm start', () => {
    expect(nativeBindingPath({ isPackaged: false, appPath: '/src/cre', resourcesPath: '/ignored' })).toBe(
      join('/src/cre', '.electron-native', 'better_sqlite3.node'),
    );
  });

  it('uses the unpacked addon inside the resources when packaged', () => {
    expect(nativeBindingPath({ isPackaged: true, appPath: '/opt/cre/resources/app.asar', resourcesPath: '/opt/cre/resources' })).toBe(
      join('/opt/cre/resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'),
    );
  });
});
