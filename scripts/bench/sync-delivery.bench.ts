// Acknowledged sync and withdrawals: the secretariat sends an Asia facilitator 5,000 regional communities with a
// support request each (export, which now also records who holds each record; import, which records the sender as a
// holder), the facilitator's reply acknowledges them, then 1,000 of the communities are narrowed to the secretariat: the
// preview that finds the withdrawals, the bundle that carries them, and the import that purges 2,000 records and
// checkpoints the WAL. Printed, never asserted; the vaults are built through the app's own router (not timed).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { creContract } from '../../common/contract/index.js';
import { createCore, type Core } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { createRouter } from '../../main/core/ipc/router.js';
import { createManualPlatform } from '../../main/core/platform.node.js';
import { ms } from './timing.js';

const COMMUNITIES = Number(process.env['CRE_BENCH_SYNC_COMMUNITIES'] ?? 5000);
const NARROWED = Math.floor(COMMUNITIES / 5);
const NOW_MS = Date.parse('2026-03-05T12:00:00Z');
const PASSPHRASE = 'benchmark passphrase of reasonable length';

async function vault(dir: string, name: string) {
  const platform = createManualPlatform(NOW_MS);
  const core = await createCore({ vaultDir: join(dir, name), platform, kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  core.vault.create(PASSPHRASE);
  const router = createRouter({ contract: creContract, handlers: core.handlers, isTrustedSender: () => true });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const answer = await router.handle(channel, input, { url: 'app://cre/' });
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  };
  return { core, call, platform };
}

async function introduce(a: Core, b: Core): Promise<string> {
  const { member } = a.team.importCardText((await b.team.myCard()).text);
  a.team.setVerified(member.id, true);
  return member.id;
}

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const startCpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const wall = performance.now() - start;
  const used = process.cpuUsage(startCpu);
  console.log(`${label.padEnd(66)} ${ms(wall).padStart(10)}   CPU ${ms((used.user + used.system) / 1000).padStart(10)}`);
  return value;
}

const community = (i: number, sharing: string) => ({
  name: `Bench community ${i}`, country: 'ID', area: 'Kalimantan', coordinates: null, languages: ['id'], contacts: [], sharing, notes: 'Bench notes',
});

const dir = mkdtempSync(join(tmpdir(), 'cre-sync-bench-'));
try {
  const secretariat = await vault(dir, 'secretariat');
  const asia = await vault(dir, 'asia');
  await secretariat.call('cre:team.updateMe', { displayName: 'Ana Coordinator', role: 'coordinator', region: 'global' });
  await asia.call('cre:team.updateMe', { displayName: 'Budi Facilitator', role: 'facilitator', region: 'asia' });
  const asiaId = await introduce(secretariat.core, asia.core);
  await introduce(asia.core, secretariat.core);
  const secretariatId = (await asia.call<{ id: string; displayName: string }[]>('cre:team.list', {})).find((m) => m.displayName === 'Ana Coordinator')?.id;
  if (!secretariatId) throw new Error('The secretariat is not in the facilitator’s directory.');

  const ids: string[] = [];
  for (let i = 0; i < COMMUNITIES; i += 1) {
    const { id } = await secretariat.call<{ id: string }>('cre:communities.create', { community: community(i, 'regional') });
    ids.push(id);
    await secretariat.call('cre:requests.create', {
      request: { communityId: id, struggleId: null, strategyAreas: ['advocacy'], level: 'national', languages: ['id'], urgency: 'high', deadline: null, description: `Request ${i}`, status: 'new' },
    });
  }
  const file = (name: string) => join(dir, `${name}.crebundle`);
  const toAsia = { recipientIds: [asiaId], everything: false, collaborationId: null };
  const toSecretariat = { recipientIds: [secretariatId], everything: false, collaborationId: null };

  console.log(`${COMMUNITIES} regional communities with a support request each; ${NARROWED} then narrowed to the secretariat`);
  await timed('export to Asia (rows + holders recorded)', () => secretariat.core.bundles.exportTo(file('first'), toAsia, randomUUID()));
  await timed('import at Asia (rows + sender recorded as holder)', () => asia.core.bundles.importFrom(file('first'), randomUUID()));
  await timed('Asia’s reply (acknowledgement only): export', () => asia.core.bundles.exportTo(file('reply'), toSecretariat, randomUUID()));
  await timed('Asia’s reply: import at the secretariat (cursor moves)', () => secretariat.core.bundles.importFrom(file('reply'), randomUUID()));

  secretariat.platform.advance(60_000);
  for (const id of ids.slice(0, NARROWED)) {
    await secretariat.call('cre:communities.update', { id, community: community(0, 'secretariat') });
  }
  const preview = await timed('preview with withdrawals (holders against consent)', () => secretariat.core.bundles.preview(toAsia));
  console.log(`  withdrawals listed: ${JSON.stringify(preview.withdrawals)}`);
  await timed('export carrying the withdrawals', () => secretariat.core.bundles.exportTo(file('withdraw'), toAsia, randomUUID()));
  const report = await timed('import at Asia: purge and WAL checkpoint', () => asia.core.bundles.importFrom(file('withdraw'), randomUUID()));
  console.log(`  records purged: ${report.withdrawn}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
