// Property tests of review packets and returns imported into real vaults, with the bundle fuzz harness
// (tests/vectors/bundle-mutations.ts): real files damaged at random (flips, overwrites, truncations, cuts, insertions,
// duplicated or swapped regions), and well-sealed, well-signed files from admitted senders whose frames carry random
// rows for the review tables. Every case ends in a CreFailure with a bundle code, never another error, never a write.
// CRE_REVIEW_FUZZ_RUNS sets the number of cases of each property (default 1,000).
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BundleContents, BundleManifest } from '../../../common/bundles/manifest.schema.js';
import { BUNDLE_ERROR_CODES, isCreFailure } from '../../../common/contract/errors.js';
import { PACKET_TABLES, RETURN_TABLES } from '../../../common/review/packet-frames.schema.js';
import { totalChanges } from '../../../db/connection-state.js';
import type { WritableDB } from '../../../db/handles.js';
import { readIdentity, type VaultIdentity } from '../../../db/team.repo.js';
import { writeBundle } from '../../../main/core/bundles/format/bundle-writer.js';
import type { BundleFrame } from '../../../main/core/bundles/format/frames.js';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { importPacket } from '../../../main/core/review/inbox-import.js';
import { importReturnFile } from '../../../main/core/review/return-import.js';
import { callInput, grantsTestVault } from '../../helpers/grant-fixtures.js';
import { addMember, returnManifest, sentPacket } from '../../helpers/return-files.js';
import { makeTempDir, openTestCore, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';
import { tableDigests } from '../../helpers/vault-state.js';
import { craftBundle, frameBytes, manifestFrame, signedPlaintext } from '../../vectors/bundle-craft.js';
import { applyMutation, mutationArbitrary } from '../../vectors/bundle-mutations.js';

const RUNS = Number(process.env['CRE_REVIEW_FUZZ_RUNS'] ?? 1_000);
const CODES = new Set<string>(BUNDLE_ERROR_CODES);
const NOW = Date.parse('2026-06-01T12:00:00.000Z');
const EXPIRES_AT = '2026-09-01T00:00:00.000Z';
const ISO = fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') }).map((ms) => new Date(ms).toISOString());

type Tables = Record<string, Record<string, unknown>[]>;

let sodium: Sodium;
let dir: string;
/** The secretariat, which imports returns. */
let secretariat: { db: WritableDB; identity: VaultIdentity; clock: Awaited<ReturnType<typeof grantsTestVault>>['clock'] };
/** The committee member's reviewer vault, which imports packets. */
let member: { db: WritableDB; identity: VaultIdentity };
/** The packet returns answer; a fresh one once a return for it was imported. */
let packet: { packetId: string; packetBundleId: string };
let memberId: string;
let radio: string;
let callRubric: ReturnType<typeof callInput>['rubric'];

function frames(tables: Tables, files: ReadonlyMap<string, Uint8Array>): BundleFrame[] {
  const out: BundleFrame[] = Object.entries(tables).map(([table, rows]) => ({ type: 'records', table, rows }));
  for (const [attachmentId, bytes] of files) {
    for (let position = 0; position * 1000 < bytes.byteLength; position += 1) {
      out.push({ type: 'attachment', attachmentId, position, bytes: bytes.subarray(position * 1000, (position + 1) * 1000) });
    }
  }
  return out;
}

/** What the frames hold, as the manifest must state it (rows with a deleted_at are tombstones). */
function contentsOf(tables: Tables, files: ReadonlyMap<string, Uint8Array>): BundleContents {
  const records: Record<string, number> = {};
  let tombstones = 0;
  for (const [table, rows] of Object.entries(tables)) {
    records[table] = (records[table] ?? 0) + rows.length;
    tombstones += rows.filter((row) => row['deleted_at'] !== null && row['deleted_at'] !== undefined).length;
  }
  const sizes = [...files.values()].map((bytes) => bytes.byteLength);
  return { records, tombstones, attachments: { count: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) } };
}

/** A well-sealed, well-signed file in 1 KiB chunks (several chunks, so damage reaches past the first). */
async function sealed(path: string, manifest: BundleManifest, signer: VaultIdentity, recipient: VaultIdentity, tables: Tables, files: ReadonlyMap<string, Uint8Array> = new Map()): Promise<Buffer> {
  await writeBundle(sodium, {
    path,
    manifest: { ...manifest, bundleId: randomUUID(), contents: contentsOf(tables, files) },
    sender: { signingSecretKey: signer.signingSecretKey },
    recipients: [recipient.encryptionPublicKey],
    frames: frames(tables, files),
    chunkSize: 1024,
  });
  return readFileSync(path);
}

