// Verify, then apply: a bundle is read once to check everything (signature included) with nothing written, and only
// then read again and applied. A forged bundle carrying rows, deletions and an attachment changes no table, no index
// and no in-memory journal; a good bundle writes nothing until it verified; a file that changes between or during the
// passes is applied from neither.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { totalChanges } from '../../../db/connection-state.js';
import { readIdentity } from '../../../db/team.repo.js';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { importBundle, VERIFY_SHARE } from '../../../main/core/sync/import-bundle.js';
import { verifyBundle } from '../../../main/core/sync/import-verify.js';
import { bundlePlaintext, reencryptTo } from '../../helpers/bundle-plaintext.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';
import { tableDigests, vaultState } from '../../helpers/vault-state.js';

/** What a refusal may write, and only it: one count of the refusal, and the audit entry of the first of its kind. */
const REFUSAL_TABLES = ['bundle_refusals', 'audit_events'];

let sodium: Sodium;
let coordinator: TeamVault;
let asia: TeamVault;
let good: Buffer;
let forged: Uint8Array;
const dir = () => makeTempDir('cre-verify-');

function fileOf(bytes: Uint8Array): string {
  const path = join(dir(), 'b.crebundle');
  writeFileSync(path, bytes);
  return path;
}

async function exportToAsia(): Promise<{ path: string; contents: { records: Record<string, number>; tombstones: number; attachments: { count: number } } }> {
  const path = join(dir(), 'to-asia.crebundle');
  coordinator.platform.setNextSaveFile(path);
  const result = await coordinator.call<{ contents: never }>('cre:bundles.export', { recipientIds: [await coordinator.memberIdOf(asia.name)], everything: false, token: randomUUID() });
  return { path, contents: result.contents };
}

async function importInto(vault: TeamVault, bytes: Uint8Array): Promise<string> {
  vault.platform.setNextOpenFile(fileOf(bytes));
  return vault.failure('cre:bundles.import', { token: randomUUID() });
}

const asiaDb = () => asia.core.vault.openVault().db;
const asiaKeys = () => {
  const identity = readIdentity(asiaDb());
  return { role: identity.role, region: identity.region, encryptionPublicKey: identity.encryptionPublicKey, encryptionSecretKey: identity.encryptionSecretKey, signingPublicKey: identity.signingPublicKey };
};
const withoutRefusals = (tables: Record<string, string>) => Object.fromEntries(Object.entries(tables).filter(([name]) => !REFUSAL_TABLES.includes(name)));

