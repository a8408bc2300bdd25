// Consent withdrawn travels, with canaries: a community, its children and a resource with a file reach the Asia
// facilitator; the secretariat narrows them; the next bundle purges them there, and a scan of the facilitator's
// decrypted pages (free pages and free space included) and of its WAL finds none of the sentinels left.
import { existsSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMAGINARY_DAM, RIO_VERDE } from '../../helpers/community-fixtures.js';
import { readDataKey } from '../../helpers/data-key.js';
import { pagesHolding } from '../../helpers/decrypted-pages.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import type { TeamVault } from '../../helpers/team-vaults.js';
import { STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';
import { markersOf, receive, secretariatAndAsia, send, withdrawalsPreviewed } from '../../helpers/withdrawal-network.js';
import { vaultFiles } from '../../../main/core/vault/vault-files.js';

const SENTINEL = {
  communityName: 'SENTINEL-COMMUNITY-NAME-3c1e',
  communityNotes: 'SENTINEL-COMMUNITY-NOTES-88af',
  contact: 'https://example.org/SENTINEL-CONTACT-5d20',
  struggle: 'SENTINEL-STRUGGLE-NOTES-a41b',
  request: 'SENTINEL-REQUEST-TEXT-0e9d',
  activity: 'SENTINEL-ACTIVITY-TEXT-7b77',
  collaborator: 'SENTINEL-COLLABORATOR-NOTES-2f60',
  resource: 'SENTINEL-RESOURCE-TITLE-91c3',
  file: 'SENTINEL-FILE-BYTES-6d5a',
};

let secretariat: TeamVault;
let asia: TeamVault;
let key: Buffer;
const ids: Record<string, string> = {};

const communityInput = (sharing: string) => ({
  ...RIO_VERDE, name: SENTINEL.communityName, country: 'ID', sharing, notes: SENTINEL.communityNotes,
  contacts: [{ type: 'website', value: SENTINEL.contact, sensitive: false }],
});
const resourceInput = (sharing: string) => ({ title: SENTINEL.resource, type: 'guide', strategyAreas: ['advocacy'], languages: ['en'], summary: '', sharing });
const collaboratorInput = (sharing: string) => ({ ...ANA, name: 'Jakarta legal clinic', countries: ['ID'], sharing, notes: SENTINEL.collaborator, contacts: [] });

/** A file of several pages' worth, the sentinel at its start, middle and end. */
function fileBytes(): Uint8Array {
  const bytes = new Uint8Array(120_000).map((_, i) => 32 + (i % 90));
  const mark = new TextEncoder().encode(SENTINEL.file);
  for (const at of [0, 60_000, 120_000 - mark.byteLength]) bytes.set(mark, at);
  return bytes;
}

const rosterTotal = async (text: string) => (await asia.call<{ total: number }>('cre:roster.search', { query: { text } })).total;

/** The sentinels found in the facilitator's decrypted database pages, and in its WAL (there should be none left). */
function sentinelsFound(): string[] {
  asia.core.vault.lock('user');
  const database = vaultFiles(asia.vaultDir).database;
  const wal = `${database}-wal`;
  try {
    const found = Object.values(SENTINEL).filter((s) => pagesHolding(database, key, s).length > 0);
    if (existsSync(wal) && statSync(wal).size > 0) found.push('wal not empty');
    return found;
  } finally {
    asia.core.vault.unlock(STRONG_PASSPHRASE);
  }
}

beforeAll(async () => {
  ({ secretariat, asia } = await secretariatAndAsia());
  const s = secretariat;
  const created = async (channel: string, input: unknown) => (await s.call<{ id: string }>(channel, input)).id;
  ids['community'] = await created('cre:communities.create', { community: communityInput('regional') });
  ids['project'] = await created('cre:projects.create', { project: IMAGINARY_DAM });
  ids['struggle'] = await created('cre:struggles.link', { struggle: { communityId: ids['community'], projectId: ids['project'], notes: SENTINEL.struggle } });
  ids['request'] = await created('cre:requests.create', {
    request: { communityId: ids['community'], strategyAreas: ['advocacy'], level: 'local', languages: ['id'], urgency: 'high', description: SENTINEL.request },
  });
  ids['collaborator'] = await created('cre:roster.create', { collaborator: collaboratorInput('regional') });
  ids['collaboration'] = await created('cre:collaborations.create', {
    collaboration: { communityId: ids['community'], requestId: ids['request'], members: [{ collaboratorId: ids['collaborator'], role: 'legal advice' }], owner: 'Asia facilitator' },
  });
  await s.call('cre:collaborations.addActivity', { id: ids['collaboration'], activity: { kind: 'note', date: '2026-11-30', text: SENTINEL.activity } });
  ids['resource'] = await created('cre:resources.create', { resource: resourceInput('network') });
  s.core.resources.attachBytes(ids['resource'], 'notes.txt', fileBytes());
  await receive(asia, await send(secretariat, asia));
  key = await readDataKey(asia.vaultDir, STRONG_PASSPHRASE);
}, 120_000);

describe('a record narrowed after it travelled', () => {
  it('is held by the facilitator, and the scan finds every sentinel there: it sees what it looks for', async () => {
    expect((await asia.call<{ name: string }>('cre:communities.get', { id: ids['community'] })).name).toBe(SENTINEL.communityName);
    expect(await asia.call<unknown[]>('cre:collaborations.timeline', { id: ids['collaboration'] })).toHaveLength(1);
    expect(await rosterTotal('Jakarta')).toBe(1);
    const found = sentinelsFound();
    expect(Object.values(SENTINEL).filter((s) => !found.includes(s))).toEqual([]);
  });

  it('is listed per table in the preview once the secretariat narrows it', async () => {
    await secretariat.call('cre:communities.update', { id: ids['community'], community: communityInput('secretariat') });
    await secretariat.call('cre:resources.update', { id: ids['resource'], resource: resourceInput('secretariat') });
    await secretariat.call('cre:roster.update', { id: ids['collaborator'], collaborator: collaboratorInput('secretariat') });
    expect(await withdrawalsPreviewed(secretariat, asia)).toEqual({
      collaborators: 1, communities: 1, struggles: 1, support_requests: 1, collaborations: 1, collaboration_activities: 1, resources: 1, attachments: 1,
    });
  });

  it('is purged at the facilitator with what depends on it, leaving markers without content', async () => {
    const report = await receive(asia, await send(secretariat, asia));
    expect(report.withdrawn).toBe(8);
    expect(await asia.failure('cre:communities.get', { id: ids['community'] })).toBe('not_found');
    expect(await asia.failure('cre:resources.get', { id: ids['resource'] })).toBe('not_found');
    expect(await asia.failure('cre:collaborations.get', { id: ids['collaboration'] })).toBe('not_found');
    expect(await asia.failure('cre:roster.get', { id: ids['collaborator'] })).toBe('not_found');
    const { db } = asia.core.vault.openVault();
    for (const table of ['community_contacts', 'struggles', 'support_requests', 'collaboration_activities', 'attachments', 'attachment_chunks']) {
      expect([table, db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()]).toEqual([table, 0]);
    }
    // The harmful project is network-wide: it stays.
    expect((await asia.call<{ name: string }>('cre:projects.get', { id: ids['project'] })).name).toBe(IMAGINARY_DAM.name);
    const markers = markersOf(asia);
    expect(markers.map((m) => m.table_name).sort()).toEqual(
      ['attachments', 'collaboration_activities', 'collaborations', 'collaborators', 'communities', 'resources', 'struggles', 'support_requests'],
    );
    expect(new Set(markers.map((m) => m.withdrawn_by))).toEqual(new Set([secretariat.vaultId]));
    // The roster's in-memory search index, built before the purge, lets the collaborator go.
    expect(await rosterTotal('Jakarta')).toBe(0);
  });

  it('leaves no sentinel in the facilitator’s decrypted pages, free space included, nor in its WAL', () => {
    expect(sentinelsFound()).toEqual([]);
  });
});
