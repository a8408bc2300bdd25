// Every way a bundle can be refused, imported into a real vault that already holds records: each gives its own typed
// error and leaves the vault's content exactly as it was (security items 11–13).
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_CODES } from '../../../common/contract/errors.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { bundlePlaintext, reencryptTo } from '../../helpers/bundle-plaintext.js';
import { contentOf, introduce, introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const CHUNK = 65536 + 17;
const HEADER = 16 + 80 + 24;
const BUNDLE_CODES: readonly string[] = BUNDLE_ERROR_CODES;

let coordinator: TeamVault;
let asia: TeamVault;
let africa: TeamVault;
let good: Buffer;
const dir = () => makeTempDir('cre-refused-');

async function exportFrom(from: TeamVault, to: TeamVault): Promise<string> {
  const path = join(dir(), 'b.crebundle');
  from.platform.setNextSaveFile(path);
  await from.call('cre:bundles.export', { recipientIds: [await from.memberIdOf(to.name)], everything: false, token: randomUUID() });
  return path;
}

/** Imports `bytes` into `vault`; answers the error code and checks the content did not change. */
async function refusedCode(vault: TeamVault, bytes: Uint8Array): Promise<string> {
  const path = join(dir(), 'x.crebundle');
  writeFileSync(path, bytes);
  const before = contentOf(vault);
  vault.platform.setNextOpenFile(path);
  const code = await vault.failure('cre:bundles.import', { token: randomUUID() });
  expect(contentOf(vault)).toBe(before);
  return code;
}

const flipped = (at: number) => {
  const copy = Buffer.from(good);
  copy[at] = (copy[at] ?? 0) ^ 0x04;
  return copy;
};

beforeAll(async () => {
  coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
  asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  africa = await teamVault({ displayName: 'Africa facilitator', role: 'facilitator', region: 'africa' });
  await introduceBothWays(coordinator, asia);
  await introduceBothWays(coordinator, africa);
  // Asia already holds records, so "unchanged" means something.
  await coordinator.call('cre:communities.create', { community: { ...RIO_VERDE, name: 'Already there', country: 'ID', contacts: [] } });
  asia.platform.setNextOpenFile(await exportFrom(coordinator, asia));
  await asia.call('cre:bundles.import', { token: randomUUID() });
  // The next bundle has several chunks: a network resource with a 300 KB attachment.
  await coordinator.call('cre:communities.create', { community: { ...RIO_VERDE, name: 'Arrives later', country: 'ID', contacts: [] } });
  const { id } = await coordinator.call<{ id: string }>('cre:resources.create', {
    resource: { title: 'Network guide', type: 'guide', strategyAreas: ['advocacy'], languages: ['en'], summary: '', sharing: 'network' },
  });
  coordinator.core.resources.attachBytes(id, 'guide.bin', new Uint8Array(300_000).map((_, i) => (i * 7) % 251));
  good = readFileSync(await exportFrom(coordinator, asia));
}, 120_000);

describe('refused imports leave the content unchanged', () => {
  it('has a good bundle to damage: it spans several chunks', () => {
    expect(good.byteLength).toBeGreaterThan(HEADER + 4 * CHUNK);
  });

  it.each([
    ['magic', 0, ['bad_header']],
    ['version', 9, ['unsupported_version']],
    ['chunk size', 12, ['bad_header']],
    ['stanza count', 15, ['bad_header']],
    ['the stanza', 16 + 40, ['not_for_you']],
    ['the stream header', 96 + 10, ['bad_header']],
    ['the first chunk', HEADER + 100, ['bad_header']],
    ['a middle chunk', HEADER + 2 * CHUNK + 500, ['bad_payload']],
    ['the last chunk (the signature)', -20, ['bad_payload']],
  ] as const)('a bit flipped in %s', async (_region, offset, codes) => {
    const at = offset < 0 ? good.byteLength + offset : offset;
    expect(codes).toContain(await refusedCode(asia, flipped(at)));
  });

  it('truncated at a chunk boundary, and inside a chunk', async () => {
    expect(await refusedCode(asia, good.subarray(0, HEADER + 2 * CHUNK))).toBe('truncated');
    expect(await refusedCode(asia, good.subarray(0, HEADER + 2 * CHUNK + 100))).toBe('bad_payload');
  });

  it('chunks swapped', async () => {
    const swapped = Buffer.from(good);
    good.copy(swapped, HEADER + CHUNK, HEADER + 2 * CHUNK, HEADER + 3 * CHUNK);
    good.copy(swapped, HEADER + 2 * CHUNK, HEADER + CHUNK, HEADER + 2 * CHUNK);
    expect(await refusedCode(asia, swapped)).toBe('bad_payload');
  });

  it('addressed to someone else', async () => {
    expect(await refusedCode(africa, good)).toBe('not_for_you');
  });

  it('forwarded: re-encrypted by its recipient to a third member', async () => {
    const path = join(dir(), 'good.crebundle');
    writeFileSync(path, good);
    const plaintext = await bundlePlaintext(path, asia);
    expect(await refusedCode(africa, await reencryptTo(plaintext, africa))).toBe('forwarded');
  });

  it('from a sender not in the directory, and from one not verified yet', async () => {
    const stranger = await teamVault({ displayName: 'Stranger', role: 'coordinator', region: 'global' });
    await introduce(stranger, asia);
    await stranger.call('cre:communities.create', { community: { ...RIO_VERDE, name: 'From a stranger', country: 'ID', contacts: [] } });
    const bytes = readFileSync(await exportFrom(stranger, asia));
    expect(await refusedCode(asia, bytes)).toBe('unknown_sender');
    await introduce(asia, stranger, false);
    expect(await refusedCode(asia, bytes)).toBe('unverified_sender');
  });

  it('replayed, once the good one was imported; every refusal above is counted in the history with its code', async () => {
    const path = join(dir(), 'good.crebundle');
    writeFileSync(path, good);
    asia.platform.setNextOpenFile(path);
    await asia.call('cre:bundles.import', { token: randomUUID() });
    expect(await refusedCode(asia, good)).toBe('replayed');
    const history = await asia.call<{ outcome: string; count: number }[]>('cre:bundles.history', {});
    const refused = history.filter((h) => BUNDLE_CODES.includes(h.outcome));
    expect(refused.reduce((sum, h) => sum + h.count, 0)).toBeGreaterThanOrEqual(15);
    // One entry per code (one day, and the claims these files made), however many files each code refused.
    expect(new Set(refused.map((h) => h.outcome)).size).toBeGreaterThanOrEqual(8);
    expect(refused.length).toBeLessThan(15);
  });
});
