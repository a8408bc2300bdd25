// CSV export over a real vault: sensitive columns only on request (audited, never the values), formula guard, clean round trip, dialogs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { creContract } from '../../../common/contract/index.js';
import type { CollaboratorInput } from '../../../common/roster/collaborator.schema.js';
import { createRouter } from '../../../main/core/ipc/router.js';
import { guardCell } from '../../../main/core/roster/csv-export.js';
import { createTestVault, makeTempDir } from '../../helpers/temp-vault.js';

const ANA: CollaboratorInput = {
  name: 'Rede Fictícia de Pesquisa Financeira',
  kind: 'academic',
  countries: ['BR', 'PT'],
  levels: ['national', 'international'],
  strategyAreas: ['financial_research', 'advocacy'],
  expertise: ['Development banks', 'power mapping'],
  languages: ['pt', 'es'],
  contacts: [
    { type: 'signal', value: '+55 11 5555 0100', note: '' },
    { type: 'website', value: 'https://example.org', sensitive: false },
  ],
  vetting: { status: 'vetted', vouchedBy: 'Regional facilitator', date: '2026-03-01', note: 'met in person' },
  availability: { status: 'limited', until: '2026-12-31' },
  sharing: 'regional',
  riskNotes: 'Threatened after the 2025 hearing',
  notes: '=HYPERLINK("http://example.invalid","click") and more',
};
const SAHEL: CollaboratorInput = { ...ANA, name: '-Collectif Imaginaire du Sahel', countries: ['ML'], languages: ['fr'], contacts: [], riskNotes: '', notes: '' };

function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
}

type TestCore = Awaited<ReturnType<typeof createTestVault>>['core'];

/** Every collaborator as the page sees it, by name, without what differs between vaults (ids, stamps, masked values). */
function recordsByName(core: TestCore): Record<string, unknown>[] {
  const ids = core.vault.openVault().db.prepare('SELECT id FROM collaborators ORDER BY name').all() as { id: string }[];
  return ids.map(({ id }) => {
    const { id: _id, createdAt: _c, updatedAt: _u, hlc: _h, changedBy: _b, contacts, ...rest } = core.roster.get(id);
    return { ...rest, contacts: contacts.map((contact) => [contact.type, contact.sensitive, contact.value]) };
  });
}

async function vaultWithTwo() {
  const made = await createTestVault();
  made.core.roster.create(ANA as never);
  made.core.roster.create(SAHEL as never);
  return made;
}

describe('CSV export', () => {
  it('writes non-sensitive columns by default, guards formulas, and audits the export without values', async () => {
    const { core } = await vaultWithTwo();
    const file = join(makeTempDir(), 'out.csv');
    expect(core.rosterIo.exportTo(file, { text: '', filters: {}, sort: 'name' }, false)).toEqual({ rowCount: 2 });
    const rows = readCsv(file);
    expect(Object.keys(rows[0] ?? {})).not.toContain('contacts');
    expect(Object.keys(rows[0] ?? {})).not.toContain('riskNotes');
    expect(readFileSync(file, 'utf8')).not.toContain('5555');
    expect(rows[0]).toMatchObject({ name: "'-Collectif Imaginaire du Sahel", countries: 'ML' });
    expect(rows[1]).toMatchObject({
      countries: 'BR|PT',
      strategyAreas: 'financial_research|advocacy',
      publicContacts: 'website:https://example.org',
      notes: `'${ANA.notes}`,
    });
    expect(core.vault.auditTrail(1)[0]).toMatchObject({ kind: 'roster_exported', detail: { count: 2, sensitiveFields: false } });
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'plain', '5-1'].map(guardCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", 'plain', '5-1']);
  });

  it('adds contacts and risk notes on request, says so in the audit trail, and never writes the values there', async () => {
    const { core } = await vaultWithTwo();
    const file = join(makeTempDir(), 'out.csv');
    core.rosterIo.exportTo(file, { text: 'fictícia', filters: {}, sort: 'name' }, true);
    const rows = readCsv(file);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ contacts: 'signal:+55 11 5555 0100', riskNotes: ANA.riskNotes });
    const entry = core.vault.auditTrail(1)[0];
    expect(entry).toMatchObject({ kind: 'roster_exported', detail: { count: 1, sensitiveFields: true } });
    expect(JSON.stringify(core.vault.auditTrail(50))).not.toContain('5555');
  });

  it('re-imports cleanly: the same records come back in another vault', async () => {
    const source = await vaultWithTwo();
    const file = join(makeTempDir(), 'round-trip.csv');
    source.core.rosterIo.exportTo(file, { text: '', filters: {}, sort: 'name' }, true);
    const target = await createTestVault();
    const importer = target.core.rosterIo.importer;
    const opened = importer.open(file);
    expect(opened.suggestedMapping.every((column) => column !== null)).toBe(true);
    const preview = importer.preview(opened.token, opened.suggestedMapping);
    expect([preview.invalid, preview.duplicates, preview.valid]).toEqual([[], [], 2]);
    await importer.commit(opened.token, opened.suggestedMapping, false);
    const before = recordsByName(source.core);
    const after = recordsByName(target.core);
    expect(after).toEqual(before);
    expect(after[1]?.['notes']).toBe(ANA.notes);
  });

  it('goes through the contract: dialogs answered by the platform, invalid rows saved with an errors column', async () => {
    const { core, platform } = await vaultWithTwo();
    const router = createRouter({ contract: creContract, handlers: core.handlers, isTrustedSender: () => true });
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const reply = await router.handle(channel, input, { url: 'app://cre/' });
      if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
      return reply.value as T;
    };
    expect(await call('cre:rosterIo.exportCsv', { query: {} })).toEqual({ saved: false, rowCount: 0 });
    const out = join(makeTempDir(), 'export.csv');
    platform.setNextSaveFile(out);
    expect(await call('cre:rosterIo.exportCsv', { query: {}, includeSensitive: false })).toEqual({ saved: true, rowCount: 2 });

    expect(await call('cre:rosterIo.chooseImportFile', {})).toBeNull();
    platform.setNextOpenFile(join(import.meta.dirname, '../../fixtures/csv/roster-mixed.csv'));
    const opened = await call<{ token: string; suggestedMapping: unknown[] }>('cre:rosterIo.chooseImportFile', {});
    const preview = await call<{ invalidRowCount: number }>('cre:rosterIo.previewImport', { token: opened.token, mapping: opened.suggestedMapping });
    expect(preview.invalidRowCount).toBe(3);
    const fix = join(makeTempDir(), 'fix.csv');
    platform.setNextSaveFile(fix);
    expect(await call('cre:rosterIo.saveInvalidRows', { token: opened.token })).toEqual({ saved: true, rowCount: 3 });
    const saved = readCsv(fix);
    expect(saved.map((row) => row['errors'])).toEqual([
      'Countries: unknown country “Atlantis”',
      'Name: a value is required',
      'Kind: unknown value “spaceship”; Levels: unknown value “regional”; Languages: unknown language “xx”; Vetting status: unknown value “someday”',
    ]);
    expect(await call('cre:rosterIo.cancelImport', { token: opened.token })).toBeNull();
  });
});