/** The same file made in memory with the format's own pieces (no disk sync): for the many random-row cases. */
function crafted(path: string, manifest: BundleManifest, signer: VaultIdentity, recipient: VaultIdentity, tables: Tables): void {
  const complete = { ...manifest, bundleId: randomUUID(), contents: contentsOf(tables, new Map()) };
  const bytes = craftBundle(sodium, {
    recipients: [recipient.encryptionPublicKey],
    fileKey: sodium.crypto_secretstream_xchacha20poly1305_keygen(),
    plaintext: (header) => signedPlaintext(sodium, header, [manifestFrame(complete), ...frames(tables, new Map()).map(frameBytes)], signer.signingSecretKey),
  });
  writeFileSync(path, bytes);
}

const returnManifestFor = () => returnManifest(sodium, member.identity, secretariat.identity, packet, {});

function packetManifestFor(): BundleManifest {
  const { review: _review, ...base } = returnManifestFor();
  const key = (bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
  const { identity: from } = secretariat;
  return {
    ...base,
    kind: 'review_packet',
    sender: { vaultId: from.vaultId, signingKey: key(from.signingPublicKey), encryptionKey: key(from.encryptionPublicKey) },
    recipients: [{ signingKey: key(member.identity.signingPublicKey), encryptionKey: key(member.identity.encryptionPublicKey) }],
    packet: { packetId: randomUUID(), expiresAt: EXPIRES_AT },
  };
}

/** A coherent return: no conflict on the radio, its scores, long advice (the file spans several chunks). */
function returnBase(): Tables {
  return {
    return_declarations: [{ applicationId: radio, declaration: 'none', reason: '', declaredAt: '2026-05-01T09:00:00.000Z' }],
    return_scores: [{ applicationId: radio, scores: callRubric.map((c) => ({ criterionId: c.id, score: 3, comment: 'Sound.' })), scoredAt: '2026-05-01T10:00:00.000Z' }],
    return_advice: [{ advice: 'Fund the radio first. '.repeat(250), returnedAt: '2026-05-02T10:00:00.000Z' }],
  };
}

/** A coherent packet: cover, call, application, question, and a 3,000-byte file. */
function packetBase(manifest: BundleManifest & { kind: 'review_packet' }): { tables: Tables; files: Map<string, Uint8Array> } {
  const callId = randomUUID();
  const applicationId = randomUUID();
  const fileId = randomUUID();
  const bytes = new Uint8Array(3000).map((_, i) => (i * 31) % 251);
  const tables: Tables = {
    packet_info: [{ packetId: manifest.packet.packetId, title: 'Seed fund', message: 'Please advise.', respondBy: null, expiresAt: EXPIRES_AT, blind: false, period: null, senderName: 'Ana Coordinator' }],
    packet_calls: [{ id: callId, title: 'Rivers and finance', text: 'Small grants.', language: 'en', currency: 'USD', ceiling: 5000, criteria: callRubric }],
    packet_applications: [
      {
        id: applicationId, callId, title: 'Community radio', communityName: 'Rio Verde', country: 'BR', region: 'latin_america', originalLanguage: 'pt',
        originalText: 'Uma rádio.', translationLanguage: 'en', translation: 'A radio.', amountRequested: 4500, budget: [], fileIds: [fileId],
      },
    ],
    packet_questions: [{ id: 'priorities', text: 'What first?', kind: 'text', lowLabel: '', highLabel: '', position: 0 }],
    packet_files: [{ id: fileId, applicationId, name: 'budget.pdf', mediaType: 'application/pdf', size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') }],
  };
  return { tables, files: new Map([[fileId, bytes]]) };
}

async function outcome(work: () => Promise<unknown>): Promise<string> {
  return work().then(
    () => 'success',
    (error: unknown) => (isCreFailure(error) ? error.code : `untyped: ${String(error)}`),
  );
}

const importAsReturn = (path: string) => outcome(() => importReturnFile({ sodium, db: secretariat.db, path, now: () => new Date(NOW).toISOString(), clock: secretariat.clock }));
const importAsPacket = (path: string) => outcome(() => importPacket({ sodium, db: member.db, path, now: () => NOW }));

beforeAll(async () => {
  sodium = await loadSodium();
  dir = makeTempDir('cre-review-fuzz-');
  const vault = await grantsTestVault();
  secretariat = { db: vault.openVault().db, identity: readIdentity(vault.openVault().db), clock: vault.clock };
  const { core } = await openTestCore();
  core.vault.create(STRONG_PASSPHRASE, { reviewer: true });
  member = { db: core.vault.openVault().db, identity: readIdentity(core.vault.openVault().db) };
  addMember(member.db, secretariat.identity, { name: 'Ana Coordinator', role: 'coordinator' });
  memberId = addMember(secretariat.db, member.identity, { name: 'Marta Committee', role: 'advisory_committee' });
  const call = callInput([vault.me]);
  callRubric = call.rubric;
  radio = vault.addApplication(vault.calls.create(call).id, { title: 'Community radio' });
  packet = newPacket();
});

function newPacket(): { packetId: string; packetBundleId: string } {
  const sent = sentPacket(secretariat.db, { memberId, vaultId: member.identity.vaultId }, { applicationIds: [radio] });
  return { packetId: sent.packetId, packetBundleId: sent.bundleId as string };
}

/** Runs the property over `base` damaged at random, imported by `importer` into `db`; answers the codes seen. */
async function mutatedRuns(base: Buffer, importer: (path: string) => Promise<string>, db: WritableDB): Promise<Map<string, number>> {
  const path = join(dir, 'mutated.bin');
  const seen = new Map<string, number>();
  const before = tableDigests(db);
  const written = totalChanges(db);
  await fc.assert(
    fc.asyncProperty(mutationArbitrary, async (mutations) => {
      const bytes = mutations.reduce(applyMutation, Uint8Array.from(base));
      fc.pre(Buffer.compare(bytes, base) !== 0);
      writeFileSync(path, bytes);
      const code = await importer(path);
      seen.set(code, (seen.get(code) ?? 0) + 1);
      expect(CODES.has(code), code).toBe(true);
      expect(totalChanges(db)).toBe(written);
    }),
    { numRuns: RUNS },
  );
  expect(tableDigests(db)).toEqual(before);
  return seen;
}

// Rows: junk objects, or rows shaped like the review tables' with random values (ids that name nothing here).
const junkRow = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 });
const criterionId = fc.constantFrom('community-led', 'feasibility', 'budget', 'beauty');
const shapedReturnRows: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  return_declarations: fc.record({ applicationId: fc.uuid(), declaration: fc.constantFrom('none', 'conflict'), reason: fc.string({ maxLength: 20 }), declaredAt: ISO }),
  return_scores: fc.record({ applicationId: fc.uuid(), scores: fc.array(fc.record({ criterionId, score: fc.integer({ min: 0, max: 5 }), comment: fc.string({ maxLength: 10 }) }), { minLength: 1, maxLength: 4 }), scoredAt: ISO }),
  return_answers: fc.record({ questionId: fc.stringMatching(/^[a-z0-9-]{1,12}$/), text: fc.string({ maxLength: 20 }), rating: fc.option(fc.integer({ min: 1, max: 5 })) }),
  return_advice: fc.record({ advice: fc.string({ maxLength: 40 }), returnedAt: ISO }),
};
const shapedPacketRows: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  packet_info: fc.record({ packetId: fc.uuid(), title: fc.string({ maxLength: 20 }), message: fc.string(), respondBy: fc.constant(null), expiresAt: ISO, blind: fc.boolean(), period: fc.constant(null), senderName: fc.string({ maxLength: 10 }) }),
  packet_files: fc.record({ id: fc.uuid(), applicationId: fc.option(fc.uuid()), name: fc.string({ maxLength: 10 }), mediaType: fc.constant('text/plain'), size: fc.nat(5000), sha256: fc.stringMatching(/^[0-9a-f]{64}$/) }),
  packet_questions: fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,12}$/), text: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ''), kind: fc.constantFrom('text', 'rating'), lowLabel: fc.constant(''), highLabel: fc.constant(''), position: fc.nat(3) }),
};

