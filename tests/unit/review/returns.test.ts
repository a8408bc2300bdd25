// A member's signed return imported at the secretariat: declarations and scores become the member's reviews (advisory
// for a committee member, working group for an outside reviewer the call lists), the advisory mean stays apart from the
// working group's in the ranked table and its CSV, the recusal is recorded, answers and advice are kept with who and when.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankedRowSchema } from '../../../common/grants/review.schema.js';
import { returnImportReportSchema } from '../../../common/review/review.schema.js';
import { getReturnForPacket } from '../../../db/review-packets.repo.js';
import { getTeamMember, readIdentity } from '../../../db/team.repo.js';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { returnedReviewKind, importReturnFile } from '../../../main/core/review/return-import.js';
import { callInput, grantsTestVault, type GrantsTestVault } from '../../helpers/grant-fixtures.js';
import { addMember, RETURNED_AT, reviewerIdentity, sentPacket, writeReturnFile } from '../../helpers/return-files.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const CRITERIA = ['community-led', 'feasibility', 'budget'] as const;
const scoresOf = (a: number, b: number, c: number) => CRITERIA.map((criterionId, i) => ({ criterionId, score: [a, b, c][i] as number, comment: `on ${criterionId}` }));
const NOW = '2026-05-03T08:00:00.000Z';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

async function secretariatWithCall() {
  const vault = await grantsTestVault();
  const marta = await reviewerIdentity();
  const wen = await reviewerIdentity();
  const { db } = vault.openVault();
  const martaId = addMember(db, marta, { name: 'Marta Committee', role: 'advisory_committee' });
  const wenId = addMember(db, wen, { name: 'Wen Outside', role: 'working_group' });
  const [bruno] = vault.members;
  // Wen, an outside reviewer, is in the call's working group; Marta, a committee member, is not.
  const { id: callId } = vault.calls.create(callInput([vault.me, bruno!, { vaultId: wen.vaultId, name: 'Wen Outside' }]));
  const radio = vault.addApplication(callId, { title: 'Community radio', amount: 4500 });
  const nets = vault.addApplication(callId, { title: 'Fishing nets', amount: 1200 });
  const school = vault.addApplication(callId, { title: 'River school', amount: 3000 });
  return { vault, marta, wen, martaId, wenId, callId, radio, nets, school, secretariat: readIdentity(db) };
}

/** The working group (Ana and Bruno) declares no conflict and scores `application` with `a` and `b` on every criterion. */
function workingGroupScores(vault: GrantsTestVault, application: string, a: number, b: number): void {
  const [bruno] = vault.members;
  vault.reviews.assign(application, [vault.me.vaultId, bruno!.vaultId]);
  for (const review of vault.reviews.forApplication(application).filter((r) => r.kind === 'working_group')) {
    if (review.declaration !== 'pending') continue;
    vault.reviews.declare(review.id, { declaration: 'none' });
    const score = review.reviewerVaultId === vault.me.vaultId ? a : b;
    vault.reviews.score(review.id, { scores: scoresOf(score, score, score) });
  }
}

