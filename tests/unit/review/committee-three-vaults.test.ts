// The Advisory Committee's whole round over three real vaults: the secretariat's call and applications reach the Latin
// America facilitator by sync, whose working-group reviews come back the same way; a packet goes to a committee member,
// whose conflict, scores, answers and advice come back in a signed return. The two meet in the secretariat's ranked
// table apart (mean and advisory mean), the conflict is on the recusal record, and the member's vault holds no network
// record and refuses sync bundles.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNCABLE_TABLES } from '../../../common/bundles/syncable-tables.js';
import { rankedRowSchema, type RankedRow, type Review } from '../../../common/grants/review.schema.js';
import { inboxPacketSchema } from '../../../common/review/inbox.schema.js';
import { packetDetailSchema, returnImportReportSchema, type PacketDetail } from '../../../common/review/review.schema.js';
import { bundlePlaintext } from '../../helpers/bundle-plaintext.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { callInput } from '../../helpers/grant-fixtures.js';
import { grantApplicationInput } from '../../helpers/grant-sync-fixtures.js';
import { reviewerVault } from '../../helpers/packet-files.js';
import { introduce, introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const DAY_MS = 86_400_000;
const START = Date.parse('2026-03-05T12:00:00Z');
/** In the member's score comments: it must reach the secretariat and no facilitator. */
const MEMBER_COMMENT = 'CANARY-MEMBER-SCORE-COMMENT-3f2a';
const CRITERIA = ['community-led', 'feasibility', 'budget'] as const;
/** The call's rubric weighs 2, 1, 1. */
const weighted = ([a, b, c]: readonly [number, number, number]) => (2 * a + b + c) / 4;
const scoresOf = (values: readonly [number, number, number], comment = '') => CRITERIA.map((criterionId, i) => ({ criterionId, score: values[i]!, comment }));

const FACILITATOR_SCORES = { radio: [4, 4, 4], nets: [2, 3, 1], school: [3, 3, 3] } as const;
const MEMBER_SCORES = { radio: [5, 4, 3], nets: [1, 1, 1] } as const;
const QUESTIONS = [
  { id: 'next-call', text: 'What should the next call focus on?', kind: 'text' as const, lowLabel: '', highLabel: '' },
  { id: 'reach', text: 'How far do these applications reach?', kind: 'rating' as const, lowLabel: 'Barely', highLabel: 'Very far' },
];
const CONFLICT_REASON = 'My sister teaches at this school.';
const ADVICE = 'Fund the radio first; the nets need a clearer budget.';

let secretariat: TeamVault;
let facilitator: TeamVault;
let member: TeamVault;
let callId: string;
let applications: { radio: string; nets: string; school: string };
let packetId: string;
let syncToFacilitator: string;
const dir = makeTempDir('cre-committee-');

/** `from` writes its sync bundle for `to`; answers the file's path. */
async function syncBundle(from: TeamVault, to: TeamVault, name: string): Promise<string> {
  const path = join(dir, `${name}.crebundle`);
  from.platform.setNextSaveFile(path);
  const result = await from.call<{ saved: boolean }>('cre:bundles.export', { recipientIds: [await from.memberIdOf(to.name)], everything: false, token: randomUUID() });
  expect(result.saved).toBe(true);
  return path;
}

async function importSync(into: TeamVault, path: string) {
  into.platform.setNextOpenFile(path);
  return into.call<{ applied: Record<string, number> }>('cre:bundles.import', { token: randomUUID() });
}

/** Rows in every table that travels in sync bundles, by table. */
function networkRows(vault: TeamVault): Record<string, number> {
  const { db } = vault.core.vault.openVault();
  return Object.fromEntries(SYNCABLE_TABLES.map((table) => [table, (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n]));
}

const setAll = (ms: number) => [secretariat, facilitator, member].forEach((vault) => vault.platform.setNow(ms));

beforeAll(async () => {
  secretariat = await teamVault({ displayName: 'Ana Secretariat', role: 'coordinator', region: 'global' });
  facilitator = await teamVault({ displayName: 'Fabio Facilitator', role: 'facilitator', region: 'latin_america' });
  member = await reviewerVault({ displayName: 'Rosa Committee' });
  setAll(START);
  await introduceBothWays(secretariat, facilitator);
  await introduce(secretariat, member);
  await introduce(member, secretariat);

  // The call, its working group the secretariat and the facilitator (quorum 2), and three applications of a community
  // whose consent reaches the network (and so the committee).
  const { id: communityId } = await secretariat.call<{ id: string }>('cre:communities.create', { community: { ...RIO_VERDE, sharing: 'network' } });
  const group = [
    { vaultId: secretariat.vaultId, name: secretariat.name },
    { vaultId: facilitator.vaultId, name: facilitator.name },
  ];
  callId = (await secretariat.call<{ id: string }>('cre:grantCalls.create', { call: callInput(group, { quorum: 2 }) })).id;
  await secretariat.call('cre:grantCalls.move', { id: callId, to: 'open' });
  const apply = async (title: string) =>
    (await secretariat.call<{ id: string }>('cre:grantApplications.create', { application: grantApplicationInput(callId, communityId, { title, receivedAt: '2026-03-10T15:00:00.000Z' }) })).id;
  applications = { radio: await apply('Community radio'), nets: await apply('Fishing nets'), school: await apply('River school') };
  for (const applicationId of Object.values(applications)) {
    await secretariat.call('cre:grantReviews.assign', { applicationId, reviewerVaultIds: [facilitator.vaultId] });
  }
}, 180_000);

describe('the committee’s round across three vaults', () => {
  it('brings the facilitator’s working-group reviews to the secretariat by sync', async () => {
    setAll(START + 10 * DAY_MS);
    syncToFacilitator = await syncBundle(secretariat, facilitator, 'to-facilitator');
    expect((await importSync(facilitator, syncToFacilitator)).applied).toMatchObject({ grant_calls: 1, grant_applications: 3, grant_reviews: 3 });

    const mine = await facilitator.call<Review[]>('cre:grantReviews.mine', {});
    expect(mine).toHaveLength(3);
    for (const review of mine) {
      const key = (Object.keys(applications) as (keyof typeof applications)[]).find((k) => applications[k] === review.applicationId)!;
      await facilitator.call('cre:grantReviews.declare', { id: review.id, declaration: { declaration: 'none' } });
      await facilitator.call('cre:grantReviews.score', { id: review.id, scores: { scores: scoresOf(FACILITATOR_SCORES[key], 'From the field visit.') } });
    }

    setAll(START + 12 * DAY_MS);
    const back = await syncBundle(facilitator, secretariat, 'to-secretariat');
    expect((await importSync(secretariat, back)).applied).toMatchObject({ grant_reviews: 3 });
    const onRadio = await secretariat.call<Review[]>('cre:grantReviews.forApplication', { applicationId: applications.radio });
    expect(onRadio).toEqual([expect.objectContaining({ kind: 'working_group', reviewerVaultId: facilitator.vaultId, declaration: 'none', submittedAt: expect.any(String) })]);
  });

  it('composes a packet for the member, saves it sealed to them, and the member opens it', async () => {
    setAll(START + 14 * DAY_MS);
    const memberId = await secretariat.memberIdOf(member.name);
    const composition = {
      title: 'Rivers and finance: your advice',
      message: 'Three applications and two questions.',
      recipientIds: [memberId],
      applicationIds: [applications.radio, applications.nets, applications.school],
      includeReport: false,
      questions: QUESTIONS,
    };
    const [preview] = await secretariat.call<{ applications: { id: string }[]; questions: number }[]>('cre:reviewPackets.preview', { packet: composition });
    expect(preview?.applications.map((a) => a.id)).toEqual([applications.radio, applications.nets, applications.school]);
    expect(preview?.questions).toBe(2);
    [packetId] = (await secretariat.call<{ ids: string[] }>('cre:reviewPackets.compose', { packet: composition })).ids as [string];

    const path = join(dir, 'packet.crebundle');
    secretariat.platform.setNextSaveFile(path);
    expect(await secretariat.call('cre:reviewPackets.save', { id: packetId, token: randomUUID() })).toMatchObject({ saved: true });

    setAll(START + 15 * DAY_MS);
    member.platform.setNextOpenFile(path);
    const report = await member.call<{ packetId: string; applications: number; questions: number; senderName: string }>('cre:reviewInbox.importPacket', { token: randomUUID() });
    expect(report).toMatchObject({ packetId, applications: 3, questions: 2, senderName: secretariat.name });
    const packet = inboxPacketSchema.parse(await member.call('cre:reviewInbox.get', { packetId }));
    expect(packet.applications.map((a) => [a.id, a.declaration])).toEqual([
      [applications.radio, 'pending'],
      [applications.nets, 'pending'],
      [applications.school, 'pending'],
    ]);
    expect(packet.questions.map((q) => q.id)).toEqual(['next-call', 'reach']);
  });

  it('lets the member declare a conflict on one application (it closes), score two, answer and return', async () => {
    setAll(START + 16 * DAY_MS);
    await member.call('cre:reviewInbox.declare', { packetId, applicationId: applications.school, declaration: 'conflict', reason: CONFLICT_REASON });
    expect(await member.failure('cre:reviewInbox.openApplication', { packetId, applicationId: applications.school })).toBe('recused');
    for (const key of ['radio', 'nets'] as const) {
      await member.call('cre:reviewInbox.declare', { packetId, applicationId: applications[key], declaration: 'none' });
      const opened = await member.call<{ call: { criteria: { id: string }[] } }>('cre:reviewInbox.openApplication', { packetId, applicationId: applications[key] });
      expect(opened.call.criteria.map((c) => c.id)).toEqual([...CRITERIA]);
      await member.call('cre:reviewInbox.score', { packetId, applicationId: applications[key], scores: scoresOf(MEMBER_SCORES[key], MEMBER_COMMENT) });
    }
    await member.call('cre:reviewInbox.answer', {
      packetId,
      answers: [{ questionId: 'next-call', text: 'Water and the dam’s lenders.' }, { questionId: 'reach', rating: 4 }],
      advice: ADVICE,
    });

    setAll(START + 17 * DAY_MS);
    const path = join(dir, 'return.crebundle');
    member.platform.setNextSaveFile(path);
    expect(await member.call('cre:reviewInbox.returnReview', { packetId, token: randomUUID() })).toMatchObject({ saved: true });

    setAll(START + 18 * DAY_MS);
    secretariat.platform.setNextOpenFile(path);
    const imported = returnImportReportSchema.parse(await secretariat.call('cre:reviewPackets.importReturn', { token: randomUUID() }));
    expect(imported).toEqual({ packetId, title: 'Rivers and finance: your advice', memberName: member.name, declarations: 3, conflicts: 1, scores: 2, answers: 2, advice: true });
  });

  it('shows the working group’s mean and the member’s advisory mean apart in the ranked table', async () => {
    const rows = (await secretariat.call<RankedRow[]>('cre:grantCalls.ranked', { id: callId })).map((row) => rankedRowSchema.parse(row));
    const rowOf = (id: string) => rows.find((row) => row.applicationId === id)!;
    expect(rowOf(applications.radio)).toMatchObject({ mean: weighted(FACILITATOR_SCORES.radio), submitted: 1, assigned: 1, recusals: 0, advisorySubmitted: 1 });
    expect(rowOf(applications.radio).advisoryMean).toBeCloseTo(weighted(MEMBER_SCORES.radio));
    expect(rowOf(applications.nets)).toMatchObject({ mean: weighted(FACILITATOR_SCORES.nets), submitted: 1, advisoryMean: weighted(MEMBER_SCORES.nets), advisorySubmitted: 1 });
    // The member's conflict takes nothing from the working group's figures and adds no advisory score.
    expect(rowOf(applications.school)).toMatchObject({ mean: weighted(FACILITATOR_SCORES.school), submitted: 1, recusals: 0, advisoryMean: null, advisorySubmitted: 0 });
    expect(rows.map((row) => row.applicationId)).toEqual([applications.radio, applications.school, applications.nets]);
  });

  it('records the member’s conflict as a recusal on their review of that application', async () => {
    const membersOn = async (applicationId: string) =>
      (await secretariat.call<Review[]>('cre:grantReviews.forApplication', { applicationId })).filter((review) => review.reviewerVaultId === member.vaultId);
    expect(await membersOn(applications.school)).toEqual([
      expect.objectContaining({ kind: 'advisory', reviewerName: member.name, declaration: 'conflict', conflictReason: CONFLICT_REASON, scores: [], submittedAt: null }),
    ]);
    expect(await membersOn(applications.radio)).toEqual([
      expect.objectContaining({ kind: 'advisory', declaration: 'none', scores: scoresOf(MEMBER_SCORES.radio, MEMBER_COMMENT), submittedAt: expect.any(String) }),
    ]);
  });

  it('shows the answers and advice on the packet’s page, with who and when', async () => {
    const detail: PacketDetail = packetDetailSchema.parse(await secretariat.call('cre:reviewPackets.get', { id: packetId }));
    expect(detail).toMatchObject({ state: 'returned', memberName: member.name, returnedAt: expect.any(String) });
    const returned = detail.returned!;
    expect(returned.memberName).toBe(member.name);
    expect(returned.returnedAt).toBe(new Date(START + 17 * DAY_MS).toISOString());
    expect(returned.receivedAt).toBe(new Date(START + 18 * DAY_MS).toISOString());
    expect(returned.advice).toBe(ADVICE);
    expect(returned.answers).toEqual([
      { questionId: 'next-call', question: QUESTIONS[0]!.text, kind: 'text', text: 'Water and the dam’s lenders.', rating: null },
      { questionId: 'reach', question: QUESTIONS[1]!.text, kind: 'rating', text: '', rating: 4 },
    ]);
    expect(returned.declarations.map((d) => [d.title, d.declaration])).toEqual(
      expect.arrayContaining([['Community radio', 'none'], ['Fishing nets', 'none'], ['River school', 'conflict']]),
    );
    expect(returned.scores.map((s) => [s.title, s.weighted])).toEqual(
      expect.arrayContaining([['Community radio', weighted(MEMBER_SCORES.radio)], ['Fishing nets', weighted(MEMBER_SCORES.nets)]]),
    );
  });

  it('sends the member’s advisory scores to no facilitator', async () => {
    setAll(START + 19 * DAY_MS);
    const next = await syncBundle(secretariat, facilitator, 'to-facilitator-after');
    expect((await bundlePlaintext(next, facilitator)).toString('utf8')).not.toContain(MEMBER_COMMENT);
    await importSync(facilitator, next);
    const atFacilitator = await facilitator.call<Review[]>('cre:grantReviews.forApplication', { applicationId: applications.radio });
    expect(atFacilitator.map((review) => review.reviewerVaultId)).toEqual([facilitator.vaultId]);
  });

  it('leaves no network record in the member’s vault, which refuses sync bundles', async () => {
    const empty = Object.fromEntries(SYNCABLE_TABLES.map((table) => [table, 0]));
    expect(networkRows(member)).toEqual(empty);
    member.platform.setNextOpenFile(syncToFacilitator);
    expect(await member.failure('cre:bundles.import', { token: randomUUID() })).toBe('reviewer_only');
    const forMember = join(dir, 'from-facilitator.crebundle');
    facilitator.platform.setNextSaveFile(forMember);
    await facilitator.call('cre:bundles.export', { recipientIds: [await facilitator.memberIdOf(secretariat.name)], everything: false, token: randomUUID() });
    member.platform.setNextOpenFile(forMember);
    expect(await member.failure('cre:bundles.import', { token: randomUUID() })).toBe('reviewer_only');
    expect(networkRows(member)).toEqual(empty);
  });
});
