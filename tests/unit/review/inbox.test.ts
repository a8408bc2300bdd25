// A reviewer's inbox end to end over real vaults: a packet from the secretariat opened, a conflict declared on one
// application (it closes for good, each refusal audited), two scored against the call's rubric, the questions answered,
// the review returned; the secretariat reads the return back and finds declarations, scores, answers and advice only.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inboxApplicationSchema, inboxItemSchema, inboxPacketSchema } from '../../../common/review/inbox.schema.js';
import { listAuditEvents } from '../../../db/audit.repo.js';
import { readIdentity } from '../../../db/team.repo.js';
import { loadSodium } from '../../../main/core/crypto/sodium.js';
import { readReviewBundle } from '../../../main/core/review/review-bundle.js';
import { bundlePlaintext } from '../../helpers/bundle-plaintext.js';
import { failureOf } from '../../helpers/failure-of.js';
import { fixtureIds, packetFixture, reviewerVault, writePacketFile, type PacketFixture } from '../../helpers/packet-files.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const SENTINEL = 'APPLICATION-TEXT-7c1e';
const FILE_SENTINEL = 'FILE-BYTES-93ad';

let secretariat: TeamVault;
let member: TeamVault;
let fixture: PacketFixture;
let ids: ReturnType<typeof fixtureIds>;
let packetBundleId: string;
const dir = makeTempDir('cre-inbox-');

const scoresFor = (fit: number, feasibility: number) => [
  { criterionId: 'fit', score: fit, comment: 'Fits well.' },
  { criterionId: 'feasibility', score: feasibility, comment: '' },
];
const auditKinds = () => listAuditEvents(member.core.vault.openVault().db, 500).map((e) => e.kind);

beforeAll(async () => {
  secretariat = await teamVault({ displayName: 'Secretariat', role: 'coordinator', region: 'global' });
  member = await reviewerVault({ displayName: 'Ana Committee' });
  await introduceBothWays(secretariat, member);
  fixture = packetFixture({ now: secretariat.platform.now(), sentinel: SENTINEL, fileSentinel: FILE_SENTINEL });
  ids = fixtureIds(fixture);
  const path = join(dir, 'packet.crebundle');
  packetBundleId = (await writePacketFile(secretariat, 'Ana Committee', fixture, path)).bundleId;
  member.platform.setNextOpenFile(path);
}, 120_000);

