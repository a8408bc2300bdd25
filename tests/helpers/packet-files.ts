// Review packets for tests, written straight with writeReviewBundle from fixture rows and signed by a secretariat
// vault's own identity, so a reviewer's side can be tested without composing packets; and reviewer-mode test vaults
// behind the real router, introduced to the team like the others (team-vaults.ts).
import { createHash, randomUUID } from 'node:crypto';
import { BUNDLE_FORMAT_VERSION, type PacketManifest } from '../../common/bundles/manifest.schema.js';
import type { PacketTable } from '../../common/review/packet-frames.schema.js';
import { inTransaction } from '../../db/handles.js';
import { takeNextSequence } from '../../db/sync.repo.js';
import { getTeamMember, readIdentity } from '../../db/team.repo.js';
import { publicKeyText } from '../../main/core/bundles/format/bundle-crypto.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { reviewContents, writeReviewBundle, type OutgoingFile } from '../../main/core/review/review-bundle.js';
import { teamVault, type TeamVault } from './team-vaults.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A vault in reviewer mode (an Advisory Committee member's, unless told otherwise), behind the real router. */
export async function reviewerVault(profile: { displayName: string; role?: 'advisory_committee' | 'working_group'; region?: string }): Promise<TeamVault> {
  return teamVault({ displayName: profile.displayName, role: profile.role ?? 'advisory_committee', region: profile.region ?? 'global' });
}

export type PacketRows = { [T in PacketTable]: Record<string, unknown>[] };

