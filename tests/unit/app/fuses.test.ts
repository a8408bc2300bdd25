// Security item 20: packaged builds flip the fuses that close Node-style entry points and enforce the asar.
import { createRequire } from 'node:module';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

// build/ holds CommonJS for electron-builder; load it the way electron-builder does.
const fuses = createRequire(import.meta.url)('../../../build/fuses.cjs') as typeof import('../../../build/fuses.cjs');

describe('the fuse settings', () => {
  it('turn off running as Node, NODE_OPTIONS, inspect arguments and file:// privileges', () => {
    expect(fuses.FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('turn on cookie encryption, asar integrity validation and loading only from the asar', () => {
    expect(fuses.FUSES).toMatchObject({
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
  });

  it('map onto the @electron/fuses wire', () => {
    const config = fuses.fuseConfigFor('linux', 1) as unknown as Record<string, unknown>;
    expect(config['version']).toBe(FuseVersion.V1);
    expect(config['resetAdHocDarwinSignature']).toBe(false);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('re-sign ad hoc only on arm64 and universal macOS binaries', () => {
    expect(fuses.fuseConfigFor('darwin', 3).resetAdHocDarwinSignature).toBe(true);
    expect(fuses.fuseConfigFor('darwin', 4).resetAdHocDarwinSignature).toBe(true);
    expect(fuses.fuseConfigFor('darwin', 1).resetAdHocDarwinSignature).toBe(false);
    expect(fuses.fuseConfigFor('win32', 3).resetAdHocDarwinSignature).toBe(false);
  });
});