describe('the review inbox', () => {
  it('opens the packet into the inbox, audited, reporting progress', async () => {
    const events: { phase: string; done: number; total: number }[] = [];
    const stop = member.core.onBundleProgress((p) => events.push(p));
    const report = await member.call<{ packetId: string; applications: number; questions: number; files: number; senderName: string }>('cre:reviewInbox.importPacket', { token: randomUUID() });
    stop();
    expect(report).toMatchObject({ packetId: fixture.packetId, applications: 3, questions: 2, files: 1, senderName: 'Secretariat', title: 'Round of March' });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.phase === 'import')).toBe(true);
    const [item] = await member.call<unknown[]>('cre:reviewInbox.list', {});
    expect(inboxItemSchema.parse(item)).toMatchObject({ state: 'open', applications: 3, questions: 2, declared: 0, scored: 0, returnedAt: null, expiresAt: fixture.expiresAt });
    expect(auditKinds()).toContain('packet_received');
  });

  it('shows the packet read-only, every application pending, questions in order', async () => {
    const packet = inboxPacketSchema.parse(await member.call('cre:reviewInbox.get', { packetId: fixture.packetId }));
    expect(packet.applications.map((a) => [a.title, a.declaration, a.scores])).toEqual([
      ['Rio Verde seeds', 'pending', 'none'],
      ['Montaña radio', 'pending', 'none'],
      ['Lago school', 'pending', 'none'],
    ]);
    expect(packet.questions.map((q) => q.id)).toEqual(['q-text', 'q-rating']);
    expect(packet.info?.message).toBe('Please advise on these.');
    expect(packet.report?.figures).toEqual([{ key: 'collaborations.active', value: 12 }]);
    expect(packet.files).toEqual([expect.objectContaining({ id: ids.file, applicationId: ids.applications[1], name: 'budget.pdf' })]);
  });

  it('keeps an application closed until the member declares', async () => {
    expect(await member.failure('cre:reviewInbox.openApplication', { packetId: fixture.packetId, applicationId: ids.applications[0] })).toBe('declaration_required');
    expect(failureOf(() => member.core.reviewInbox.score({ packetId: fixture.packetId, applicationId: ids.applications[0]!, scores: scoresFor(3, 3) })).code).toBe('declaration_required');
  });

  it('closes an application for good once a conflict is declared, auditing each refusal', async () => {
    const first = ids.applications[0]!;
    expect(await member.failure('cre:reviewInbox.declare', { packetId: fixture.packetId, applicationId: first, declaration: 'conflict', reason: '' })).toBe('invalid_input');
    await member.call('cre:reviewInbox.declare', { packetId: fixture.packetId, applicationId: first, declaration: 'conflict', reason: 'My cousin leads this community.' });
    const before = auditKinds().filter((k) => k === 'packet_recused_refused').length;
    expect(await member.failure('cre:reviewInbox.openApplication', { packetId: fixture.packetId, applicationId: first })).toBe('recused');
    expect(await member.failure('cre:reviewInbox.declare', { packetId: fixture.packetId, applicationId: first, declaration: 'none' })).toBe('recused');
    expect(await member.failure('cre:reviewInbox.score', { packetId: fixture.packetId, applicationId: first, scores: scoresFor(5, 5) })).toBe('recused');
    expect(auditKinds().filter((k) => k === 'packet_recused_refused').length).toBe(before + 3);
    expect(auditKinds()).toContain('packet_declared');
  });

  it('opens the others after a declaration of no conflict, with the call and its rubric', async () => {
    for (const applicationId of ids.applications.slice(1)) {
      await member.call('cre:reviewInbox.declare', { packetId: fixture.packetId, applicationId, declaration: 'none' });
    }
    const opened = inboxApplicationSchema.parse(await member.call('cre:reviewInbox.openApplication', { packetId: fixture.packetId, applicationId: ids.applications[1] }));
    expect(opened.application.title).toBe('Montaña radio');
    expect(opened.call.criteria.map((c) => c.id)).toEqual(['fit', 'feasibility']);
    expect(opened.files.map((f) => f.id)).toEqual([ids.file]);
    expect(opened.scores).toEqual([]);
  });

  it('scores with exactly the call criteria, 0 to 5, as drafts', async () => {
    const [, second, third] = ids.applications;
    const packetId = fixture.packetId;
    expect(await member.failure('cre:reviewInbox.score', { packetId, applicationId: second, scores: [{ criterionId: 'fit', score: 4 }] })).toBe('invalid_input');
    expect(await member.failure('cre:reviewInbox.score', { packetId, applicationId: second, scores: [...scoresFor(4, 2), { criterionId: 'budget', score: 1 }] })).toBe('invalid_input');
    expect(await member.failure('cre:reviewInbox.score', { packetId, applicationId: second, scores: [{ criterionId: 'fit', score: 4 }, { criterionId: 'fit', score: 3 }] })).toBe('invalid_input');
    expect(await member.failure('cre:reviewInbox.score', { packetId, applicationId: second, scores: scoresFor(6, 2) })).toBe('invalid_input');
    await member.call('cre:reviewInbox.score', { packetId, applicationId: second, scores: scoresFor(4, 2) });
    await member.call('cre:reviewInbox.score', { packetId, applicationId: third, scores: scoresFor(3, 5) });
    const opened = inboxApplicationSchema.parse(await member.call('cre:reviewInbox.openApplication', { packetId, applicationId: second }));
    expect(opened.scores.map((s) => [s.criterionId, s.score])).toEqual([['fit', 4], ['feasibility', 2]]);
    const packet = inboxPacketSchema.parse(await member.call('cre:reviewInbox.get', { packetId }));
    expect(packet.applications.map((a) => [a.declaration, a.scores])).toEqual([['conflict', 'none'], ['none', 'draft'], ['none', 'draft']]);
  });

  it('answers the packet questions only, a rating only for a rating question', async () => {
    const packetId = fixture.packetId;
    expect(await member.failure('cre:reviewInbox.answer', { packetId, answers: [{ questionId: 'q-other', text: 'x' }] })).toBe('invalid_input');
    expect(await member.failure('cre:reviewInbox.answer', { packetId, answers: [{ questionId: 'q-text', text: 'x', rating: 3 }] })).toBe('invalid_input');
    await member.call('cre:reviewInbox.answer', {
      packetId,
      answers: [{ questionId: 'q-text', text: 'Visit the valley.' }, { questionId: 'q-rating', rating: 4 }],
      advice: 'Fund the radio first.',
    });
    const packet = inboxPacketSchema.parse(await member.call('cre:reviewInbox.get', { packetId }));
    expect(packet.answers).toEqual([{ questionId: 'q-text', text: 'Visit the valley.', rating: null }, { questionId: 'q-rating', text: '', rating: 4 }]);
    expect(packet.advice).toBe('Fund the radio first.');
  });

  it('saves a copy of a file of an opened application, audited; not of a closed one', async () => {
    const path = join(dir, 'budget-copy.pdf');
    member.platform.setNextSaveFile(path);
    expect(await member.call('cre:reviewInbox.saveFile', { packetId: fixture.packetId, fileId: ids.file })).toEqual({ saved: true });
    expect(Buffer.compare(readFileSync(path), Buffer.from(fixture.bytes.get(ids.file)!))).toBe(0);
    expect(auditKinds()).toContain('packet_file_saved');
    expect(await member.call('cre:reviewInbox.saveFile', { packetId: fixture.packetId, fileId: ids.file })).toEqual({ saved: false });
  });

  it('returns the review: declarations, scores, answers and advice, nothing else, for the secretariat only', async () => {
    const path = join(dir, 'return.crebundle');
    member.platform.setNextSaveFile(path);
    const saved = await member.call<{ saved: boolean; bundleId: string; bytes: number }>('cre:reviewInbox.returnReview', { packetId: fixture.packetId, token: randomUUID() });
    expect(saved.saved).toBe(true);
    expect(auditKinds()).toContain('review_returned');

    const sodium = await loadSodium();
    const keys = readIdentity(secretariat.core.vault.openVault().db);
    const read = await readReviewBundle(sodium, 'review_return', {
      path,
      me: { encryptionPublicKey: keys.encryptionPublicKey, encryptionSecretKey: keys.encryptionSecretKey, signingPublicKey: keys.signingPublicKey },
      admit: () => undefined,
    });
    expect(read.manifest).toMatchObject({ bundleId: saved.bundleId, kind: 'review_return', review: { packetId: fixture.packetId, packetBundleId }, sender: { vaultId: member.vaultId } });
    expect(Object.keys(read.tables).sort()).toEqual(['return_advice', 'return_answers', 'return_declarations', 'return_scores']);
    expect(read.files.size).toBe(0);
    const [first, second, third] = ids.applications;
    const declarations = read.tables['return_declarations'] as { applicationId: string; declaration: string; reason: string }[];
    expect(declarations.map((d) => [d.applicationId, d.declaration]).sort()).toEqual([[first, 'conflict'], [second, 'none'], [third, 'none']].sort());
    const scores = read.tables['return_scores'] as { applicationId: string; scores: { criterionId: string; score: number }[] }[];
    expect(scores.map((s) => [s.applicationId, s.scores.map((c) => c.score)]).sort()).toEqual([[second, [4, 2]], [third, [3, 5]]].sort());
    expect(read.tables['return_answers']).toEqual([{ questionId: 'q-text', text: 'Visit the valley.', rating: null }, { questionId: 'q-rating', text: '', rating: 4 }]);
    expect(read.tables['return_advice']).toEqual([{ advice: 'Fund the radio first.', returnedAt: expect.any(String) }]);
    // Nothing of the packet travels back: not its texts, not its file.
    const plaintext = (await bundlePlaintext(path, secretariat)).toString('latin1');
    for (const text of [SENTINEL, FILE_SENTINEL, 'A community radio', 'Seeds for defenders', 'What should the exchange do next?']) expect(plaintext).not.toContain(text);
    // Sealed to the secretariat alone: the member's own keys cannot open it.
    await expect(bundlePlaintext(path, member)).rejects.toMatchObject({ code: 'not_for_you' });
  });

  it('refuses every change after the return', async () => {
    const packetId = fixture.packetId;
    const [, second] = ids.applications;
    expect(await member.failure('cre:reviewInbox.declare', { packetId, applicationId: second, declaration: 'conflict', reason: 'Late doubt' })).toBe('illegal_transition');
    expect(await member.failure('cre:reviewInbox.score', { packetId, applicationId: second, scores: scoresFor(1, 1) })).toBe('illegal_transition');
    expect(await member.failure('cre:reviewInbox.answer', { packetId, answers: [], advice: 'Changed my mind' })).toBe('illegal_transition');
    expect(await member.failure('cre:reviewInbox.returnReview', { packetId, token: randomUUID() })).toBe('illegal_transition');
    const [item] = await member.call<{ state: string; declared: number; scored: number; returnedAt: string | null }[]>('cre:reviewInbox.list', {});
    expect(item).toMatchObject({ state: 'returned', declared: 3, scored: 2 });
    expect(item?.returnedAt).not.toBeNull();
  });

  it('answers not_found for a packet it does not hold', async () => {
    expect(await member.failure('cre:reviewInbox.get', { packetId: randomUUID() })).toBe('not_found');
  });
});
