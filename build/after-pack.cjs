// electron-builder afterPack hook: flips the Electron fuses of the packaged binary before it is signed.
'use strict';

const { fuseConfigFor } = require('./fuses.cjs');

/** @param {import('electron-builder').AfterPackContext} context */
async function afterPack(context) {
  // The packager knows the executable's name and location on each platform; it runs @electron/fuses on it.
  await context.packager.addElectronFuses(context, fuseConfigFor(context.electronPlatformName, context.arch));
}

module.exports = { afterPack };
