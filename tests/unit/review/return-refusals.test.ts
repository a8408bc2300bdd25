// Every refusal of a return at the secretariat answers its typed code and writes nothing: every table's rows, and the
// connection's count of rows written, are the same before and after.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCreFailure } from '../../../common/contract/errors.js';
import type { PacketManifest, SyncManifest } from '../../../common/bundles/manifest.schema.js';
import { totalChanges } from '../../../db/connection-state.js';
import { getCall, updateCall } from '../../../db/grant-calls.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { readIdentity, type VaultIdentity } from '../../../db/team.repo.js';
import { CHUNK_OVERHEAD_BYTES } from '../../../main/core/bundles/format/bundle-header.js';
import { writeBundle } from '../../../main/core/bundles/format/bundle-writer.js';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { importReturnFile } from '../../../main/core/review/return-import.js';
import { reviewContents, writeReviewBundle } from '../../../main/core/review/review-bundle.js';
import { callInput, grantsTestVault, type GrantsTestVault } from '../../helpers/grant-fixtures.js';
import { addMember, craftReturnFile, returnManifest, reviewerIdentity, sentPacket, writeReturnFile, type ReturnContent } from '../../helpers/return-files.js';
import { makeTempDir } from '../../helpers/temp-vault.js';
import { tableDigests } from '../../helpers/vault-state.js';
import { splitBundle } from '../../vectors/bundle-craft.js';

const CRITERIA = ['community-led', 'feasibility', 'budget'];
const fullScores = (score: number) => CRITERIA.map((criterionId) => ({ criterionId, score, comment: '' }));
/** A crafted return's 1 KiB chunk, sealed. */
const SEALED_CHUNK = 1024 + CHUNK_OVERHEAD_BYTES;
const DECLARED_AT = '2026-05-01T09:00:00.000Z';
const SCORED_AT = '2026-05-01T10:00:00.000Z';

let sodium: Sodium;
let vault: GrantsTestVault;
let db: WritableDB;
let secretariat: VaultIdentity;
let marta: VaultIdentity;
let martaId: string;
let wen: VaultIdentity;
let radio: string;
let nets: string;
let outside: string;

beforeAll(async () => {
  sodium = await loadSodium();
  vault = await grantsTestVault();
  db = vault.openVault().db;
  secretariat = readIdentity(db);
  marta = await reviewerIdentity();
  wen = await reviewerIdentity();
  martaId = addMember(db, marta, { name: 'Marta Committee', role: 'advisory_committee' });
  addMember(db, wen, { name: 'Wen Outside', role: 'working_group' });
  const { id: callId } = vault.calls.create(callInput([vault.me]));
  radio = vault.addApplication(callId, { title: 'Community radio' });
  nets = vault.addApplication(callId, { title: 'Fishing nets' });
  outside = vault.addApplication(callId, { title: 'Not in any packet' });
});

/** A packet to Marta with the radio and the nets and one text question. */
function martasPacket(options: { sent?: boolean } = {}) {
  return sentPacket(db, { memberId: martaId, vaultId: marta.vaultId }, {
    applicationIds: [radio, nets],
    questions: [{ id: 'priorities', text: 'What should come first?', kind: 'text', lowLabel: '', highLabel: '' }],
    ...options,
  });
}

/** A coherent return: no conflict on the radio and scores for it, an answer, advice. */
const goodContent = (): ReturnContent => ({
  declarations: [{ applicationId: radio, declaration: 'none', reason: '', declaredAt: DECLARED_AT }],
  scores: [{ applicationId: radio, scores: fullScores(4), scoredAt: SCORED_AT }],
  answers: [{ questionId: 'priorities', text: 'The radio.', rating: null }],
});

function snapshot() {
  return { tables: tableDigests(db), written: totalChanges(db) };
}

/** Imports `path`, expecting a refusal; answers its code, having checked that nothing was written. */
async function refusal(path: string): Promise<string> {
  const before = snapshot();
  const code = await importReturnFile({ sodium, db, path, now: () => '2026-05-03T08:00:00.000Z', clock: vault.clock }).then(
    () => 'success',
    (error: unknown) => (isCreFailure(error) ? error.code : `untyped: ${String(error)}`),
  );
  expect(snapshot()).toEqual(before);
  return code;
}

async function martasReturn(packet: { packetId: string; bundleId: string | null }, content: ReturnContent = goodContent(), signer = marta) {
  return writeReturnFile(sodium, { signer, secretariat, packet: { packetId: packet.packetId, packetBundleId: packet.bundleId ?? randomUUID() }, content });
}

