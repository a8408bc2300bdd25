// `cre bundle export --collaboration` between the Latin America and Africa facilitators: the preview names the scope and
// lists what travels and the withdrawals, the import opens it (and says what was purged), and a missing, misplaced or
// unknown collaboration is a usage error.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatImported, formatPreview } from '../../../main/cli/bundle-report.js';
import { createTranslator } from '../../../main/cli/cli-i18n.js';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { createTestVault, openTestCore, STRONG_PASSPHRASE, type TestCore } from '../../helpers/temp-vault.js';
import { cre, removeTempDirs, secretFile, tempDir } from './cli-harness.js';

afterEach(removeTempDirs);

async function introduce(a: TestCore, b: TestCore): Promise<void> {
  const { text } = await b.core.team.myCard();
  const { member } = a.core.team.importCardText(text);
  a.core.team.setVerified(member.id, true);
}

/** Two facilitators and a secretariat who know each other; Latin America holds a collaboration with an Africa ally. */
async function facilitators() {
  const latam = await createTestVault();
  const africa = await createTestVault();
  const secretariat = await createTestVault();
  latam.core.team.updateMe({ displayName: 'Latin America facilitator', role: 'facilitator', region: 'latin_america' });
  africa.core.team.updateMe({ displayName: 'Africa facilitator', role: 'facilitator', region: 'africa' });
  secretariat.core.team.updateMe({ displayName: 'Secretariat', role: 'coordinator', region: 'global' });
  for (const [a, b] of [[latam, africa], [africa, latam], [latam, secretariat]] as const) await introduce(a, b);
  const community = latam.core.communities.create({ ...RIO_VERDE, name: 'Rio Verde', country: 'BR', sharing: 'network', contacts: [] });
  latam.core.communities.create({ ...RIO_VERDE, name: 'Not in it', country: 'BR', sharing: 'network', contacts: [] });
  const ally = latam.core.roster.create({ ...ANA, name: 'Nairobi legal clinic', countries: ['KE'], sharing: 'network', contacts: [] });
  const collaboration = latam.core.collaborations.create({ communityId: community.id, members: [{ collaboratorId: ally.id, role: 'legal advice' }], owner: 'Latin America facilitator' });
  latam.core.collaborations.addActivity(collaboration.id, { kind: 'note', date: '2026-11-30', text: 'First call' });
  for (const v of [latam, africa, secretariat]) v.core.dispose();
  return { latam: latam.vaultDir, africa: africa.vaultDir, collaborationId: collaboration.id, pass: secretFile(STRONG_PASSPHRASE) };
}

describe('cre bundle export --collaboration', () => {
  it('exports one collaboration to a facilitator, showing its scope, and the facilitator imports it', async () => {
    const { latam, africa, collaborationId, pass } = await facilitators();
    const file = join(tempDir(), 'to-africa.crebundle');
    const exported = await cre(['bundle', 'export', '--to', 'Africa facilitator', '--collaboration', collaborationId, '--out', file, '--vault-dir', latam, '--passphrase-file', pass]);
    expect(exported.code, exported.err).toBe(EXIT_CODES.ok);
    expect(exported.out).toContain(`Bundle for: Africa facilitator\nLimited to collaboration ${collaborationId}, under the consent of the Africa region\n`);
    for (const line of ['    collaborators: 1\n', '    communities: 1\n', '    collaborations: 1\n', '    collaboration activities: 1\n']) {
      expect(exported.out).toContain(line);
    }
    expect(exported.out).toContain('Withheld by consent: nothing\nWithdrawals: none\n');

    const imported = await cre(['bundle', 'import', file, '--vault-dir', africa, '--passphrase-file', pass]);
    expect(imported.code, imported.err).toBe(EXIT_CODES.ok);
    expect(imported.out).toContain('  communities: 1\n');
    expect(imported.out).not.toContain('purged');
    const { core } = await openTestCore(africa);
    core.vault.unlock(STRONG_PASSPHRASE);
    try {
      expect(core.communities.list({ text: '', region: null, deleted: false, limit: 50, offset: 0 }).map((c) => c.name)).toEqual(['Rio Verde']);
    } finally {
      core.dispose();
    }
  }, 120_000);

  it('refuses a missing, misplaced or unknown collaboration with the usage exit code, writing nothing', async () => {
    const { latam, collaborationId, pass } = await facilitators();
    const out = join(tempDir(), 'x.crebundle');
    const vault = ['--vault-dir', latam, '--passphrase-file', pass];

    const missing = await cre(['bundle', 'export', '--to', 'Africa facilitator', '--out', out, ...vault]);
    expect(missing.code).toBe(EXIT_CODES.usage);
    expect(missing.err).toContain('--collaboration <id>');

    const misplaced = await cre(['--lang', 'es', 'bundle', 'export', '--to', 'Secretariat', '--collaboration', collaborationId, '--out', out, ...vault]);
    expect(misplaced.code).toBe(EXIT_CODES.usage);
    expect(misplaced.err).toMatch(/^cre: --collaboration solo sirve/);

    const unknown = randomUUID();
    const notHere = await cre(['bundle', 'export', '--to', 'Africa facilitator', '--collaboration', unknown, '--out', out, ...vault]);
    expect(notHere.code).toBe(EXIT_CODES.usage);
    expect(notHere.err).toBe(`cre: There is no collaboration ${unknown} in this vault. Nothing was written.\n`);

    expect((await cre(['bundle', 'export', '--to', 'Africa facilitator', '--collaboration', 'not-an-id', '--out', out, ...vault])).code).toBe(EXIT_CODES.usage);
    expect(() => readFileSync(out)).toThrow();
  }, 120_000);
});

describe('cre bundle reports', () => {
  const t = createTranslator('en');
  const contents = { records: {}, tombstones: 0, attachments: { count: 0, bytes: 0 } };

  it('lists the withdrawals per record type in the preview', () => {
    const preview = { scope: { kind: 'region' as const, region: 'asia' as const }, contents, withheld: {}, withdrawals: { communities: 2, struggles: 1 }, empty: false };
    expect(formatPreview(t, ['Asia facilitator'], preview)).toContain('Withdrawals (records the recipients must purge):\n    communities: 2\n    struggles: 1\n');
  });

  it('says how many records an import purged, only when there were some', () => {
    const report = {
      bundleId: randomUUID(), sender: { memberId: randomUUID(), displayName: 'Secretariat' }, createdAt: '2026-12-01T10:00:00.000Z',
      sequence: 3, contents, applied: {}, conflicts: 0, bytes: 900, withdrawn: 3,
    };
    expect(formatImported(t, report)).toContain('Records purged (consent withdrawn): 3\n');
    expect(formatImported(t, { ...report, withdrawn: 0 })).not.toContain('purged');
  });
});
