// The Electron fuses flipped in packaged builds (security.md item 20), as data the unit tests can read.
'use strict';

/**
 * Fuse name (as in @electron/fuses' FuseV1Options) to its state. Off: running the binary as plain Node, NODE_OPTIONS
 * and --inspect (each would let anyone run code with the app's access to an unlocked vault), file:// extra
 * privileges (the app is served from app://). On: cookie encryption, asar integrity checking, loading only app.asar.
 */
const FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  GrantFileProtocolExtraPrivileges: false,
  EnableCookieEncryption: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
});

/** electron-builder's Arch enum values that produce an arm64 macOS binary. */
const DARWIN_ARM_ARCHES = new Set([3 /* arm64 */, 4 /* universal */]);

/**
 * The @electron/fuses config for one packaged binary. Flipping fuses invalidates a macOS arm64 ad-hoc signature, which
 * must then be redone or the binary will not start; electron-builder signs properly afterwards when it has an identity.
 * @param {string} electronPlatformName 'darwin' | 'mas' | 'win32' | 'linux'
 * @param {number} arch electron-builder's Arch enum value
 */
function fuseConfigFor(electronPlatformName, arch) {
  // Required lazily so the settings above can be read without the package. CommonJS: electron-builder loads hooks so.
  const { FuseV1Options, FuseVersion } = require('@electron/fuses');
  const config = {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: (electronPlatformName === 'darwin' || electronPlatformName === 'mas') && DARWIN_ARM_ARCHES.has(arch),
  };
  for (const [name, enabled] of Object.entries(FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[index] = enabled;
  }
  return config;
}

module.exports = { FUSES, fuseConfigFor };
