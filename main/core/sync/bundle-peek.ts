// A bundle's manifest as this vault can read it, without importing: opened with the vault's own key pair, the sender
// named when a team member holds the signing key it claims. Reads only; the signature is checked on import.
import type { BundleManifest } from '../../../common/bundles/manifest.schema.js';
import type { ReadableDB } from '../../../db/handles.js';
import { findTeamMemberBySigningKey, readIdentity } from '../../../db/team.repo.js';
import { peekBundleManifest, type ManifestPeek } from '../bundles/format/bundle-manifest-peek.js';
import type { Sodium } from '../crypto/sodium.js';

export interface PeekedSender {
  memberId: string;
  displayName: string;
  verified: boolean;
}

export interface BundlePeek extends ManifestPeek {
  /** The team member whose signing key and vault id the manifest names, or null when none does. */
  sender: PeekedSender | null;
}

function knownSender(sodium: Sodium, db: ReadableDB, manifest: BundleManifest): PeekedSender | null {
  let signingKey: Uint8Array;
  try {
    signingKey = sodium.from_base64(manifest.sender.signingKey, sodium.base64_variants.ORIGINAL);
  } catch {
    return null;
  }
  const member = findTeamMemberBySigningKey(db, signingKey);
  if (!member || member.vaultId !== manifest.sender.vaultId) return null;
  return { memberId: member.id, displayName: member.displayName, verified: member.verified };
}

/** Steps 1–9 of reading with this vault's keys; CreFailure not_for_you, forwarded, bad_header… as the import would. */
export async function peekBundle(sodium: Sodium, db: ReadableDB, path: string): Promise<BundlePeek> {
  const identity = readIdentity(db);
  // The signing secret key is not needed here; zero it at once. Never log the other: key material.
  sodium.memzero(identity.signingSecretKey);
  try {
    const me = { encryptionPublicKey: identity.encryptionPublicKey, encryptionSecretKey: identity.encryptionSecretKey, signingPublicKey: identity.signingPublicKey };
    const peek = await peekBundleManifest(sodium, path, me);
    return { ...peek, sender: knownSender(sodium, db, peek.manifest) };
  } finally {
    sodium.memzero(identity.encryptionSecretKey);
  }
}
