// Sample data: the generator (deterministic, varied, valid, clearly fictional), the sample vault, its discard, and `cre demo`.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collaboratorInputSchema } from '../../../common/roster/collaborator.schema.js';
import { deriveRegion, regionOfCountry } from '../../../common/roster/country-regions.js';
import { COLLABORATOR_KINDS, STRATEGY_AREAS, VETTING_STATUSES } from '../../../common/roster/taxonomy.js';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { DEFAULT_SAMPLE_SEED, generateSampleCollaborators } from '../../../main/core/roster/sample-data.js';
import { SAMPLE_MARKER_FILE, SAMPLE_PASSPHRASE } from '../../../main/core/roster/sample-vault.js';
import { createTestVault, openTestCore, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';
import { cre, removeTempDirs, tempDir } from '../cli/cli-harness.js';

afterEach(removeTempDirs);

/** What the hand-written sample network holds when the roster is big enough to match every request. */
const SAMPLE_NETWORK_COUNTS = { communities: 12, projects: 9, struggles: 11, requests: 13, collaborations: 8, resources: 4 };

/** The team members and bundle history every sample vault gets (main/core/sync/sample-exchange.ts). */
const SAMPLE_EXCHANGE_COUNTS = { members: 2, verified: 1, sent: 1, received: 1, refused: 1 };

/** The grants year every sample vault gets, whatever its roster (main/core/grants/sample-grants.ts). */
const SAMPLE_GRANTS_COUNTS = { calls: 4, applications: 40, reviews: 93, meetings: 3, awards: 14, payments: 20 };

/** Real organisations of the field: no sample name may contain one (a sanity check that names are invented). */
const REAL_ORGANISATIONS = [
  'Amnesty International',
  'Human Rights Watch',
  'Oxfam',
  'Greenpeace',
  'Friends of the Earth',
  'BankTrack',
  'Accountability Counsel',
  'Global Witness',
  'Both ENDS',
  'Urgewald',
  'Recourse',
  'FIAN',
  'La Via Campesina',
  'Forest Peoples Programme',
  'International Rivers',
  'Movimento dos Atingidos por Barragens',
  'Coalition for Human Rights in Development',
  'Inclusive Development International',
  'Bank Information Center',
  'Front Line Defenders',
];

/** Every organisation name says it is invented, in its own language. */
const INVENTED_MARKER = /Fictional|Imaginary|Invented|Make-Believe|Imaginari[oa]|Fictici[oa]|Imaginári[oa]|Fictíci[oa]|Imaginaire|Fictif|Fictive/;

const SAMPLE_500 = generateSampleCollaborators(DEFAULT_SAMPLE_SEED, 500);

describe('generateSampleCollaborators', () => {
  it('gives the same records for the same seed, and other records for another seed', () => {
    expect(generateSampleCollaborators(42, 200)).toEqual(generateSampleCollaborators(42, 200));
    expect(generateSampleCollaborators(43, 200)).not.toEqual(generateSampleCollaborators(42, 200));
    // A larger sample starts with the smaller one, so benchmarks and demos of different sizes agree.
    expect(generateSampleCollaborators(42, 1000).slice(0, 200)).toEqual(generateSampleCollaborators(42, 200));
  });

  it('makes records that the collaborator schema accepts unchanged', () => {
    for (const record of SAMPLE_500) {
      const parsed = collaboratorInputSchema.safeParse(record);
      expect(parsed.success, record.name).toBe(true);
      expect(parsed.data).toEqual(record);
    }
  });

  it('covers every strategy area and every kind, even in a tiny sample', () => {
    const tiny = generateSampleCollaborators(7, 8);
    expect(new Set(tiny.map((r) => r.kind))).toEqual(new Set(COLLABORATOR_KINDS));
    expect(new Set(tiny.flatMap((r) => r.strategyAreas))).toEqual(new Set(STRATEGY_AREAS));
  });

  it('spreads 500 records over the three regions, global actors and at least 40 countries', () => {
    const regions = new Set(SAMPLE_500.map((r) => deriveRegion(r.countries)));
    expect(regions).toEqual(new Set(['latin_america', 'africa', 'asia', 'global']));
    expect(new Set(SAMPLE_500.flatMap((r) => r.countries)).size).toBeGreaterThanOrEqual(40);
    for (const region of ['latin_america', 'africa', 'asia'] as const) {
      const share = SAMPLE_500.filter((r) => deriveRegion(r.countries) === region).length / SAMPLE_500.length;
      expect(share).toBeGreaterThan(0.2);
    }
  });

  it('speaks several languages in each region', () => {
    for (const region of ['latin_america', 'africa', 'asia'] as const) {
      const spoken = new Set(
        SAMPLE_500.filter((r) => r.countries.every((c) => regionOfCountry(c) === region)).flatMap((r) => r.languages),
      );
      expect(spoken.size, region).toBeGreaterThanOrEqual(4);
    }
    const latin = new Set(SAMPLE_500.filter((r) => deriveRegion(r.countries) === 'latin_america').flatMap((r) => r.languages));
    for (const language of ['es', 'pt', 'qu', 'gn']) expect(latin).toContain(language);
  });

  it('has every vetting state, availability, sharing level and level', () => {
    expect(new Set(SAMPLE_500.map((r) => r.vetting.status))).toEqual(new Set(VETTING_STATUSES));
    expect(new Set(SAMPLE_500.map((r) => r.availability.status))).toEqual(new Set(['available', 'limited', 'unavailable']));
    expect(new Set(SAMPLE_500.map((r) => r.sharing))).toEqual(new Set(['secretariat', 'regional', 'network']));
    expect(new Set(SAMPLE_500.flatMap((r) => r.levels))).toEqual(new Set(['local', 'national', 'international']));
    expect(SAMPLE_500.some((r) => r.availability.until !== null)).toBe(true);
  });

  it('has sensitive contacts, risk notes, and notes naming accented places', () => {
    const contacts = SAMPLE_500.flatMap((r) => r.contacts);
    expect(contacts.filter((c) => c.sensitive).length).toBeGreaterThan(100);
    expect(contacts.some((c) => !c.sensitive)).toBe(true);
    expect(SAMPLE_500.filter((r) => r.riskNotes !== '').length).toBeGreaterThan(25);
    const notes = SAMPLE_500.map((r) => r.notes).join('\n');
    for (const place of ['São Paulo', 'Bogotá', "Côte d'Ivoire"]) expect(notes).toContain(place);
    expect(new Set(SAMPLE_500.flatMap((r) => r.expertise)).size).toBeGreaterThanOrEqual(30);
  });

  it('uses only reserved addresses and a phone range nobody owns', () => {
    for (const contact of SAMPLE_500.flatMap((r) => r.contacts)) {
      const value = contact.value ?? '';
      if (contact.type === 'email') expect(value).toMatch(/^[a-z]+@[a-z0-9-]+\.example\.org$/);
      if (contact.type === 'website') expect(value).toMatch(/^https:\/\/[a-z0-9-]+\.example\.org$/);
      if (['phone', 'signal', 'whatsapp'].includes(contact.type)) expect(value).toMatch(/^\+000 \d{3} \d{4}$/);
    }
  });

  it('names organisations with a word saying they are invented, and never after a real organisation', () => {
    for (const record of generateSampleCollaborators(99, 5000)) {
      if (record.kind !== 'individual_expert') expect(record.name).toMatch(INVENTED_MARKER);
      for (const real of REAL_ORGANISATIONS) expect(record.name.toLowerCase()).not.toContain(real.toLowerCase());
    }
  });
});

describe('sample vault', () => {
  it('creates the vault with N collaborators, open, labelled sample, reopening with the documented passphrase', async () => {
    const { core, vaultDir } = await openTestCore();
    const created = await core.sample.create(60, 5);
    expect(created).toEqual({ count: 60, network: SAMPLE_NETWORK_COUNTS, exchange: SAMPLE_EXCHANGE_COUNTS, grants: SAMPLE_GRANTS_COUNTS, passphrase: SAMPLE_PASSPHRASE, vaultDir });
    expect(core.sample.status()).toEqual({ isSample: true, passphrase: SAMPLE_PASSPHRASE });

    const { db } = core.vault.openVault();
    expect((db.prepare('SELECT count(*) AS n FROM collaborators').get() as { n: number }).n).toBe(60);
    const names = (db.prepare('SELECT name FROM collaborators ORDER BY seq').all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(generateSampleCollaborators(5, 60).map((r) => r.name));
    const hlcs = (db.prepare('SELECT hlc FROM collaborators ORDER BY seq').all() as { hlc: string }[]).map((r) => r.hlc);
    expect(new Set(hlcs).size).toBe(60);
    expect([...hlcs].sort()).toEqual(hlcs);
    // The grants year's entries come after it: look through the whole trail.
    const audit = core.vault.auditTrail(100_000).find((entry) => entry.kind === 'sample_data_created');
    expect(audit?.detail).toEqual({ count: 60, seed: 5, ...SAMPLE_NETWORK_COUNTS });
    expect(core.vault.getRecoveryKeyState().confirmed).toBe(true);
    expect(core.vault.verify().audit.ok).toBe(true);

    core.vault.lock('user');
    // Locked, the marker beside the key file still says "sample" so the unlock screen can show the passphrase.
    expect(core.sample.status()).toEqual({ isSample: true, passphrase: SAMPLE_PASSPHRASE });
    core.vault.unlock(SAMPLE_PASSPHRASE);
    const first = core.vault.openVault().db.prepare('SELECT id FROM collaborators ORDER BY seq LIMIT 1').get() as { id: string };
    expect(core.roster.get(first.id).name).toBe(names[0]);
    core.dispose();
  });

  it('goes through the contract with the default size of 500', async () => {
    const { core } = await openTestCore();
    expect(await core.handlers.sample.create({ size: 500 })).toEqual({ count: 500, passphrase: SAMPLE_PASSPHRASE });
    expect(await core.handlers.sample.status({})).toEqual({ isSample: true, passphrase: SAMPLE_PASSPHRASE });
    core.dispose();
  });

  it('refuses a folder that holds a vault, and says an ordinary vault is no sample', async () => {
    const { core } = await createTestVault();
    await expect(core.sample.create(10)).rejects.toMatchObject({ code: 'vault_exists' });
    expect(core.sample.status()).toEqual({ isSample: false, passphrase: null });
    core.vault.lock('user');
    await expect(core.sample.create(10)).rejects.toMatchObject({ code: 'vault_exists' });
    expect(core.sample.status()).toEqual({ isSample: false, passphrase: null });
    core.dispose();
  });

  it('refuses a size out of range before writing anything', async () => {
    const { core, vaultDir } = await openTestCore();
    for (const size of [0, -1, 1.5, 100_001]) {
      await expect(core.sample.create(size)).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect(existsSync(vaultDir)).toBe(false);
  });

  it('discards a sample vault: every vault file goes, the preferences stay, and a new vault can be made', async () => {
    const { core, vaultDir } = await openTestCore();
    core.preferences.setLanguage('es');
    await core.sample.create(20);
    writeFileSync(join(vaultDir, 'unlock-attempts.json'), '{}');
    const locks: string[] = [];
    core.onVaultLocked(({ reason }) => locks.push(reason));

    core.sample.discard();

    expect(locks).toEqual(['user']);
    expect(readdirSync(vaultDir)).toEqual(['preferences.json']);
    expect(core.vault.status().state).toBe('none');
    expect(core.sample.status()).toEqual({ isSample: false, passphrase: null });
    core.vault.create(STRONG_PASSPHRASE);
    expect(core.vault.isUnlocked()).toBe(true);
    core.dispose();
  });

  it('never discards an ordinary vault, even with a forged marker, nor a locked vault', async () => {
    const { core, vaultDir } = await createTestVault();
    const vaultId = core.vault.info().vaultId;
    writeFileSync(join(vaultDir, SAMPLE_MARKER_FILE), JSON.stringify({ format: 'cre-sample-vault', vaultId }));
    expect(() => core.sample.discard()).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(core.vault.isUnlocked()).toBe(true);
    core.vault.lock('user');
    expect(() => core.sample.discard()).toThrow(expect.objectContaining({ code: 'locked' }));
    expect(readdirSync(vaultDir).sort()).toEqual([SAMPLE_MARKER_FILE, 'vault.db', 'vault.keys.json']);
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(core.sample.status().isSample).toBe(false);
    core.dispose();
  });

  it('ignores a marker left for another vault', async () => {
    const { core, vaultDir } = await createTestVault();
    writeFileSync(join(vaultDir, SAMPLE_MARKER_FILE), JSON.stringify({ format: 'cre-sample-vault', vaultId: 'another' }));
    core.vault.lock('user');
    expect(core.sample.status()).toEqual({ isSample: false, passphrase: null });
    core.dispose();
  });
});

describe('cre demo', () => {
  it('creates a sample vault, prints where and its passphrase, and leaves it locked', async () => {
    const dir = join(tempDir(), 'vault');
    const run = await cre(['demo', '--vault-dir', dir, '--size', '40', '--seed', '3']);
    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.out).toContain(`Sample vault with 40 fictional collaborators created in ${dir}.`);
    expect(run.out).toContain(SAMPLE_PASSPHRASE);
    expect(run.out).toContain('Sample network: communities 12, harmful projects 9, struggles 11, support requests 13, collaborations 8, resources 4.');

    const { core } = await openTestCore(dir);
    expect(core.vault.status().state).toBe('locked');
    core.vault.unlock(SAMPLE_PASSPHRASE);
    const { db } = core.vault.openVault();
    const names = (db.prepare('SELECT name FROM collaborators ORDER BY seq').all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(generateSampleCollaborators(3, 40).map((r) => r.name));
    core.dispose();
  });

  it('refuses a folder that already holds a vault', async () => {
    const dir = join(tempDir(), 'vault');
    expect((await cre(['demo', '--vault-dir', dir, '--size', '5'])).code).toBe(EXIT_CODES.ok);
    const again = await cre(['demo', '--vault-dir', dir, '--size', '5']);
    expect(again.code).toBe(EXIT_CODES.vaultState);
    expect(again.out).toBe('');
  });

  it('refuses a size or a seed that is not a whole number in range, in the user’s language', async () => {
    const dir = join(tempDir(), 'vault');
    for (const size of ['0', '100001', '1e3', 'ten']) {
      const run = await cre(['demo', '--vault-dir', dir, '--size', size]);
      expect(run.code).toBe(EXIT_CODES.usage);
      expect(run.err).toBe('cre: --size must be a whole number from 1 to 100000. Nothing was created.\n');
    }
    const seed = await cre(['demo', '--vault-dir', dir, '--seed', '-4', '--lang', 'es']);
    expect(seed.code).toBe(EXIT_CODES.usage);
    expect(seed.err).toContain('--seed debe ser un número entero');
    expect(existsSync(dir)).toBe(false);
  });
});