describe('importing a return', () => {
  it('adds the member’s scores as advisory reviews, records the recusal, keeps answers and advice with who and when', async () => {
    const setup = await secretariatWithCall();
    const { vault, marta, martaId, radio, nets, school, callId, secretariat } = setup;
    workingGroupScores(vault, radio, 4, 2);
    const { db } = vault.openVault();
    const packet = sentPacket(db, { memberId: martaId, vaultId: marta.vaultId }, {
      applicationIds: [radio, nets, school],
      questions: [
        { id: 'priorities', text: 'What should come first?', kind: 'text', lowLabel: '', highLabel: '' },
        { id: 'reach', text: 'How far does the call reach?', kind: 'rating', lowLabel: 'Not at all', highLabel: 'Everyone' },
      ],
    });
    const file = await writeReturnFile(sodium, {
      signer: marta,
      secretariat,
      packet: { packetId: packet.packetId, packetBundleId: packet.bundleId! },
      content: {
        declarations: [
          { applicationId: radio, declaration: 'none', reason: '', declaredAt: '2026-05-01T09:00:00.000Z' },
          { applicationId: nets, declaration: 'none', reason: '', declaredAt: '2026-05-01T09:05:00.000Z' },
          { applicationId: school, declaration: 'conflict', reason: 'My sister teaches there', declaredAt: '2026-05-01T09:10:00.000Z' },
        ],
        scores: [
          { applicationId: radio, scores: scoresOf(5, 4, 3), scoredAt: '2026-05-01T10:00:00.000Z' },
          { applicationId: nets, scores: scoresOf(1, 1, 1), scoredAt: '2026-05-01T10:30:00.000Z' },
        ],
        answers: [
          { questionId: 'priorities', text: 'The radio.', rating: null },
          { questionId: 'reach', text: '', rating: 4 },
        ],
        advice: [{ advice: 'Fund the radio first.', returnedAt: RETURNED_AT }],
      },
    });
    const progress: number[] = [];
    const report = await importReturnFile({ sodium, db, path: file.path, now: () => NOW, clock: vault.clock, onProgress: (done) => progress.push(done) });

    expect(returnImportReportSchema.parse(report)).toEqual({
      packetId: packet.packetId,
      title: 'Seed fund applications',
      memberName: 'Marta Committee',
      declarations: 3,
      conflicts: 1,
      scores: 2,
      answers: 2,
      advice: true,
    });
    expect(progress.length).toBeGreaterThan(0);

    // Who and when, on the applications' reviews.
    const martasOn = (application: string) => vault.reviews.forApplication(application).filter((r) => r.reviewerVaultId === marta.vaultId);
    expect(martasOn(radio)).toEqual([
      expect.objectContaining({ kind: 'advisory', reviewerName: 'Marta Committee', declaration: 'none', declaredAt: '2026-05-01T09:00:00.000Z', scores: scoresOf(5, 4, 3), submittedAt: '2026-05-01T10:00:00.000Z' }),
    ]);
    expect(martasOn(school)).toEqual([
      expect.objectContaining({ kind: 'advisory', declaration: 'conflict', conflictReason: 'My sister teaches there', declaredAt: '2026-05-01T09:10:00.000Z', scores: [], submittedAt: null }),
    ]);
    expect(martasOn(radio)[0]?.changedBy).toBe(vault.me.vaultId);

    // The ranked table: `mean` is the working group's alone (4 and 2 → 3), the advisory mean apart.
    const rows = vault.calls.ranked(callId).map((row) => rankedRowSchema.parse(row));
    const rowOf = (id: string) => rows.find((row) => row.applicationId === id)!;
    expect(rowOf(radio)).toMatchObject({ mean: 3, spread: 2, submitted: 2, assigned: 2, recusals: 0, advisorySubmitted: 1, rank: 1 });
    expect(rowOf(radio).advisoryMean).toBeCloseTo((2 * 5 + 4 + 3) / 4);
    expect(rowOf(nets)).toMatchObject({ mean: null, submitted: 0, rank: null, advisoryMean: 1, advisorySubmitted: 1 });
    // A committee member's recusal is recorded on the review, and never counted as a working-group recusal.
    expect(rowOf(school)).toMatchObject({ mean: null, advisoryMean: null, advisorySubmitted: 0, recusals: 0, assigned: 0 });

    // Answers and advice, kept with the packet: who (the member) and when (returned, received).
    const stored = getReturnForPacket(db, packet.packetId);
    expect(stored).toMatchObject({ bundleId: file.bundleId, memberId: martaId, returnedAt: RETURNED_AT, receivedAt: NOW, advice: 'Fund the radio first.' });
    expect(stored?.answers).toEqual([
      { questionId: 'priorities', text: 'The radio.', rating: null },
      { questionId: 'reach', text: '', rating: 4 },
    ]);
    expect(stored?.declarations).toHaveLength(3);
    expect(stored?.bytes).toBe(readFileSync(file.path).byteLength);
    expect(getTeamMember(db, martaId)?.lastBundleAt).toBe(NOW);
    expect(vault.auditOf('return_imported')).toEqual([{ packetId: packet.packetId, bundleId: file.bundleId, memberId: martaId, scores: 2, conflicts: 1 }]);

    // The call's CSV carries the advisory mean in its own column.
    const csv = join(makeTempDir(), 'call.csv');
    vault.platform.setNextSaveFile(csv);
    await vault.calls.exportCsv(callId);
    const lines = readFileSync(csv, 'utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toContain('Recusals,Advisory mean (0–5),Decision');
    expect(lines.find((line) => line.startsWith(radio))).toContain(',3.00,2.00,yes,2,0,4.25,');
    expect(lines.find((line) => line.startsWith(nets))).toContain(',,,no,0,0,1.00,');
  });

  it('counts an outside working-group reviewer’s returned scores with the working group, on their assignment', async () => {
    const { vault, wen, wenId, radio, callId, secretariat } = await secretariatWithCall();
    workingGroupScores(vault, radio, 4, 2);
    vault.reviews.assign(radio, [wen.vaultId]);
    const { db } = vault.openVault();
    const assigned = vault.reviews.forApplication(radio).find((r) => r.reviewerVaultId === wen.vaultId)!;
    expect(assigned).toMatchObject({ kind: 'working_group', declaration: 'pending' });
    const packet = sentPacket(db, { memberId: wenId, vaultId: wen.vaultId }, { applicationIds: [radio] });
    const file = await writeReturnFile(sodium, {
      signer: wen,
      secretariat,
      packet: { packetId: packet.packetId, packetBundleId: packet.bundleId! },
      content: {
        declarations: [{ applicationId: radio, declaration: 'none', reason: '', declaredAt: '2026-05-01T09:00:00.000Z' }],
        scores: [{ applicationId: radio, scores: scoresOf(0, 0, 0), scoredAt: '2026-05-01T10:00:00.000Z' }],
        advice: [{ advice: '', returnedAt: RETURNED_AT }],
      },
    });
    const report = await importReturnFile({ sodium, db, path: file.path, now: () => NOW });
    expect(report).toMatchObject({ memberName: 'Wen Outside', scores: 1, conflicts: 0, answers: 0, advice: false });

    const wens = vault.reviews.forApplication(radio).filter((r) => r.reviewerVaultId === wen.vaultId);
    // Their assignment was updated, not doubled.
    expect(wens).toEqual([expect.objectContaining({ id: assigned.id, kind: 'working_group', declaration: 'none', submittedAt: '2026-05-01T10:00:00.000Z' })]);
    const [row] = vault.calls.ranked(callId).filter((r) => r.applicationId === radio);
    expect(row).toMatchObject({ mean: 2, spread: 4, submitted: 3, assigned: 3, advisoryMean: null, advisorySubmitted: 0 });
  });

  it('gives the working-group kind only to a working-group member whom the call lists', async () => {
    const call = { fields: { workingGroup: [{ vaultId: 'listed', name: 'Listed' }] } } as never;
    expect(returnedReviewKind({ role: 'working_group', vaultId: 'listed' }, call)).toBe('working_group');
    expect(returnedReviewKind({ role: 'working_group', vaultId: 'other' }, call)).toBe('advisory');
    expect(returnedReviewKind({ role: 'advisory_committee', vaultId: 'listed' }, call)).toBe('advisory');
  });
});
