// A flood of junk files cannot grow the vault without limit: refused imports are counted per day, sender claim and
// error code, so 1,000 refused files make a handful of history rows (and audit entries), and a day keeps at most
// MAX_CLAIMS_PER_DAY claims apart however many vault ids the files claim.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WritableDB } from '../../../db/handles.js';
import { MAX_CLAIMS_PER_DAY, UNKNOWN_CLAIM } from '../../../db/sync-refusals.js';
import { readIdentity } from '../../../db/team.repo.js';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { bundlePlaintext, reencryptTo } from '../../helpers/bundle-plaintext.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';
import { craftBundle, manifestFrame, signedPlaintext, testManifest, testParty, type TestParty } from '../../vectors/bundle-craft.js';

interface HistoryEntry {
  outcome: string;
  count: number;
  claimedBy: string | null;
  bytes: number;
}

let sodium: Sodium;
let coordinator: TeamVault;
let asia: TeamVault;
let africa: TeamVault;
const dir = () => makeTempDir('cre-refusals-');

const db = (vault: TeamVault): WritableDB => vault.core.vault.openVault().db;
const count = (vault: TeamVault, sql: string, ...params: unknown[]): number => db(vault).prepare(sql).pluck().get(...params) as number;

async function refuse(vault: TeamVault, path: string): Promise<string> {
  vault.platform.setNextOpenFile(path);
  return vault.failure('cre:bundles.import', { token: randomUUID() });
}

async function exportFrom(from: TeamVault, to: TeamVault): Promise<string> {
  const path = join(dir(), `${to.name}.crebundle`);
  from.platform.setNextSaveFile(path);
  await from.call('cre:bundles.export', { recipientIds: [await from.memberIdOf(to.name)], everything: false, token: randomUUID() });
  return path;
}

/** A party with Asia's public keys, for manifests addressed to it (its secret keys are not needed to write one). */
function asiaAsRecipient(): TestParty {
  const identity = readIdentity(db(asia));
  const blank = new Uint8Array(64);
  return {
    name: 'Asia facilitator',
    vaultId: identity.vaultId,
    signing: { publicKey: identity.signingPublicKey, privateKey: blank },
    encryption: { publicKey: identity.encryptionPublicKey, privateKey: blank },
  };
}

beforeAll(async () => {
  sodium = await loadSodium();
  coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
  asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  africa = await teamVault({ displayName: 'Africa facilitator', role: 'facilitator', region: 'africa' });
  await introduceBothWays(coordinator, asia);
  await introduceBothWays(coordinator, africa);
}, 120_000);

describe('refused imports', () => {
  it('1,000 junk files make a handful of history rows, with their counts', async () => {
    await coordinator.call('cre:communities.create', { community: { ...RIO_VERDE, name: 'Network', country: 'ID', sharing: 'network', contacts: [] } });
    const forAfrica = await exportFrom(coordinator, africa);
    const toAsia = await exportFrom(coordinator, asia);
    const plaintext = await bundlePlaintext(toAsia, asia);
    plaintext[plaintext.byteLength - 1] = (plaintext[plaintext.byteLength - 1] ?? 0) ^ 0x01;
    const forged = join(dir(), 'forged.crebundle');
    writeFileSync(forged, await reencryptTo(plaintext, asia));
    const junk = join(dir(), 'junk.bin');

    const historyRows = count(asia, 'SELECT count(*) FROM bundle_history');
    const auditRows = count(asia, 'SELECT count(*) FROM audit_events');
    const codes = new Map<string, number>();
    const note = (code: string) => codes.set(code, (codes.get(code) ?? 0) + 1);
    for (let i = 0; i < 600; i += 1) {
      writeFileSync(junk, randomBytes(1 + ((i * 37) % 4000)));
      note(await refuse(asia, junk));
    }
    for (let i = 0; i < 250; i += 1) note(await refuse(asia, forAfrica));
    for (let i = 0; i < 150; i += 1) note(await refuse(asia, forged));
    expect(Object.fromEntries(codes)).toEqual({ bad_header: 600, not_for_you: 250, bad_signature: 150 });

    const history = await asia.call<HistoryEntry[]>('cre:bundles.history', { limit: 1000 });
    const refused = history.filter((entry) => entry.outcome !== 'imported' && entry.outcome !== 'sent');
    expect(refused.map((entry) => [entry.outcome, entry.count, entry.claimedBy])).toEqual([
      ['bad_signature', 150, 'Coordinator'],
      ['not_for_you', 250, null],
      ['bad_header', 600, null],
    ]);
    expect(refused.find((entry) => entry.outcome === 'not_for_you')?.bytes).toBe(250 * readFileSync(forAfrica).byteLength);
    // Three rows of counts, no history row, and one audit entry per count.
    expect(count(asia, 'SELECT count(*) FROM bundle_refusals')).toBe(3);
    expect(count(asia, 'SELECT count(*) FROM bundle_history')).toBe(historyRows);
    expect(count(asia, 'SELECT count(*) FROM audit_events')).toBe(auditRows + 3);
    expect(asia.core.vault.verify().audit.ok).toBe(true);
  }, 120_000);

  it(`keeps at most ${MAX_CLAIMS_PER_DAY} claimed senders apart in a day; files claiming more are counted as unknown`, async () => {
    const me = asiaAsRecipient();
    const contents = { records: {}, tombstones: 0, attachments: { count: 0, bytes: 0 } };
    const claims = Array.from({ length: MAX_CLAIMS_PER_DAY + 4 }, () => randomUUID());
    const path = join(dir(), 'claims.crebundle');
    // The day already keeps the coordinator's claim (the forged files above).
    const already = count(asia, 'SELECT count(DISTINCT sender_claim) FROM bundle_refusals WHERE sender_claim <> ?', UNKNOWN_CLAIM);
    expect(already).toBe(1);
    for (const [index, vaultId] of claims.entries()) {
      const stranger = testParty(sodium, `stranger ${index}`, vaultId);
      const manifest = testManifest(sodium, { sender: stranger, recipients: [me], contents, bundleId: randomUUID() });
      writeFileSync(path, craftBundle(sodium, {
        recipients: [me.encryption.publicKey],
        plaintext: (header) => signedPlaintext(sodium, header, [manifestFrame(manifest)], stranger.signing.privateKey),
      }));
      expect(await refuse(asia, path)).toBe('unknown_sender');
    }
    const kept = db(asia)
      .prepare("SELECT sender_claim AS claim, count FROM bundle_refusals WHERE code = 'unknown_sender' ORDER BY list_order")
      .all() as { claim: string; count: number }[];
    expect(kept.filter((row) => row.claim !== UNKNOWN_CLAIM).map((row) => row.claim)).toEqual(claims.slice(0, MAX_CLAIMS_PER_DAY - already));
    expect(kept.find((row) => row.claim === UNKNOWN_CLAIM)?.count).toBe(4 + already);
    // A claim already kept today is still counted apart.
    const again = testParty(sodium, 'stranger 0', claims[0] ?? '');
    const manifest = testManifest(sodium, { sender: again, recipients: [me], contents, bundleId: randomUUID() });
    writeFileSync(path, craftBundle(sodium, {
      recipients: [me.encryption.publicKey],
      plaintext: (header) => signedPlaintext(sodium, header, [manifestFrame(manifest)], again.signing.privateKey),
    }));
    expect(await refuse(asia, path)).toBe('unknown_sender');
    expect(count(asia, "SELECT count FROM bundle_refusals WHERE code = 'unknown_sender' AND sender_claim = ?", claims[0])).toBe(2);
  });
});
