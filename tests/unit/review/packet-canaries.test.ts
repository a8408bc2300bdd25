// Canaries: sentinel strings in contacts (applicants', communities', collaborators'), risk notes, the late reason and
// intake details, sensitive consultation quotes and notes, documents not added, records whose consent does not reach
// the committee, and an application the member declared a conflict on, are searched for in the whole decrypted
// plaintext of packets saved for the member: none is ever there. The blind option removes the name and community.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PacketApplicationRow, PacketConsultationRow, PacketReportRow } from '../../../common/review/packet-frames.schema.js';
import type { PacketComposeInput } from '../../../common/review/review.schema.js';
import { bundlePlaintext } from '../../helpers/bundle-plaintext.js';
import { CONSENTING, readPacketAs, reviewTestVaults, SENTINELS, type ReviewTestVaults } from '../../helpers/review-fixtures.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const TOKEN = '5f0c2d7e-1b3a-4c8e-9f61-2a7d9e4b3c21';

let vaults: ReviewTestVaults;
beforeAll(async () => {
  vaults = await reviewTestVaults();
});

/** Composes, saves and answers the packet's path and its whole plaintext as the member decrypts it. */
async function savedPacket(extra: Partial<PacketComposeInput> = {}): Promise<{ path: string; plaintext: string }> {
  const { secretariat, member } = vaults;
  const { ids } = await secretariat.call<{ ids: string[] }>('cre:reviewPackets.compose', { packet: vaults.composition(extra) });
  const path = join(makeTempDir(), 'packet.crebundle');
  secretariat.platform.setNextSaveFile(path);
  await secretariat.call('cre:reviewPackets.save', { id: ids[0], token: TOKEN });
  return { path, plaintext: (await bundlePlaintext(path, member)).toString('utf8') };
}

const found = (plaintext: string) => Object.entries(SENTINELS).filter(([, sentinel]) => plaintext.includes(sentinel)).map(([name]) => name);

describe('what a packet never holds', () => {
  it('holds no sentinel, whatever is selected, while what was asked for is there', async () => {
    const { plaintext } = await savedPacket({ fileIds: [vaults.budgetId] });
    expect(found(plaintext)).toEqual([]);
    // The same plaintext does hold the selection: the search is over what really travelled.
    for (const travelled of ['Following the dam’s money', 'A late radio programme', 'The river is lower every dry season.', 'Reading the bank’s disclosures together', '%PDF-1.4 budget']) {
      expect(plaintext).toContain(travelled);
    }
  });

  it('sends an added document, and only that one', async () => {
    const { plaintext } = await savedPacket({ fileIds: [vaults.letterId], applicationIds: [vaults.applicationId] });
    // The letter's name and bytes are the sentinel: added explicitly, it travels; the budget, not added, does not.
    expect(plaintext).toContain(SENTINELS.notAddedFile);
    expect(plaintext).not.toContain('%PDF-1.4 budget');
  });

  it('does not send an application the member declared a conflict on in an earlier packet, nor name it', async () => {
    const { path, plaintext } = await savedPacket({ applicationIds: [vaults.conflictedId, vaults.applicationId], period: null });
    const read = await readPacketAs(vaults.member, path);
    expect((read.tables.packet_applications as PacketApplicationRow[]).map((a) => a.id)).toEqual([vaults.applicationId]);
    expect(plaintext).not.toContain(vaults.conflictedId);
    expect(plaintext).not.toContain(SENTINELS.conflictedApplication);
  });

  it('sends nothing of records whose consent does not reach the committee', async () => {
    const { path, plaintext } = await savedPacket({ applicationIds: [vaults.unconsentedId] });
    const read = await readPacketAs(vaults.member, path);
    expect(read.tables.packet_applications ?? []).toEqual([]);
    expect(read.tables.packet_calls ?? []).toEqual([]);
    expect(plaintext).not.toContain(vaults.unconsentedId);
    expect(plaintext).not.toContain(vaults.hiddenCollaborationId);
    const [report] = read.tables.packet_report as PacketReportRow[];
    expect(report!.collaborations.map((k) => k.id)).toEqual([vaults.collaborationId]);
  });
});

describe('the blind option', () => {
  it('removes the applicant community’s name and country, here and in the report and consultations', async () => {
    const { path, plaintext } = await savedPacket({ blind: true });
    const read = await readPacketAs(vaults.member, path);
    const applications = read.tables.packet_applications as PacketApplicationRow[];
    expect(applications.map((a) => [a.communityName, a.country])).toEqual([
      [null, null],
      [null, null],
    ]);
    const [report] = read.tables.packet_report as PacketReportRow[];
    expect(report!.collaborations.map((k) => [k.title, k.communityName])).toEqual([['', null]]);
    const [round] = read.tables.packet_consultations as PacketConsultationRow[];
    expect(round!.participants).toEqual(['Rede Network Research', 'Local radio team', 'Fishing cooperative']);
    expect(plaintext).not.toContain(CONSENTING.name);
    expect(plaintext).not.toContain(vaults.communityId);
    expect(found(plaintext)).toEqual([]);
  });

  it('names the community when the packet is not blind', async () => {
    const { plaintext } = await savedPacket({ blind: false, period: null });
    expect(plaintext).toContain(CONSENTING.name);
  });
});