/** Any of the kind's tables (and two that are not), rows of any shape mixed. */
const mixedTables = (names: readonly string[], shaped: Record<string, fc.Arbitrary<Record<string, unknown>>>) =>
  fc.dictionary(fc.constantFrom(...names, 'grant_reviews', 'collaborators'), fc.array(fc.oneof(junkRow, ...Object.values(shaped)), { minLength: 1, maxLength: 4 }), { minKeys: 1, maxKeys: 4 });

/** Only rows valid for their table: the checks after the rows' schemas (coherence with the packet or the cover) answer. */
const validTables = (shaped: Record<string, fc.Arbitrary<Record<string, unknown>>>) =>
  fc
    .record(Object.fromEntries(Object.entries(shaped).map(([table, row]) => [table, fc.array(row, { minLength: 1, maxLength: 3 })])), { requiredKeys: [] })
    .filter((tables) => Object.keys(tables).length > 0) as fc.Arbitrary<Tables>;

/** A return whose only rows are one valid advice row is a whole, coherent return: the one case that may be accepted. */
function adviceOnly(tables: Tables): boolean {
  const [only, ...others] = Object.entries(tables);
  const row = only?.[1][0];
  return others.length === 0 && only?.[0] === 'return_advice' && only[1].length === 1 && typeof row?.['advice'] === 'string' && Object.keys(row).length === 2;
}

