// Mutated bundles imported into a real vault: never a crash, never an untyped error, never a row committed
// (security item 15 at the vault's level; the format's own fuzz runs many more cases without a vault).
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_CODES } from '../../../common/contract/errors.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { contentOf, introduceBothWays, teamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const RUNS = Number(process.env['CRE_VAULT_FUZZ_RUNS'] ?? 10_000);
const BUNDLE_CODES = new Set<string>(BUNDLE_ERROR_CODES);

describe('mutated bundles imported into a vault', () => {
  it(`refuses ${RUNS} mutations with a bundle error and commits nothing`, async () => {
    const coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
    const asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
    await introduceBothWays(coordinator, asia);
    for (const name of ['One', 'Two', 'Three']) {
      await coordinator.call('cre:communities.create', { community: { ...RIO_VERDE, name, country: 'ID', contacts: [] } });
    }
    const { id } = await coordinator.call<{ id: string }>('cre:resources.create', {
      resource: { title: 'Guide', type: 'guide', strategyAreas: ['advocacy'], languages: ['en'], summary: '', sharing: 'network' },
    });
    coordinator.core.resources.attachBytes(id, 'guide.bin', new Uint8Array(150_000).fill(7));
    const dir = makeTempDir('cre-fuzz-');
    const source = join(dir, 'good.crebundle');
    coordinator.platform.setNextSaveFile(source);
    await coordinator.call('cre:bundles.export', { recipientIds: [await coordinator.memberIdOf('Asia facilitator')], everything: false, token: randomUUID() });
    const good = readFileSync(source);
    const before = contentOf(asia);
    const target = join(dir, 'mutated.crebundle');
    const seen = new Map<string, number>();

    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(good.byteLength - 1), bit: fc.integer({ min: 0, max: 7 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(good.byteLength - 1) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(good.byteLength), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
      fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(good.byteLength - 1), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const bytes = Buffer.from(good);
        let mutated: Buffer = bytes;
        if (m.kind === 'flip') bytes[m.at] = (bytes[m.at] ?? 0) ^ (1 << m.bit);
        if (m.kind === 'cut') mutated = bytes.subarray(0, m.at);
        if (m.kind === 'insert') mutated = Buffer.concat([bytes.subarray(0, m.at), m.bytes, bytes.subarray(m.at)]);
        if (m.kind === 'overwrite') Buffer.from(m.bytes).copy(bytes, m.at);
        fc.pre(!mutated.equals(good));
        writeFileSync(target, mutated);
        asia.platform.setNextOpenFile(target);
        const code = await asia.failure('cre:bundles.import', { token: randomUUID() });
        seen.set(code, (seen.get(code) ?? 0) + 1);
        return BUNDLE_CODES.has(code);
      }),
      { numRuns: RUNS },
    );
    expect(contentOf(asia)).toBe(before);
    expect(seen.size).toBeGreaterThan(2);
  }, 60_000 + RUNS * 200);
});
