// The secretariat's review packets over real vaults: the members they may go to, the preview of what travels and what
// stays, composing (one packet per member, audited), saving as a bundle sealed to the member and reading it back as the
// member does, the list's states, discarding, and every refusal with nothing written.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BundleProgress } from '../../../common/bundles/bundle-views.schema.js';
import type { PacketApplicationRow, PacketCallRow, PacketConsultationRow, PacketFileRow, PacketInfoRow, PacketReportRow } from '../../../common/review/packet-frames.schema.js';
import type { PacketDetail, PacketPreview, PacketSummary } from '../../../common/review/review.schema.js';
import { BUDGET_BYTES, PERIOD, readPacketAs, reviewTestVaults, type ReviewTestVaults } from '../../helpers/review-fixtures.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const TOKEN = '0b8a4a3e-6f57-4f0e-9d0e-5d1c1f3a2b10';

async function composed(vaults: ReviewTestVaults, extra: Parameters<ReviewTestVaults['composition']>[0] = {}): Promise<string> {
  const { ids } = await vaults.secretariat.call<{ ids: string[] }>('cre:reviewPackets.compose', { packet: vaults.composition(extra) });
  return ids[0]!;
}

async function saved(vaults: ReviewTestVaults, id: string): Promise<string> {
  const path = join(makeTempDir(), 'packet.crebundle');
  vaults.secretariat.platform.setNextSaveFile(path);
  const result = await vaults.secretariat.call<{ saved: boolean }>('cre:reviewPackets.save', { id, token: TOKEN });
  expect(result.saved).toBe(true);
  return path;
}

const packetCount = (vaults: ReviewTestVaults) => vaults.secretariat.call<PacketSummary[]>('cre:reviewPackets.list', {}).then((list) => list.length);
const summaryOf = async (vaults: ReviewTestVaults, id: string) => (await vaults.secretariat.call<PacketSummary[]>('cre:reviewPackets.list', {})).find((p) => p.id === id);
const auditFor = (vaults: ReviewTestVaults, kind: string, id: string) => vaults.auditOf(kind).filter((detail) => detail['packetId'] === id);

// One secretariat and its members for the whole file: each test composes packets of its own and looks them up by id;
// a test that moves the clock puts it back.
let vaults: ReviewTestVaults;
beforeAll(async () => {
  vaults = await reviewTestVaults();
});

async function withClockMoved(ms: number, work: () => Promise<void>): Promise<void> {
  const { platform } = vaults.secretariat;
  const before = platform.now();
  platform.advance(ms);
  try {
    await work();
  } finally {
    platform.setNow(before);
  }
}