describe('fuzzed review files', () => {
  it(`refuses ${RUNS} damaged returns with a bundle code and writes nothing`, async () => {
    const base = await sealed(join(dir, 'return.base'), returnManifestFor(), member.identity, secretariat.identity, returnBase());
    const seen = await mutatedRuns(base, importAsReturn, secretariat.db);
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['bad_header', 'bad_payload', 'truncated']));
    // The undamaged base is a good return.
    writeFileSync(join(dir, 'return.good'), base);
    expect(await importAsReturn(join(dir, 'return.good'))).toBe('success');
  }, 60_000 + RUNS * 100);

  it(`refuses ${RUNS} damaged packets with a bundle code and writes nothing`, async () => {
    const manifest = packetManifestFor() as BundleManifest & { kind: 'review_packet' };
    const { tables, files } = packetBase(manifest);
    const base = await sealed(join(dir, 'packet.base'), manifest, secretariat.identity, member.identity, tables, files);
    const seen = await mutatedRuns(base, importAsPacket, member.db);
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['bad_header', 'bad_payload', 'truncated']));
    writeFileSync(join(dir, 'packet.good'), base);
    expect(await importAsPacket(join(dir, 'packet.good'))).toBe('success');
  }, 60_000 + RUNS * 100);

  it(`refuses ${RUNS} sealed, signed returns and packets with random rows, and writes nothing`, async () => {
    // A packet no return answered yet: random returns reach their rows' checks rather than `replayed`.
    packet = newPacket();
    const returnsBefore = { tables: tableDigests(secretariat.db), written: totalChanges(secretariat.db) };
    const packetsBefore = { tables: tableDigests(member.db), written: totalChanges(member.db) };
    const path = join(dir, 'random.bin');
    const seen = new Map<string, number>();
    const kinds = fc.oneof(
      fc.oneof(mixedTables(RETURN_TABLES, shapedReturnRows), validTables(shapedReturnRows)).filter((tables) => !adviceOnly(tables)).map((tables) => ({ kind: 'return' as const, tables })),
      fc.oneof(mixedTables(PACKET_TABLES, shapedPacketRows), validTables(shapedPacketRows)).map((tables) => ({ kind: 'packet' as const, tables })),
    );
    await fc.assert(
      fc.asyncProperty(kinds, async ({ kind, tables }) => {
        const code =
          kind === 'return'
            ? (crafted(path, returnManifestFor(), member.identity, secretariat.identity, tables), await importAsReturn(path))
            : (crafted(path, packetManifestFor(), secretariat.identity, member.identity, tables), await importAsPacket(path));
        seen.set(code, (seen.get(code) ?? 0) + 1);
        expect(CODES.has(code), code).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect({ tables: tableDigests(secretariat.db), written: totalChanges(secretariat.db) }).toEqual(returnsBefore);
    expect({ tables: tableDigests(member.db), written: totalChanges(member.db) }).toEqual(packetsBefore);
    expect(seen.get('bad_payload')).toBeGreaterThan(0);
  }, 60_000 + RUNS * 100);
});