describe('refused returns write nothing', () => {
  it('refuses a return for a packet never sent, an unknown packet, or another bundle of the packet as unknown_packet', async () => {
    expect(await refusal((await martasReturn(martasPacket({ sent: false }))).path)).toBe('unknown_packet');
    expect(await refusal((await martasReturn({ packetId: randomUUID(), bundleId: randomUUID() })).path)).toBe('unknown_packet');
    const packet = martasPacket();
    expect(await refusal((await martasReturn({ packetId: packet.packetId, bundleId: randomUUID() })).path)).toBe('unknown_packet');
  });

  it('refuses a return signed by another verified member (not_recipient), a stranger, or an unverified member', async () => {
    const packet = martasPacket();
    expect(await refusal((await martasReturn(packet, goodContent(), wen)).path)).toBe('not_recipient');
    expect(await refusal((await martasReturn(packet, goodContent(), await reviewerIdentity())).path)).toBe('unknown_sender');
    const unverified = await reviewerIdentity();
    const unverifiedId = addMember(db, unverified, { name: 'Unverified', role: 'advisory_committee', verified: false });
    const theirs = sentPacket(db, { memberId: unverifiedId, vaultId: unverified.vaultId }, { applicationIds: [radio] });
    expect(await refusal((await martasReturn(theirs, goodContent(), unverified)).path)).toBe('unverified_sender');
  });

  it('refuses the same return imported twice, and a second, different return for the same packet, as replayed', async () => {
    const packet = martasPacket();
    const first = await martasReturn(packet);
    await importReturnFile({ sodium, db, path: first.path, now: () => '2026-05-03T08:00:00.000Z', clock: vault.clock });
    expect(await refusal(first.path)).toBe('replayed');
    const second = await martasReturn(packet, { ...goodContent(), scores: [{ applicationId: radio, scores: fullScores(1), scoredAt: SCORED_AT }] });
    expect(await refusal(second.path)).toBe('replayed');
    expect(vault.reviews.forApplication(radio).find((r) => r.reviewerVaultId === marta.vaultId)?.scores).toEqual(fullScores(4));
  });

  it('refuses a return whose signature is not by the key its manifest names as bad_signature', async () => {
    const packet = martasPacket();
    // Marta's keys in the manifest, Wen's signature on the bytes.
    const forged = craftReturnFile(sodium, { signer: marta, secretariat, packet: { packetId: packet.packetId, packetBundleId: packet.bundleId! }, content: goodContent(), signWith: wen.signingSecretKey });
    expect(await refusal(forged.path)).toBe('bad_signature');
  });

  it('refuses a tampered byte and a truncated file', async () => {
    const packet = martasPacket();
    // Long advice in 1 KiB chunks: damage past the first chunk is damage to the payload.
    const content = { ...goodContent(), advice: [{ advice: 'Fund the radio first. '.repeat(200), returnedAt: SCORED_AT }] };
    const { path } = craftReturnFile(sodium, { signer: marta, secretariat, packet: { packetId: packet.packetId, packetBundleId: packet.bundleId! }, content });
    const good = readFileSync(path);
    const dir = makeTempDir();
    const { payloadStart } = splitBundle(good);
    for (const at of [payloadStart + SEALED_CHUNK + 5, Math.floor((payloadStart + good.byteLength) / 2), good.byteLength - 1]) {
      const tampered = Buffer.from(good);
      tampered[at] = (tampered[at] ?? 0) ^ 0x10;
      writeFileSync(join(dir, 'tampered.crereturn'), tampered);
      expect(['bad_signature', 'bad_payload']).toContain(await refusal(join(dir, 'tampered.crereturn')));
    }
    // The first chunk opens with the header's hash: damage there is reported as a damaged header.
    const first = Buffer.from(good);
    first[payloadStart + 3] = (first[payloadStart + 3] ?? 0) ^ 0x10;
    writeFileSync(join(dir, 'tampered.crereturn'), first);
    expect(await refusal(join(dir, 'tampered.crereturn'))).toBe('bad_header');
    for (const keep of [good.byteLength - 1, payloadStart + 2 * SEALED_CHUNK, Math.floor(good.byteLength / 2)]) {
      writeFileSync(join(dir, 'truncated.crereturn'), good.subarray(0, keep));
      expect(['truncated', 'bad_payload']).toContain(await refusal(join(dir, 'truncated.crereturn')));
    }
    // The untouched file is a good return.
    expect(await importReturnFile({ sodium, db, path, now: () => '2026-05-03T08:00:00.000Z', clock: vault.clock })).toMatchObject({ scores: 1 });
  });

  it('refuses scores on an application the member declared a conflict on, in this return or before, as recused', async () => {
    const conflictNow: ReturnContent = {
      declarations: [{ applicationId: radio, declaration: 'conflict', reason: 'My cousin applied', declaredAt: DECLARED_AT }],
      scores: [{ applicationId: radio, scores: fullScores(5), scoredAt: SCORED_AT }],
    };
    expect(await refusal((await martasReturn(martasPacket(), conflictNow)).path)).toBe('recused');

    // An earlier return declared a conflict on the nets: a later packet's scores on them, or "no conflict", are refused.
    const earlier = await martasReturn(martasPacket(), { declarations: [{ applicationId: nets, declaration: 'conflict', reason: 'My boat', declaredAt: DECLARED_AT }] });
    await importReturnFile({ sodium, db, path: earlier.path, now: () => '2026-05-03T08:00:00.000Z', clock: vault.clock });
    const scoresAgain: ReturnContent = {
      declarations: [{ applicationId: nets, declaration: 'none', reason: '', declaredAt: DECLARED_AT }],
      scores: [{ applicationId: nets, scores: fullScores(5), scoredAt: SCORED_AT }],
    };
    expect(await refusal((await martasReturn(martasPacket(), scoresAgain)).path)).toBe('recused');
    expect(await refusal((await martasReturn(martasPacket(), { scores: scoresAgain.scores! })).path)).toBe('recused');
    expect(await refusal((await martasReturn(martasPacket(), { declarations: scoresAgain.declarations! })).path)).toBe('recused');
    // Declaring the conflict again is no refusal; the conflict stays as first declared.
    const again = await martasReturn(martasPacket(), { declarations: [{ applicationId: nets, declaration: 'conflict', reason: 'Still my boat', declaredAt: SCORED_AT }] });
    await importReturnFile({ sodium, db, path: again.path, now: () => '2026-05-03T08:00:00.000Z', clock: vault.clock });
    expect(vault.reviews.forApplication(nets).filter((r) => r.reviewerVaultId === marta.vaultId)).toEqual([
      expect.objectContaining({ declaration: 'conflict', conflictReason: 'My boat', declaredAt: DECLARED_AT }),
    ]);
  });

  it('refuses a return that does not answer its packet as bad_payload', async () => {
    const incoherent: ReturnContent[] = [
      // A score, or a declaration, for an application the packet does not hold.
      { declarations: [{ applicationId: outside, declaration: 'none', reason: '', declaredAt: DECLARED_AT }], scores: [{ applicationId: outside, scores: fullScores(3), scoredAt: SCORED_AT }] },
      { declarations: [{ applicationId: outside, declaration: 'conflict', reason: 'Mine', declaredAt: DECLARED_AT }] },
      // Scores without a declaration, or on criteria that are not the call's.
      { scores: [{ applicationId: radio, scores: fullScores(3), scoredAt: SCORED_AT }] },
      { ...goodContent(), scores: [{ applicationId: radio, scores: fullScores(3).slice(1), scoredAt: SCORED_AT }] },
      { ...goodContent(), scores: [{ applicationId: radio, scores: [...fullScores(3).slice(1), { criterionId: 'beauty', score: 3, comment: '' }], scoredAt: SCORED_AT }] },
      // An application declared twice.
      { declarations: [goodContent().declarations![0]!, goodContent().declarations![0]!] },
      // An answer to a question never asked, a rating on a text question.
      { answers: [{ questionId: 'unasked', text: 'Yes', rating: null }] },
      { answers: [{ questionId: 'priorities', text: '', rating: 3 }] },
      // No advice row, or two.
      { ...goodContent(), advice: [] },
      { advice: [{ advice: 'One', returnedAt: SCORED_AT }, { advice: 'Two', returnedAt: SCORED_AT }] },
    ];
    for (const content of incoherent) expect(await refusal((await martasReturn(martasPacket(), content)).path)).toBe('bad_payload');
  });

  it('refuses a return on a call already decided: its reviews no longer change', async () => {
    const { id: callId } = vault.calls.create(callInput([vault.me]));
    const decided = vault.addApplication(callId, { title: 'Decided already' });
    vault.write((db, stamp) => {
      const call = getCall(db, callId)!;
      updateCall(db, { ...call, state: 'decided' }, stamp);
    });
    const packet = sentPacket(db, { memberId: martaId, vaultId: marta.vaultId }, { applicationIds: [decided] });
    const content: ReturnContent = {
      declarations: [{ applicationId: decided, declaration: 'none', reason: '', declaredAt: DECLARED_AT }],
      scores: [{ applicationId: decided, scores: fullScores(2), scoredAt: SCORED_AT }],
    };
    expect(await refusal((await martasReturn(packet, content)).path)).toBe('conflict');
  });

  it('refuses a packet or a sync bundle offered as a return as wrong_kind', async () => {
    const dir = makeTempDir();
    const packet = martasPacket();
    const asReturn = returnManifest(sodium, marta, secretariat, { packetId: packet.packetId, packetBundleId: packet.bundleId! }, {});
    const { review: _review, ...base } = asReturn;
    const packetManifest: PacketManifest = { ...base, kind: 'review_packet', packet: { packetId: packet.packetId, expiresAt: '2026-12-31T00:00:00.000Z' } };
    const packetPath = join(dir, 'packet.crepacket');
    await writeReviewBundle(sodium, { path: packetPath, manifest: packetManifest, signingSecretKey: marta.signingSecretKey, recipientEncryptionKey: secretariat.encryptionPublicKey, tables: {}, files: [] });
    expect(await refusal(packetPath)).toBe('wrong_kind');

    const syncManifest: SyncManifest = { ...base, kind: 'sync', contents: reviewContents({}, []), sync: { knows: {}, everything: false, acknowledges: [], withdrawals: [], collaborationId: null } };
    const syncPath = join(dir, 'sync.crebundle');
    await writeBundle(sodium, { path: syncPath, manifest: syncManifest, sender: { signingSecretKey: marta.signingSecretKey }, recipients: [secretariat.encryptionPublicKey], frames: [] });
    expect(await refusal(syncPath)).toBe('wrong_kind');
  });
});
