// The vault's identity and the team directory as stored: key pairs, members' public keys, verification and last exchange.
import { CreFailure } from '../common/contract/errors.js';
import type { Region } from '../common/roster/taxonomy.js';
import type { IdentityProfile, TeamRole } from '../common/team/team.schema.js';
import type { ReadableDB, WritableDB } from './handles.js';

export type { TeamRole };

/** The vault's own identity. Never log this: the secret keys are key material. */
export interface VaultIdentity {
  vaultId: string;
  displayName: string;
  role: TeamRole;
  region: Region;
  signingPublicKey: Uint8Array;
  signingSecretKey: Uint8Array;
  encryptionPublicKey: Uint8Array;
  encryptionSecretKey: Uint8Array;
}

export interface TeamMemberRow {
  id: string;
  vaultId: string;
  displayName: string;
  role: TeamRole;
  region: Region;
  signingKey: Uint8Array;
  encryptionKey: Uint8Array;
  verified: boolean;
  verifiedAt: string | null;
  keysChangedAt: string | null;
  lastBundleAt: string | null;
  addedAt: string;
}

interface IdentityStoredRow {
  vault_id: string;
  display_name: string;
  role: string;
  region: string;
  signing_public_key: Buffer;
  signing_secret_key: Buffer;
  encryption_public_key: Buffer;
  encryption_secret_key: Buffer;
  created_at: string;
  updated_at: string;
}

interface MemberStoredRow {
  id: string;
  vault_id: string;
  display_name: string;
  role: string;
  region: string;
  signing_key: Buffer;
  encryption_key: Buffer;
  verified: number;
  verified_at: string | null;
  keys_changed_at: string | null;
  last_bundle_at: string | null;
  added_at: string;
  updated_at: string;
}

/** SQLite hands blobs back as Buffers over a shared pool; callers get their own plain copies. */
const bytesOf = (blob: Buffer): Uint8Array => Uint8Array.from(blob);
const blobOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function rowToIdentity(row: IdentityStoredRow): VaultIdentity {
  return {
    vaultId: row.vault_id,
    displayName: row.display_name,
    role: row.role as TeamRole,
    region: row.region as Region,
    signingPublicKey: bytesOf(row.signing_public_key),
    signingSecretKey: bytesOf(row.signing_secret_key),
    encryptionPublicKey: bytesOf(row.encryption_public_key),
    encryptionSecretKey: bytesOf(row.encryption_secret_key),
  };
}

function rowToMember(row: MemberStoredRow): TeamMemberRow {
  return {
    id: row.id,
    vaultId: row.vault_id,
    displayName: row.display_name,
    role: row.role as TeamRole,
    region: row.region as Region,
    signingKey: bytesOf(row.signing_key),
    encryptionKey: bytesOf(row.encryption_key),
    verified: row.verified === 1,
    verifiedAt: row.verified_at,
    keysChangedAt: row.keys_changed_at,
    lastBundleAt: row.last_bundle_at,
    addedAt: row.added_at,
  };
}

/** The identity, or null in a vault that has none yet (only between migration 8 and the unlock that creates it). */
export function findIdentity(db: ReadableDB): (VaultIdentity & { updatedAt: string }) | null {
  const row = db.prepare('SELECT * FROM vault_identity WHERE singleton = 1').get() as IdentityStoredRow | undefined;
  return row ? { ...rowToIdentity(row), updatedAt: row.updated_at } : null;
}

export function readIdentity(db: ReadableDB): VaultIdentity {
  const identity = findIdentity(db);
  if (!identity) throw new CreFailure('internal', 'This vault has no identity yet.');
  const { updatedAt: _updatedAt, ...rest } = identity;
  return rest;
}

export function insertIdentity(db: WritableDB, identity: VaultIdentity, at: string): void {
  db.prepare(
    `INSERT INTO vault_identity (singleton, vault_id, display_name, role, region, signing_public_key, signing_secret_key,
       encryption_public_key, encryption_secret_key, created_at, updated_at)
     VALUES (1, @vaultId, @displayName, @role, @region, @signingPublicKey, @signingSecretKey, @encryptionPublicKey, @encryptionSecretKey, @at, @at)`,
  ).run({
    vaultId: identity.vaultId,
    displayName: identity.displayName,
    role: identity.role,
    region: identity.region,
    signingPublicKey: blobOf(identity.signingPublicKey),
    signingSecretKey: blobOf(identity.signingSecretKey),
    encryptionPublicKey: blobOf(identity.encryptionPublicKey),
    encryptionSecretKey: blobOf(identity.encryptionSecretKey),
    at,
  });
}

