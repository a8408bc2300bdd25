// While a long job holds the vault (bundle import, CSV commit, attach), every other call — the vault service's own
// writes included — answers `busy`, nothing is half-written, and the audit chain is intact when the job ends.
import { AsyncResource } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_CODES } from '../../../common/contract/errors.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir, OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

/** Calls the page could make while the job runs, each through the router as the page would. */
function callsFromThePage(vault: TeamVault): [string, unknown][] {
  return [
    ['cre:vault.changePassphrase', { currentPassphrase: STRONG_PASSPHRASE, newPassphrase: OTHER_STRONG_PASSPHRASE }],
    ['cre:vault.recover', { recoveryKey: vault.recoveryKey, newPassphrase: OTHER_STRONG_PASSPHRASE }],
    ['cre:vault.replaceRecoveryKey', { currentPassphrase: STRONG_PASSPHRASE }],
    ['cre:vault.setAutoLock', { minutes: 7 }],
    ['cre:vault.markRecoveryKeyConfirmed', {}],
    ['cre:vault.auditTrail', { limit: 5 }],
    ['cre:roster.create', { collaborator: { ...ANA, name: 'Written during the job' } }],
  ];
}

/**
 * Makes every call from outside the job's async context, as a call arriving over IPC would, and collects the codes.
 * Bound now, at the test's own level, so that running it from a progress listener does not count as the job itself.
 */
function outsideCaller(vault: TeamVault): () => Promise<string[]> {
  return AsyncResource.bind(async () => Promise.all(callsFromThePage(vault).map(([channel, input]) => vault.failure(channel, input))));
}

async function auditIntact(vault: TeamVault): Promise<void> {
  expect(await vault.call('cre:vault.verify', {})).toMatchObject({ audit: { ok: true }, integrity: { ok: true } });
  const trail = await vault.call<{ kind: string }[]>('cre:vault.auditTrail', { limit: 500 });
  expect(trail.map((entry) => entry.kind)).not.toContain('passphrase_changed');
  expect(trail.map((entry) => entry.kind)).not.toContain('recovery_key_replaced');
}

const ALL_BUSY = Array.from({ length: 7 }, () => 'busy');

describe('a long job has the vault to itself', () => {
  it('during a bundle import: every other call is busy; the import commits; the key file and audit are untouched', async () => {
    const coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
    const asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
    await introduceBothWays(coordinator, asia);
    for (let i = 0; i < 30; i += 1) await coordinator.call('cre:roster.create', { collaborator: { ...ANA, name: `Ally ${i}`, sharing: 'network' } });
    const path = join(makeTempDir(), 'to-asia.crebundle');
    coordinator.platform.setNextSaveFile(path);
    await coordinator.call('cre:bundles.export', { recipientIds: [await coordinator.memberIdOf('Asia facilitator')], everything: false, token: randomUUID() });

    const keyFileBefore = readFileSync(join(asia.vaultDir, 'vault.keys.json'));
    asia.platform.setNextOpenFile(path);
    const importing = asia.call('cre:bundles.import', { token: randomUUID() });
    // The import has started and holds the vault across its reads: the page's calls arrive now.
    await new Promise((resolve) => setImmediate(resolve));
    expect(await outsideCaller(asia)()).toEqual(ALL_BUSY);
    await importing;
    expect(readFileSync(join(asia.vaultDir, 'vault.keys.json')).equals(keyFileBefore)).toBe(true);
    await auditIntact(asia);
    expect(await asia.call('cre:vault.setAutoLock', { minutes: 7 })).toBeNull();
  });

  it('during a refused import that rolls back: the calls were busy, nothing of them was written', async () => {
    const coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
    const asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
    await introduceBothWays(coordinator, asia);
    await coordinator.call('cre:roster.create', { collaborator: { ...ANA, sharing: 'network' } });
    const path = join(makeTempDir(), 'to-asia.crebundle');
    coordinator.platform.setNextSaveFile(path);
    await coordinator.call('cre:bundles.export', { recipientIds: [await coordinator.memberIdOf('Asia facilitator')], everything: false, token: randomUUID() });
    const bytes = readFileSync(path);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    writeFileSync(path, bytes);

    asia.platform.setNextOpenFile(path);
    const importing = asia.failure('cre:bundles.import', { token: randomUUID() });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await outsideCaller(asia)()).toEqual(ALL_BUSY);
    expect(BUNDLE_ERROR_CODES).toContain(await importing);
    await auditIntact(asia);
  });

  it('during a CSV commit: the calls made while rows are written are busy', async () => {
    const vault = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
    const csv = join(makeTempDir(), 'roster.csv');
    writeFileSync(csv, ['name,kind,countries', ...Array.from({ length: 400 }, (_, i) => `Ally ${i},community,PE`)].join('\n'));
    const opened = vault.core.rosterIo.importer.open(csv);
    const outside = outsideCaller(vault);
    const seen: Promise<string[]>[] = [];
    const stop = vault.core.onImportProgress(() => {
      if (seen.length === 0) seen.push(outside());
    });
    await vault.call('cre:rosterIo.commitImport', { token: opened.token, mapping: opened.suggestedMapping, skipDuplicates: false });
    stop();
    expect(seen).toHaveLength(1);
    expect(await seen[0]).toEqual(ALL_BUSY);
    await auditIntact(vault);
  });

  it('during an attach: the calls made while chunks are written are busy', async () => {
    const vault = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
    const { id } = await vault.call<{ id: string }>('cre:resources.create', {
      resource: { title: 'Guide', type: 'guide', languages: ['en'], strategyAreas: [], sharing: 'network' },
    });
    const file = join(makeTempDir(), 'guide.bin');
    writeFileSync(file, Buffer.alloc(5 * 1024 * 1024, 7));
    const outside = outsideCaller(vault);
    const seen: Promise<string[]>[] = [];
    const stop = vault.core.onAttachmentProgress(() => {
      if (seen.length === 0) seen.push(outside());
    });
    vault.platform.setNextOpenFile(file);
    await vault.call('cre:resources.attach', { id, token: randomUUID() });
    stop();
    expect(seen).toHaveLength(1);
    expect(await seen[0]).toEqual(ALL_BUSY);
    await auditIntact(vault);
  });
});
