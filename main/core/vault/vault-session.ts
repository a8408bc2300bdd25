// The open vault: its database handle and data key, and the one way to close it that zeroes the key.
import type { WritableDB } from '../../../db/handles.js';
import { closeVaultDatabase } from '../../../db/connection.js';
import type { Sodium } from '../crypto/sodium.js';

export interface VaultSession {
  readonly db: WritableDB;
  /** Never log this: key material. Zeroed by closeSession. */
  readonly dataKey: Uint8Array;
  readonly vaultId: string;
}

export function closeSession(sodium: Sodium, session: VaultSession): void {
  try {
    closeVaultDatabase(session.db);
  } finally {
    sodium.memzero(session.dataKey);
  }
}