describe('review packets: members and preview', () => {
  it('offers the team members in reviewer mode, with whether they are verified', async () => {
    const members = await vaults.secretariat.call<{ id: string; displayName: string; role: string; verified: boolean }[]>('cre:reviewPackets.members', {});
    expect(members.map((m) => [m.displayName, m.role, m.verified])).toEqual([
      ['Rosa Committee', 'advisory_committee', true],
      ['Uriel Unverified', 'advisory_committee', false],
    ]);
  });

  it('previews exactly what travels to each member and what stays, and why, writing nothing', async () => {
    const before = await packetCount(vaults);
    const [preview] = await vaults.secretariat.call<PacketPreview[]>('cre:reviewPackets.preview', { packet: vaults.composition() });
    expect(preview!.memberName).toBe('Rosa Committee');
    expect(preview!.applications.map((a) => a.id)).toEqual([vaults.applicationId, vaults.lateId]);
    expect(preview!.applications[0]!.communityName).toBe('Comunidade Ficticia do Rio Verde');
    expect(preview!.collaborations).toBe(1);
    expect(preview!.consultations).toBe(1);
    expect(preview!.questions).toBe(2);
    expect(preview!.files).toEqual({ count: 1, bytes: BUDGET_BYTES.byteLength });
    expect(preview!.contents.records).toEqual({
      packet_info: 1,
      packet_calls: 1,
      packet_applications: 2,
      packet_report: 1,
      packet_consultations: 1,
      packet_questions: 2,
      packet_files: 1,
    });
    expect(preview!.expiresAt).toBe(new Date(Date.parse('2026-03-06T12:00:00Z') + 60 * 86_400_000).toISOString());
    const withheld = Object.fromEntries(preview!.withheld.map((w) => [`${w.reason}:${w.what}:${w.label}`, w.count]));
    expect(withheld).toMatchObject({
      [`declared_conflict:application:${'SENTINEL-CONFLICTED-APPLICATION-0964'}`]: 1,
      [`consent:application:${'SENTINEL-UNCONSENTED-APPLICATION-5419'}`]: 1,
      'contacts:field:applicantContacts': 2,
      'contacts:field:communityContacts': 2,
      'sensitive:field:lateReason': 1,
      'sensitive:field:intake': 2,
      'not_added:file:SENTINEL-NOT-ADDED-FILE-9853.pdf': 1,
      [`consent:collaboration:${'SENTINEL-UNCONSENTED-COMMUNITY-4308'}`]: 1,
      [`consent:consultation:${'SENTINEL-UNCONSENTED-CONSULTATION-8742'}`]: 1,
      'consent:field:participants': 2,
      'sensitive_quote:consultation:Listening to the river communities': 1,
    });
    expect(await packetCount(vaults)).toBe(before);
  });

  it('hides the community in a blind packet', async () => {
    const [preview] = await vaults.secretariat.call<PacketPreview[]>('cre:reviewPackets.preview', { packet: vaults.composition({ blind: true }) });
    expect(preview!.applications.map((a) => a.communityName)).toEqual([null, null]);
  });
});

