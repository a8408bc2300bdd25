// The data key of a test vault, read as docs/vault-format.md describes (key file + passphrase), never from the running core.
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { readKeyFile, unwrapWithPassphrase } from '../../main/core/vault/key-file.js';
import { vaultFiles } from '../../main/core/vault/vault-files.js';

/** Never log this: key material (of a throwaway test vault). */
export async function readDataKey(vaultDir: string, passphrase: string): Promise<Buffer> {
  const sodium = await loadSodium();
  const key = unwrapWithPassphrase(sodium, readKeyFile(vaultFiles(vaultDir).keyFile), passphrase);
  if (!key) throw new Error('The passphrase does not open this test vault.');
  const copy = Buffer.from(key);
  sodium.memzero(key);
  return copy;
}