beforeAll(async () => {
  sodium = await loadSodium();
  coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
  asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  await introduceBothWays(coordinator, asia);
  // Asia already holds a community (deleted in the next bundle) and a collaborator with a collaboration.
  const doomedId = (await coordinator.call<{ id: string }>('cre:communities.create', { community: { ...RIO_VERDE, name: 'Doomed', country: 'ID', sharing: 'network', contacts: [] } })).id;
  const kept = (await coordinator.call<{ id: string }>('cre:roster.create', { collaborator: { ...ANA, name: 'Kept Collaborator', countries: ['ID'], sharing: 'network' } })).id;
  const home = (await coordinator.call<{ id: string }>('cre:communities.create', { community: { ...RIO_VERDE, name: 'Home', country: 'ID', sharing: 'network', contacts: [] } })).id;
  await coordinator.call('cre:collaborations.create', { collaboration: { communityId: home, members: [{ collaboratorId: kept }], owner: 'Asia facilitator' } });
  asia.platform.setNextOpenFile((await exportToAsia()).path);
  await asia.call('cre:bundles.import', { token: randomUUID() });
  // Asia's answer acknowledges it, so the next bundle carries only what changed since.
  const reply = join(dir(), 'to-coordinator.crebundle');
  asia.platform.setNextSaveFile(reply);
  await asia.call('cre:bundles.export', { recipientIds: [await asia.memberIdOf(coordinator.name)], everything: false, token: randomUUID() });
  coordinator.platform.setNextOpenFile(reply);
  await coordinator.call('cre:bundles.import', { token: randomUUID() });

  // The next bundle carries new rows in every indexed table, a deletion, an edit and an attachment.
  coordinator.platform.advance(60_000);
  await coordinator.call('cre:communities.delete', { id: doomedId });
  const arrives = (await coordinator.call<{ id: string }>('cre:communities.create', { community: { ...RIO_VERDE, name: 'Arrives', country: 'ID', sharing: 'network', contacts: [] } })).id;
  const newcomer = (await coordinator.call<{ id: string }>('cre:roster.create', { collaborator: { ...ANA, name: 'Newcomer Jaringan', countries: ['ID'], sharing: 'network' } })).id;
  await coordinator.call('cre:collaborations.create', { collaboration: { communityId: arrives, members: [{ collaboratorId: newcomer }], owner: 'Asia facilitator' } });
  await coordinator.call('cre:roster.update', { id: kept, collaborator: { ...ANA, name: 'Kept Collaborator', countries: ['ID'], sharing: 'network', notes: 'Edited' }, keepRiskNotes: true });
  const { id: resource } = await coordinator.call<{ id: string }>('cre:resources.create', {
    resource: { title: 'Network guide', type: 'guide', strategyAreas: ['advocacy'], languages: ['en'], summary: '', sharing: 'network' },
  });
  coordinator.core.resources.attachBytes(resource, 'guide.bin', new Uint8Array(300_000).map((_, i) => (i * 13) % 251));
  const exported = await exportToAsia();
  expect(exported.contents.tombstones).toBe(1);
  expect(exported.contents.attachments.count).toBe(1);
  expect(exported.contents.records).toMatchObject({ communities: 2, collaborators: 2, collaborations: 1, resources: 1, attachments: 1 });
  good = readFileSync(exported.path);

  // Forged: the same plaintext, readable by Asia and addressed to it, with one bit of the signature changed.
  const plaintext = await bundlePlaintext(exported.path, asia);
  const at = plaintext.byteLength - 10;
  plaintext[at] = (plaintext[at] ?? 0) ^ 0x01;
  forged = await reencryptTo(plaintext, asia);
}, 120_000);

describe('a forged bundle (addressed to this vault, readable, signature bad) with rows, a deletion and an attachment', () => {
  it('changes no table, no index, no journal and no answer; the refusal is only counted', async () => {
    const before = await vaultState(asia);
    expect(await importInto(asia, forged)).toBe('bad_signature');
    const after = await vaultState(asia);
    expect(withoutRefusals(after.tables)).toEqual(withoutRefusals(before.tables));
    expect(after.journals).toEqual(before.journals);
    expect([after.search, after.dashboard, after.communities]).toEqual([before.search, before.dashboard, before.communities]);
    // Two rows written in all, rolled back or not: the refusal's count, and its audit entry.
    expect(after.rowsWritten - before.rowsWritten).toBe(2);
    const history = await asia.call<{ outcome: string; count: number; claimedBy: string | null }[]>('cre:bundles.history', {});
    expect(history[0]).toMatchObject({ outcome: 'bad_signature', count: 1, claimedBy: 'Coordinator' });
  });

  it('refused again, it only adds to the count', async () => {
    const before = await vaultState(asia);
    expect(await importInto(asia, forged)).toBe('bad_signature');
    const after = await vaultState(asia);
    expect(withoutRefusals(after.tables)).toEqual(withoutRefusals(before.tables));
    expect(after.tables['audit_events']).toBe(before.tables['audit_events']);
    expect(after.rowsWritten - before.rowsWritten).toBe(1);
    const history = await asia.call<{ outcome: string; count: number }[]>('cre:bundles.history', {});
    expect(history[0]).toMatchObject({ outcome: 'bad_signature', count: 2 });
  });
});