export interface PacketFixture {
  packetId: string;
  expiresAt: string;
  rows: PacketRows;
  /** Each file's bytes, by the id of its packet_files row. */
  bytes: Map<string, Uint8Array>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const levels = ['Absent', 'Weak', 'Partial', 'Fair', 'Good', 'Excellent'];

/**
 * A packet of three applications to one call (criteria `fit` and `feasibility`), a monitoring report, one consultation,
 * a text question `q-text` and a rating question `q-rating`, and a file of the second application. `sentinel` goes into
 * the first application's text (three times, so that one copy lies whole in a page) and into the file's bytes.
 */
export function packetFixture(options: { now: number; days?: number; sentinel?: string; fileSentinel?: string; fileBytes?: number }): PacketFixture {
  const packetId = randomUUID();
  const expiresAt = new Date(options.now + (options.days ?? 60) * DAY_MS).toISOString();
  const callId = randomUUID();
  const applicationIds = [randomUUID(), randomUUID(), randomUUID()] as const;
  const fileId = randomUUID();
  const fileSentinel = options.fileSentinel ?? 'plain file';
  const filler = new Uint8Array(options.fileBytes ?? 20_000).map((_, i) => (i * 31) % 251);
  const fileBytes = Buffer.concat([Buffer.from(`${fileSentinel} `), filler, Buffer.from(` ${fileSentinel} `), filler, Buffer.from(` ${fileSentinel}`)]);
  const sentinel = options.sentinel ?? 'nothing to see';
  const application = (id: string, title: string, text: string, fileIds: string[]) => ({
    id, callId, title, communityName: `${title} community`, country: 'CO', region: 'latin_america', originalLanguage: 'es',
    originalText: text, translationLanguage: 'en', translation: `Translation of ${title}`, amountRequested: 4000,
    budget: [{ description: 'Seeds', amount: 4000, currency: 'USD', converted: 4000 }], fileIds,
  });
  const rows: PacketRows = {
    packet_info: [{ packetId, title: 'Round of March', message: 'Please advise on these.', respondBy: '2026-02-15', expiresAt, blind: false, period: { from: '2025-10-01', to: '2025-12-31' }, senderName: 'Secretariat' }],
    packet_calls: [{
      id: callId, title: 'Seeds for defenders', text: 'Call text', language: 'en', currency: 'USD', ceiling: 5000,
      criteria: [
        { id: 'fit', name: 'Fit with the call', weight: 2, levels },
        { id: 'feasibility', name: 'Feasibility', weight: 1, levels },
      ],
    }],
    packet_applications: [
      application(applicationIds[0], 'Rio Verde seeds', `Our river. ${sentinel} Our seeds. ${sentinel} Our land. ${sentinel}`, []),
      application(applicationIds[1], 'Montaña radio', 'A community radio for the valley.', [fileId]),
      application(applicationIds[2], 'Lago school', 'A school garden by the lake.', []),
    ],
    packet_report: [{ from: '2025-10-01', to: '2025-12-31', figures: [{ key: 'collaborations.active', value: 12 }], collaborations: [] }],
    packet_consultations: [{
      id: randomUUID(), topic: 'Water rights', startsOn: '2025-11-03', endsOn: null, channel: 'meeting', participants: ['Rio Verde'],
      feedback: [{ theme: 'water', text: 'The river is drying.', quote: '' }], actions: [],
    }],
    packet_questions: [
      { id: 'q-text', text: 'What should the exchange do next?', kind: 'text', lowLabel: '', highLabel: '', position: 0 },
      { id: 'q-rating', text: 'How well did the exchange listen?', kind: 'rating', lowLabel: 'Not at all', highLabel: 'Very well', position: 1 },
    ],
    packet_files: [{ id: fileId, applicationId: applicationIds[1], name: 'budget.pdf', mediaType: 'application/pdf', size: fileBytes.byteLength, sha256: sha256(fileBytes) }],
  };
  return { packetId, expiresAt, rows, bytes: new Map([[fileId, fileBytes]]) };
}

/** The fixture's application ids in order, and its file id. */
export function fixtureIds(fixture: PacketFixture): { applications: string[]; file: string; callId: string } {
  const applications = fixture.rows.packet_applications.map((a) => a['id'] as string);
  return { applications, file: fixture.rows.packet_files[0]?.['id'] as string, callId: fixture.rows.packet_calls[0]?.['id'] as string };
}

/**
 * Writes `fixture` at `path` as `from` (its identity signs) sealed to `to`, a member of its directory by name. `manifest`
 * overrides fields of the manifest (a bundle id, an expiry); the contents are counted from the rows and files.
 */
export async function writePacketFile(
  from: TeamVault,
  toName: string,
  fixture: PacketFixture,
  path: string,
  manifest: Partial<Pick<PacketManifest, 'bundleId' | 'packet'>> = {},
): Promise<{ bundleId: string; bytes: number }> {
  const sodium = await loadSodium();
  const { db } = from.core.vault.openVault();
  const member = getTeamMember(db, await from.memberIdOf(toName));
  if (!member) throw new Error(`${from.name} does not know ${toName}`);
  const identity = readIdentity(db);
  const files: OutgoingFile[] = [...fixture.bytes].map(([id, bytes]) => ({ id, size: bytes.byteLength, pieces: () => [bytes] }));
  const bundleId = manifest.bundleId ?? randomUUID();
  try {
    const written = await writeReviewBundle(sodium, {
      path,
      manifest: {
        format: 'cre-bundle',
        version: BUNDLE_FORMAT_VERSION,
        bundleId,
        kind: 'review_packet',
        createdAt: new Date(from.platform.now()).toISOString(),
        sequence: inTransaction(db, () => takeNextSequence(db)),
        sender: { vaultId: identity.vaultId, signingKey: publicKeyText(sodium, identity.signingPublicKey), encryptionKey: publicKeyText(sodium, identity.encryptionPublicKey) },
        recipients: [{ signingKey: publicKeyText(sodium, member.signingKey), encryptionKey: publicKeyText(sodium, member.encryptionKey) }],
        contents: reviewContents(fixture.rows, files),
        packet: manifest.packet ?? { packetId: fixture.packetId, expiresAt: fixture.expiresAt },
      },
      signingSecretKey: identity.signingSecretKey,
      recipientEncryptionKey: member.encryptionKey,
      tables: fixture.rows,
      files,
    });
    return { bundleId, bytes: written.bytes };
  } finally {
    sodium.memzero(identity.signingSecretKey);
    sodium.memzero(identity.encryptionSecretKey);
  }
}