export function updateIdentityProfile(db: WritableDB, profile: IdentityProfile, at: string): void {
  db.prepare('UPDATE vault_identity SET display_name = @displayName, role = @role, region = @region, updated_at = @at WHERE singleton = 1').run({
    ...profile,
    at,
  });
}

export function listTeamMembers(db: ReadableDB): TeamMemberRow[] {
  const rows = db.prepare('SELECT * FROM team_members ORDER BY display_name COLLATE NOCASE, added_at, id').all() as MemberStoredRow[];
  return rows.map(rowToMember);
}

export function getTeamMember(db: ReadableDB, id: string): TeamMemberRow | null {
  const row = db.prepare('SELECT * FROM team_members WHERE id = ?').get(id) as MemberStoredRow | undefined;
  return row ? rowToMember(row) : null;
}

export function findTeamMemberByVaultId(db: ReadableDB, vaultId: string): TeamMemberRow | null {
  const row = db.prepare('SELECT * FROM team_members WHERE vault_id = ?').get(vaultId) as MemberStoredRow | undefined;
  return row ? rowToMember(row) : null;
}

export function findTeamMemberBySigningKey(db: ReadableDB, signingKey: Uint8Array): TeamMemberRow | null {
  const row = db.prepare('SELECT * FROM team_members WHERE signing_key = ?').get(blobOf(signingKey)) as MemberStoredRow | undefined;
  return row ? rowToMember(row) : null;
}

export type NewTeamMember = Pick<TeamMemberRow, 'id' | 'vaultId' | 'displayName' | 'role' | 'region' | 'signingKey' | 'encryptionKey'>;

/** A member from a card just imported: unverified until the safety number is compared. */
export function insertTeamMember(db: WritableDB, member: NewTeamMember, at: string): void {
  db.prepare(
    `INSERT INTO team_members (id, vault_id, display_name, role, region, signing_key, encryption_key, verified, added_at, updated_at)
     VALUES (@id, @vaultId, @displayName, @role, @region, @signingKey, @encryptionKey, 0, @at, @at)`,
  ).run({ ...member, signingKey: blobOf(member.signingKey), encryptionKey: blobOf(member.encryptionKey), at });
}

/** Name, role and region from a newer card with the same keys: verification stays as it was. */
export function updateTeamMemberProfile(db: WritableDB, id: string, profile: IdentityProfile, at: string): void {
  db.prepare('UPDATE team_members SET display_name = @displayName, role = @role, region = @region, updated_at = @at WHERE id = @id').run({
    id,
    ...profile,
    at,
  });
}

/** A card with other keys for a known vault: the new keys replace the old, and the member is unverified from now on. */
export function replaceTeamMemberKeys(
  db: WritableDB,
  id: string,
  change: IdentityProfile & { signingKey: Uint8Array; encryptionKey: Uint8Array },
  at: string,
): void {
  db.prepare(
    `UPDATE team_members SET display_name = @displayName, role = @role, region = @region, signing_key = @signingKey,
       encryption_key = @encryptionKey, verified = 0, verified_at = NULL, keys_changed_at = @at, updated_at = @at WHERE id = @id`,
  ).run({
    id,
    displayName: change.displayName,
    role: change.role,
    region: change.region,
    signingKey: blobOf(change.signingKey),
    encryptionKey: blobOf(change.encryptionKey),
    at,
  });
}

/** Verifying clears the keys-changed warning; unverifying keeps it, if any, so the reason stays visible. */
export function setTeamMemberVerified(db: WritableDB, id: string, verified: boolean, at: string): void {
  db.prepare(
    verified
      ? 'UPDATE team_members SET verified = 1, verified_at = @at, keys_changed_at = NULL, updated_at = @at WHERE id = @id'
      : 'UPDATE team_members SET verified = 0, verified_at = NULL, updated_at = @at WHERE id = @id',
  ).run({ id, at });
}

export function deleteTeamMember(db: WritableDB, id: string): boolean {
  return db.prepare('DELETE FROM team_members WHERE id = ?').run(id).changes > 0;
}

/** Sets when the last bundle went to or came from this member. */
export function recordBundleExchange(db: WritableDB, memberId: string, at: string): void {
  db.prepare('UPDATE team_members SET last_bundle_at = @at WHERE id = @memberId').run({ memberId, at });
}
