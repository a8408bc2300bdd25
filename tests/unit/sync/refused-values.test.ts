// Signed bundles from a verified contact whose rows carry values no vault writes (a list that is not JSON, JSON that is
// not a list, an unknown code, an unknown fixed value, a date in another shape): each import is refused as bad_payload
// and the receiver's content stays as it was; a bundle of good rows still travels and opens.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMAGINARY_DAM, RIO_VERDE } from '../../helpers/community-fixtures.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { contentOf, introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

let coordinator: TeamVault;
let asia: TeamVault;
let asiaCommunity: string;
/** The records a test made faulty in the coordinator's vault. */
const corrupted: { table: string; id: string }[] = [];

async function exportToAsia(): Promise<string> {
  const path = join(makeTempDir('cre-values-'), 'b.crebundle');
  coordinator.platform.setNextSaveFile(path);
  await coordinator.call('cre:bundles.export', { recipientIds: [await coordinator.memberIdOf(asia.name)], everything: false, token: randomUUID() });
  return path;
}

/**
 * The coordinator writes a record, its own vault is then made to hold `bad` in `column` (as a faulty or hostile vault
 * would), and the bundle it signs is imported by Asia.
 */
async function sendCorrupted(create: () => Promise<string>, table: string, column: string, bad: string): Promise<string> {
  coordinator.platform.advance(1000);
  const id = await create();
  coordinator.core.vault.openVault().db.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`).run(bad, id);
  corrupted.push({ table, id });
  const path = await exportToAsia();
  const before = contentOf(asia);
  asia.platform.setNextOpenFile(path);
  const code = await asia.failure('cre:bundles.import', { token: randomUUID() });
  expect(contentOf(asia), 'the receiver’s content').toBe(before);
  return code;
}

const created = async (channel: string, input: unknown): Promise<string> => (await coordinator.call<{ id: string }>(channel, input)).id;
const community = (name: string) => () => created('cre:communities.create', { community: { ...RIO_VERDE, name, country: 'ID', sharing: 'network', contacts: [] } });

beforeAll(async () => {
  coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
  asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  await introduceBothWays(coordinator, asia);
  // Asia already holds records, so "unchanged" means something.
  asiaCommunity = await community('Already there')();
  asia.platform.setNextOpenFile(await exportToAsia());
  await asia.call('cre:bundles.import', { token: randomUUID() });
}, 120_000);

describe('a signed bundle from a verified contact with a value no vault writes', () => {
  it('refuses a list column that is not JSON (and the vault still opens its communities)', async () => {
    expect(await sendCorrupted(community('Not JSON'), 'communities', 'languages', 'not json')).toBe('bad_payload');
    expect(await asia.call('cre:communities.get', { id: asiaCommunity })).toMatchObject({ name: 'Already there', languages: ['pt'] });
    expect(await asia.call<unknown[]>('cre:communities.list', {})).toHaveLength(1);
  });

  it('refuses a list column whose JSON is not a list', async () => {
    const collaborator = () => created('cre:roster.create', { collaborator: { ...ANA, countries: ['ID'], sharing: 'network' } });
    expect(await sendCorrupted(collaborator, 'collaborators', 'countries', '{"ID":true}')).toBe('bad_payload');
  });

  it('refuses a list with a code that is not one', async () => {
    const resource = () =>
      created('cre:resources.create', { resource: { title: 'Guide', type: 'guide', strategyAreas: ['advocacy'], languages: ['en'], summary: '', sharing: 'network' } });
    expect(await sendCorrupted(resource, 'resources', 'strategy_areas', '["advocacy","lobbying"]')).toBe('bad_payload');
    expect(await sendCorrupted(resource, 'resources', 'languages', '["zz"]')).toBe('bad_payload');
  });

  it('refuses an unknown fixed value', async () => {
    const project = () => created('cre:projects.create', { project: IMAGINARY_DAM });
    expect(await sendCorrupted(project, 'harmful_projects', 'stage', 'cancelled')).toBe('bad_payload');
    expect(await sendCorrupted(community('Unknown country'), 'communities', 'country', 'XX')).toBe('bad_payload');
  });

  it('refuses a date in another shape', async () => {
    const request = () =>
      created('cre:requests.create', {
        request: { communityId: asiaCommunity, strategyAreas: ['advocacy'], level: 'local', languages: ['id'], urgency: 'high', deadline: '2026-12-31', description: 'Legal support' },
      });
    expect(await sendCorrupted(request, 'support_requests', 'deadline', '31/12/2026')).toBe('bad_payload');
  });

  it('counts each refusal in the history, and a bundle of good rows still travels and opens', async () => {
    const history = await asia.call<{ outcome: string; count: number; claimedBy: string | null }[]>('cre:bundles.history', {});
    // The seven refusals of the day, all claimed by the coordinator's vault and coded bad_payload, are one entry.
    expect(history.filter((h) => h.outcome === 'bad_payload')).toEqual([expect.objectContaining({ count: 7, claimedBy: 'Coordinator' })]);
    // Each bundle carries again what Asia has not acknowledged, the faulty rows included: the faulty vault is repaired first.
    const db = coordinator.core.vault.openVault().db;
    for (const { table, id } of corrupted.splice(0)) db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
    coordinator.platform.advance(1000);
    const id = await community('Arrives whole')();
    asia.platform.setNextOpenFile(await exportToAsia());
    const report = await asia.call<{ applied: Record<string, number> }>('cre:bundles.import', { token: randomUUID() });
    expect(report.applied).toEqual({ communities: 1 });
    expect(await asia.call('cre:communities.get', { id })).toMatchObject({ name: 'Arrives whole', country: 'ID', languages: ['pt'] });
  });
});
