// The vault's identity: an Ed25519 signing key pair and an X25519 encryption key pair, drawn once and kept inside the vault.
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import { findIdentity, insertIdentity } from '../../../db/team.repo.js';
import type { TeamRole } from '../../../common/team/team.schema.js';
import type { Sodium } from '../crypto/sodium.js';

/** Until the user says otherwise: no name (the team screen asks for one), coordinator, global. */
export const DEFAULT_IDENTITY_PROFILE = { displayName: '', role: 'coordinator', region: 'global' } as const;

/** Draws the key pairs and stores them; the caller runs this inside its transaction. */
export function createIdentity(sodium: Sodium, db: WritableDB, vaultId: string, at: string, role: TeamRole = DEFAULT_IDENTITY_PROFILE.role): void {
  const signing = sodium.crypto_sign_keypair();
  const encryption = sodium.crypto_box_keypair();
  try {
    insertIdentity(
      db,
      {
        vaultId,
        ...DEFAULT_IDENTITY_PROFILE,
        role,
        signingPublicKey: signing.publicKey,
        signingSecretKey: signing.privateKey,
        encryptionPublicKey: encryption.publicKey,
        encryptionSecretKey: encryption.privateKey,
      },
      at,
    );
  } finally {
    // The only copies left are inside the encrypted database.
    sodium.memzero(signing.privateKey);
    sodium.memzero(encryption.privateKey);
  }
}

/**
 * For a vault made before identities existed: creates its identity on the first unlock after migration 8, in one
 * transaction with its audit entry. Answers whether it had to.
 */
export function ensureIdentity(sodium: Sodium, db: WritableDB, vaultId: string, at: string): boolean {
  if (findIdentity(db)) return false;
  inTransaction(db, () => {
    createIdentity(sodium, db, vaultId, at);
    appendAuditEvent(db, 'identity_created', at);
  });
  return true;
}
