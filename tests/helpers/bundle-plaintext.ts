// The whole decrypted plaintext of a small bundle, as a recipient sees it: for tests that grep what travelled.
import { open } from 'node:fs/promises';
import { headerHash, openFileKey } from '../../main/core/bundles/format/bundle-crypto.js';
import { readBundleHeader } from '../../main/core/bundles/format/bundle-header.js';
import { openBundlePayload } from '../../main/core/bundles/format/payload-stream.js';
import { initPush } from '../../main/core/crypto/secretstream.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { readIdentity } from '../../db/team.repo.js';
import type { RoutedVault } from './team-vaults.js';

export async function bundlePlaintext(path: string, recipient: RoutedVault): Promise<Buffer> {
  const sodium = await loadSodium();
  const identity = readIdentity(recipient.core.vault.openVault().db);
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const header = await readBundleHeader(file, size);
    const fileKey = openFileKey(sodium, header.stanzas, {
      encryptionPublicKey: identity.encryptionPublicKey,
      encryptionSecretKey: identity.encryptionSecretKey,
      signingPublicKey: identity.signingPublicKey,
    });
    const pieces: Buffer[] = [];
    const chunks = openBundlePayload(sodium, file, size, header, fileKey);
    for await (const chunk of chunks) pieces.push(Buffer.from(chunk));
    return Buffer.concat(pieces);
  } finally {
    await file.close();
  }
}

/** The plaintext sealed again to `to` under a new header: what a recipient who forwards a bundle would make. */
export async function reencryptTo(plaintext: Uint8Array, to: RoutedVault, chunkSize = 65536): Promise<Uint8Array> {
  const { encodeBundleHeader } = await import('../../main/core/bundles/format/bundle-header.js');
  const { PayloadSealer } = await import('../../main/core/bundles/format/payload-stream.js');
  const sodium = await loadSodium();
  const identity = readIdentity(to.core.vault.openVault().db);
  const fileKey = sodium.crypto_secretstream_xchacha20poly1305_keygen();
  const { stream: state, header: streamHeader } = initPush(fileKey);
  const header = encodeBundleHeader({ chunkSize, stanzas: [sodium.crypto_box_seal(fileKey, identity.encryptionPublicKey)], streamHeader });
  const out: Uint8Array[] = [header];
  const sealer = new PayloadSealer(sodium, state, headerHash(sodium, header), chunkSize, async (c) => void out.push(Uint8Array.from(c)));
  await sealer.write(plaintext);
  await sealer.finish();
  return Buffer.concat(out);
}