describe('the first pass', () => {
  it('verifies a good bundle writing nothing at all, not even to roll back', async () => {
    const db = asiaDb();
    const tables = tableDigests(db);
    const written = totalChanges(db);
    const state = await vaultState(asia);
    const claims: string[] = [];
    const verified = await verifyBundle({ sodium, db, path: fileOf(good), me: asiaKeys(), onClaim: (claim) => claims.push(claim) });
    expect(verified.sender.displayName).toBe('Coordinator');
    expect(claims).toEqual([coordinator.vaultId]);
    expect(tableDigests(db)).toEqual(tables);
    expect(totalChanges(db)).toBe(written);
    expect(await vaultState(asia)).toEqual(state);
  });

  it('leaves the search journal untouched when the last byte is damaged, though every row came before it', async () => {
    const damaged = Buffer.from(good);
    damaged[damaged.byteLength - 1] = (damaged[damaged.byteLength - 1] ?? 0) ^ 0x80;
    const before = await vaultState(asia);
    expect(await importInto(asia, damaged)).toBe('bad_payload');
    const after = await vaultState(asia);
    expect(after.journals).toEqual(before.journals);
    expect(withoutRefusals(after.tables)).toEqual(withoutRefusals(before.tables));
    expect(after.rowsWritten - before.rowsWritten).toBe(2);
    expect(after.search).toEqual(before.search);
  });
});

describe('the second pass', () => {
  /** Imports `good` into Asia directly, running `during(done, total)` at each progress report. */
  async function importWatching(during: (done: number, total: number, path: string) => void) {
    const path = fileOf(good);
    return importBundle({ sodium, db: asiaDb(), path, now: () => new Date().toISOString(), onProgress: (done, total) => during(done, total, path) });
  }

  it('refuses a file changed between the passes, before writing anything, and counts no refusal', async () => {
    const before = await vaultState(asia);
    let touched = false;
    const import_ = importWatching((done, total, path) => {
      if (!touched && done === Math.floor(total * VERIFY_SHARE)) {
        touched = true;
        writeFileSync(path, readFileSync(path));
      }
    });
    await expect(import_).rejects.toMatchObject({ code: 'io' });
    expect(touched).toBe(true);
    const after = await vaultState(asia);
    expect(after).toEqual(before);
  });

  it('refuses a file changed while it is applied, rolling back what it wrote', async () => {
    const before = await vaultState(asia);
    let touched = false;
    const import_ = importWatching((done, total, path) => {
      if (!touched && done > Math.floor(total * VERIFY_SHARE)) {
        touched = true;
        writeFileSync(path, readFileSync(path));
      }
    });
    await expect(import_).rejects.toMatchObject({ code: 'io' });
    expect(touched).toBe(true);
    const after = await vaultState(asia);
    expect(after.tables).toEqual(before.tables);
    expect([after.search, after.dashboard, after.communities]).toEqual([before.search, before.dashboard, before.communities]);
  });

  it('applies a good bundle only after the first pass verified it: no row written before', async () => {
    const db = asiaDb();
    const start = totalChanges(db);
    const duringFirstPass: number[] = [];
    const report = await importWatching((done, total) => {
      if (done <= Math.floor(total * VERIFY_SHARE)) duringFirstPass.push(totalChanges(db) - start);
    });
    expect(duringFirstPass.length).toBeGreaterThan(1);
    expect(new Set(duringFirstPass)).toEqual(new Set([0]));
    expect(totalChanges(db)).toBeGreaterThan(start);
    expect(report.applied).toMatchObject({ communities: 2, collaborators: 2, collaborations: 1, resources: 1, attachments: 1 });
    const names = (await asia.call<{ id: string; name: string }[]>('cre:communities.list', {})).map((c) => c.name).sort();
    expect(names).toEqual(['Arrives', 'Home']);
    const found = await asia.call<{ items: { name: string }[] }>('cre:roster.search', { query: { text: 'Jaringan' }, offset: 0, limit: 10 });
    expect(found.items.map((item) => item.name)).toEqual(['Newcomer Jaringan']);
  });
});
