// Returns for tests, without the reviewer's inbox: a member's reviewer vault (its real identity), the member in the
// secretariat's directory, a packet row marked sent to them, and return files written with writeReviewBundle, signed
// by the member's identity and sealed to the secretariat.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { ReturnManifest } from '../../common/bundles/manifest.schema.js';
import type { PacketQuestion, ReturnAdviceRow, ReturnAnswerRow, ReturnDeclarationRow, ReturnScoresRow } from '../../common/review/packet-frames.schema.js';
import type { TeamRole } from '../../common/team/team.schema.js';
import type { WritableDB } from '../../db/handles.js';
import { insertPacket, markPacketSent } from '../../db/review-packets.repo.js';
import { insertTeamMember, readIdentity, setTeamMemberVerified, type VaultIdentity } from '../../db/team.repo.js';
import type { Sodium } from '../../main/core/crypto/sodium.js';
import { reviewContents, writeReviewBundle } from '../../main/core/review/review-bundle.js';
import { craftBundle, frameBytes, manifestFrame, signedPlaintext } from '../vectors/bundle-craft.js';
import { makeTempDir, openTestCore, STRONG_PASSPHRASE } from './temp-vault.js';

/** A member's reviewer vault's identity: the keys a return is signed with. */
export async function reviewerIdentity(): Promise<VaultIdentity> {
  const { core } = await openTestCore();
  core.vault.create(STRONG_PASSPHRASE, { reviewer: true });
  return readIdentity(core.vault.openVault().db);
}

/** Adds the member to the secretariat's directory (verified unless told); answers their member id. */
export function addMember(db: WritableDB, identity: VaultIdentity, profile: { name: string; role: TeamRole; verified?: boolean }): string {
  const id = uuidv7();
  const at = new Date().toISOString();
  insertTeamMember(
    db,
    { id, vaultId: identity.vaultId, displayName: profile.name, role: profile.role, region: 'global', signingKey: identity.signingPublicKey, encryptionKey: identity.encryptionPublicKey },
    at,
  );
  if (profile.verified !== false) setTeamMemberVerified(db, id, true, at);
  return id;
}

export interface SentPacket {
  packetId: string;
  /** Null when the packet was composed and never sent. */
  bundleId: string | null;
}

/** A packet row for the member with these applications and questions, marked sent as a bundle (unless `sent` is false). */
export function sentPacket(
  db: WritableDB,
  member: { memberId: string; vaultId: string },
  content: { applicationIds: string[]; questions?: PacketQuestion[]; sent?: boolean },
): SentPacket {
  const packetId = uuidv7();
  insertPacket(db, {
    id: packetId,
    memberId: member.memberId,
    memberVaultId: member.vaultId,
    title: 'Seed fund applications',
    message: '',
    blind: false,
    applicationIds: content.applicationIds,
    fileIds: [],
    periodFrom: null,
    periodTo: null,
    includeReport: false,
    questions: content.questions ?? [],
    respondBy: null,
    expiresAt: '2026-12-31T00:00:00.000Z',
    createdAt: new Date().toISOString(),
  });
  if (content.sent === false) return { packetId, bundleId: null };
  const bundleId = randomUUID();
  markPacketSent(db, packetId, { bundleId, sentAt: new Date().toISOString(), bytes: 1000 });
  return { packetId, bundleId };
}

/** A return's rows; any table left out travels empty, the advice defaults to a short note. */
export interface ReturnContent {
  declarations?: ReturnDeclarationRow[];
  scores?: ReturnScoresRow[];
  answers?: ReturnAnswerRow[];
  advice?: ReturnAdviceRow[];
}

export const RETURNED_AT = '2026-05-02T10:00:00.000Z';

/** The tables of a return as a member's vault writes them. */
export function returnTables(content: ReturnContent): Record<string, Record<string, unknown>[]> {
  const tables: Record<string, Record<string, unknown>[]> = {
    return_declarations: content.declarations ?? [],
    return_scores: content.scores ?? [],
    return_answers: content.answers ?? [],
    return_advice: content.advice ?? [{ advice: 'Fund the radio first.', returnedAt: RETURNED_AT }],
  };
  return Object.fromEntries(Object.entries(tables).filter(([, rows]) => rows.length > 0));
}

/** The manifest of a return from `signer` to `secretariat`, answering the packet. */
export function returnManifest(
  sodium: Sodium,
  signer: VaultIdentity,
  secretariat: Pick<VaultIdentity, 'signingPublicKey' | 'encryptionPublicKey'>,
  packet: { packetId: string; packetBundleId: string },
  tables: Record<string, Record<string, unknown>[]>,
): ReturnManifest {
  const key = (bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
  return {
    format: 'cre-bundle',
    version: 1,
    kind: 'review_return',
    bundleId: randomUUID(),
    createdAt: RETURNED_AT,
    sequence: 1,
    sender: { vaultId: signer.vaultId, signingKey: key(signer.signingPublicKey), encryptionKey: key(signer.encryptionPublicKey) },
    recipients: [{ signingKey: key(secretariat.signingPublicKey), encryptionKey: key(secretariat.encryptionPublicKey) }],
    contents: reviewContents(tables, []),
    review: packet,
  };
}

/** Writes a return file signed by `signer` for the secretariat's vault; answers its path and bundle id. */
export async function writeReturnFile(
  sodium: Sodium,
  options: {
    signer: VaultIdentity;
    secretariat: Pick<VaultIdentity, 'signingPublicKey' | 'encryptionPublicKey'>;
    packet: { packetId: string; packetBundleId: string };
    content: ReturnContent;
    path?: string;
  },
): Promise<{ path: string; bundleId: string }> {
  const tables = returnTables(options.content);
  const manifest = returnManifest(sodium, options.signer, options.secretariat, options.packet, tables);
  const path = options.path ?? join(makeTempDir('cre-return-'), 'review.crereturn');
  await writeReviewBundle(sodium, {
    path,
    manifest,
    signingSecretKey: options.signer.signingSecretKey,
    recipientEncryptionKey: options.secretariat.encryptionPublicKey,
    tables,
    files: [],
  });
  return { path, bundleId: manifest.bundleId };
}

/**
 * The same return made with the format's own pieces and none of the writer's checks: in 1 KiB chunks (so damage can
 * reach past the first), and signed with `signWith` when given (another key than the one the manifest names).
 */
export function craftReturnFile(
  sodium: Sodium,
  options: {
    signer: VaultIdentity;
    secretariat: Pick<VaultIdentity, 'signingPublicKey' | 'encryptionPublicKey'>;
    packet: { packetId: string; packetBundleId: string };
    content: ReturnContent;
    signWith?: Uint8Array;
  },
): { path: string; bundleId: string } {
  const tables = returnTables(options.content);
  const manifest = returnManifest(sodium, options.signer, options.secretariat, options.packet, tables);
  const frames = Object.entries(tables).map(([table, rows]) => frameBytes({ type: 'records', table, rows }));
  const bytes = craftBundle(sodium, {
    recipients: [options.secretariat.encryptionPublicKey],
    fileKey: sodium.crypto_secretstream_xchacha20poly1305_keygen(),
    chunkSize: 1024,
    plaintext: (header) => signedPlaintext(sodium, header, [manifestFrame(manifest), ...frames], options.signWith ?? options.signer.signingSecretKey),
  });
  const path = join(makeTempDir('cre-return-'), 'crafted.crereturn');
  writeFileSync(path, bytes);
  return { path, bundleId: manifest.bundleId };
}