describe('review packets: compose, save and read back as the member', () => {
  it('records one packet per member, audited, and lists it as composed', async () => {
    const id = await composed(vaults, { respondBy: '2026-04-15', expiresInDays: 30 });
    expect(auditFor(vaults, 'packet_composed', id)).toEqual([{ packetId: id, memberId: vaults.memberId, applications: 4 }]);
    expect(await summaryOf(vaults, id)).toMatchObject({ id, state: 'composed', memberName: 'Rosa Committee', memberRole: 'advisory_committee', applications: 4, questions: 2, respondBy: '2026-04-15', sentAt: null });
    const detail = await vaults.secretariat.call<PacketDetail>('cre:reviewPackets.get', { id });
    expect(detail).toMatchObject({ period: PERIOD, includeReport: true, blind: false, bundleId: null, returned: null, fileIds: [vaults.budgetId] });
    expect(detail.applicationList[0]).toEqual({ id: vaults.applicationId, title: 'Following the dam’s money' });
    expect(detail.expiresAt).toBe(new Date(Date.parse('2026-03-06T12:00:00Z') + 30 * 86_400_000).toISOString());
  });

  it('saves the packet sealed to its member, who reads exactly the selection back with the added file', async () => {
    const id = await composed(vaults);
    const progress: BundleProgress[] = [];
    const stop = vaults.secretariat.core.onBundleProgress((event) => progress.push(event));
    const path = await saved(vaults, id);
    stop();

    const read = await readPacketAs(vaults.member, path);
    expect(read.manifest.kind).toBe('review_packet');
    expect(read.manifest.packet.packetId).toBe(id);
    const [info] = read.tables.packet_info as PacketInfoRow[];
    expect(info).toMatchObject({ packetId: id, title: 'Rivers and finance: your advice', senderName: 'Ana Coordinator', blind: false, period: PERIOD });
    const [call] = read.tables.packet_calls as PacketCallRow[];
    expect(call).toMatchObject({ id: vaults.callId, title: 'Rivers and finance 2026', language: 'en', currency: 'USD' });
    expect(call!.criteria.map((c) => c.id)).toEqual(['community-led', 'feasibility', 'budget']);
    const applications = read.tables.packet_applications as PacketApplicationRow[];
    expect(applications.map((a) => a.id)).toEqual([vaults.applicationId, vaults.lateId]);
    expect(applications[0]).toMatchObject({ communityName: 'Comunidade Ficticia do Rio Verde', country: 'BR', region: 'latin_america', fileIds: [vaults.budgetId], amountRequested: 3000 });
    expect(applications[0]!.budget).toEqual([{ description: 'Research and travel', amount: 3000, currency: 'USD', converted: 3000 }]);
    expect((read.tables.packet_files as PacketFileRow[]).map((f) => [f.id, f.name, f.applicationId])).toEqual([[vaults.budgetId, 'budget.pdf', vaults.applicationId]]);
    expect(Buffer.from(read.files.get(vaults.budgetId)!)).toEqual(Buffer.from(BUDGET_BYTES));
    expect([...read.files.keys()]).toEqual([vaults.budgetId]);

    const [report] = read.tables.packet_report as PacketReportRow[];
    expect(report!.figures).toContainEqual({ key: 'totals.collaborations', value: 2 });
    expect(report!.collaborations.map((k) => [k.id, k.stage, k.stages.map((s) => s.stage)])).toEqual([[vaults.collaborationId, 'introduced', ['proposed', 'introduced']]]);
    expect(report!.collaborations[0]!.learnings).toEqual(['Reading the bank’s disclosures together']);
    const [round] = read.tables.packet_consultations as PacketConsultationRow[];
    expect(round).toMatchObject({ id: vaults.consultationId, channel: 'visit', startsOn: '2026-02-10' });
    expect(round!.participants).toEqual(['Comunidade Ficticia do Rio Verde', 'Rede Network Research', 'Local radio team', 'Fishing cooperative']);
    expect(round!.feedback).toEqual([
      { theme: 'water', text: 'The river is lower every dry season.', quote: '' },
      { theme: 'finance', text: 'Nobody knew who lends to the dam.', quote: 'We want to see the contracts.' },
    ]);
    expect((read.tables.packet_questions as { id: string; position: number }[]).map((q) => [q.id, q.position])).toEqual([['focus', 0], ['fit', 1]]);

    expect(await summaryOf(vaults, id)).toMatchObject({ state: 'sent', sentAt: '2026-03-06T12:00:00.000Z' });
    const detail = await vaults.secretariat.call<PacketDetail>('cre:reviewPackets.get', { id });
    expect(detail.bundleId).toBe(read.manifest.bundleId);
    expect(auditFor(vaults, 'packet_saved', id)).toEqual([{ packetId: id, bundleId: read.manifest.bundleId, memberId: vaults.memberId }]);
    expect(progress.every((p) => p.token === TOKEN && p.phase === 'export')).toBe(true);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
  });

  it('sends a ticked file of the application documents folder even when it answers no requirement', async () => {
    const { documentsResourceId } = await vaults.secretariat.call<{ documentsResourceId: string }>('cre:grantApplications.get', { id: vaults.applicationId });
    const photo = vaults.secretariat.core.resources.attachBytes(documentsResourceId, 'river-photo.jpg', new TextEncoder().encode('JFIF river photo'));
    const id = await composed(vaults, { fileIds: [vaults.budgetId, photo.id] });
    const read = await readPacketAs(vaults.member, await saved(vaults, id));
    const [application] = read.tables.packet_applications as PacketApplicationRow[];
    expect(application!.fileIds).toEqual([vaults.budgetId, photo.id]);
    expect(new TextDecoder().decode(read.files.get(photo.id))).toBe('JFIF river photo');
  });

  it('does not write a packet twice, and keeps a sent packet on record', async () => {
    const id = await composed(vaults);
    await saved(vaults, id);
    vaults.secretariat.platform.setNextSaveFile(join(makeTempDir(), 'again.crebundle'));
    expect(await vaults.secretariat.failure('cre:reviewPackets.save', { id, token: TOKEN })).toBe('illegal_transition');
    expect(await vaults.secretariat.failure('cre:reviewPackets.discard', { id })).toBe('illegal_transition');
    expect(auditFor(vaults, 'packet_saved', id)).toHaveLength(1);
    expect(auditFor(vaults, 'packet_discarded', id)).toHaveLength(0);
  });

  it('marks a sent packet expired once its expiry passed without a return', async () => {
    const id = await composed(vaults, { expiresInDays: 5 });
    await saved(vaults, id);
    expect((await summaryOf(vaults, id))!.state).toBe('sent');
    await withClockMoved(6 * 86_400_000, async () => {
      expect((await summaryOf(vaults, id))!.state).toBe('expired');
    });
  });

  it('refuses to save a packet past its expiry, and writes nothing when the dialog is cancelled', async () => {
    const id = await composed(vaults, { expiresInDays: 1 });
    expect(await vaults.secretariat.call('cre:reviewPackets.save', { id, token: TOKEN })).toEqual({ saved: false, bundleId: null, bytes: 0 });
    await withClockMoved(2 * 86_400_000, async () => {
      vaults.secretariat.platform.setNextSaveFile(join(makeTempDir(), 'late.crebundle'));
      expect(await vaults.secretariat.failure('cre:reviewPackets.save', { id, token: TOKEN })).toBe('packet_expired');
    });
    vaults.secretariat.platform.setNextSaveFile(null);
    expect((await summaryOf(vaults, id))!.state).toBe('composed');
    expect(auditFor(vaults, 'packet_saved', id)).toEqual([]);
  });

  it('discards a packet never saved, audited', async () => {
    const id = await composed(vaults);
    await vaults.secretariat.call('cre:reviewPackets.discard', { id });
    expect(await summaryOf(vaults, id)).toBeUndefined();
    expect(auditFor(vaults, 'packet_discarded', id)).toEqual([{ packetId: id }]);
    expect(await vaults.secretariat.failure('cre:reviewPackets.get', { id })).toBe('not_found');
  });
});

describe('review packets: refusals, with nothing written', () => {
  it('refuses an unverified member, a member who is not a reviewer, and an unknown one', async () => {
    const before = await packetCount(vaults);
    const composedBefore = vaults.auditOf('packet_composed').length;
    const refusal = async (recipientIds: string[]) => vaults.secretariat.errorOf('cre:reviewPackets.compose', { packet: vaults.composition({ recipientIds }) });
    expect(await refusal([vaults.memberId, vaults.unverifiedId])).toMatchObject({ code: 'invalid_input', details: { reason: 'unverified_recipient' } });
    expect(await refusal([vaults.facilitatorId])).toMatchObject({ code: 'invalid_input', details: { reason: 'not_reviewer' } });
    expect((await refusal(['0b8a4a3e-6f57-4f0e-9d0e-000000000000'])).code).toBe('not_found');
    expect((await vaults.secretariat.errorOf('cre:reviewPackets.preview', { packet: vaults.composition({ recipientIds: [vaults.facilitatorId] }) })).details).toEqual({
      reason: 'not_reviewer',
    });
    expect(await packetCount(vaults)).toBe(before);
    expect(vaults.auditOf('packet_composed')).toHaveLength(composedBefore);
  });

  it('refuses an unknown or deleted application', async () => {
    const before = await packetCount(vaults);
    const deletedId = await vaults.addApplication('An application deleted before composing');
    await vaults.secretariat.call('cre:grantApplications.delete', { id: deletedId });
    const refused = await vaults.secretariat.errorOf('cre:reviewPackets.compose', { packet: vaults.composition({ applicationIds: [vaults.applicationId, deletedId] }) });
    expect(refused).toMatchObject({ code: 'not_found', details: { applicationId: deletedId } });
    const unknown = '0b8a4a3e-6f57-4f0e-9d0e-000000000001';
    expect(await vaults.secretariat.errorOf('cre:reviewPackets.preview', { packet: vaults.composition({ applicationIds: [unknown] }) })).toMatchObject({
      code: 'not_found',
      details: { applicationId: unknown },
    });
    expect(await packetCount(vaults)).toBe(before);
  });

  it('keeps an application deleted after composing out of the packet as unavailable', async () => {
    const goneId = await vaults.addApplication('An application deleted after composing');
    const id = await composed(vaults, { applicationIds: [vaults.applicationId, goneId] });
    await vaults.secretariat.call('cre:grantApplications.delete', { id: goneId });
    const read = await readPacketAs(vaults.member, await saved(vaults, id));
    expect((read.tables.packet_applications as PacketApplicationRow[]).map((a) => a.id)).toEqual([vaults.applicationId]);
  });
});
