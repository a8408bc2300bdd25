// Re-importing an export over a real vault: the record id column updates or leaves its collaborator, never copies it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { getCollaborator } from '../../../db/collaborators.repo.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { createTestVault, makeTempDir } from '../../helpers/temp-vault.js';

type TestCore = Awaited<ReturnType<typeof createTestVault>>['core'];

const SAHEL = { ...ANA, name: 'Collectif Imaginaire du Sahel', countries: ['ML'], languages: ['fr'], contacts: [], riskNotes: '' };
const ALL = { text: '', filters: {}, sort: 'name' } as const;

function collaboratorCount(core: TestCore): number {
  return (core.vault.openVault().db.prepare('SELECT count(*) AS n FROM collaborators').get() as { n: number }).n;
}

function stored(core: TestCore, id: string) {
  const record = getCollaborator(core.vault.openVault().db, id);
  if (!record) throw new Error(`no collaborator ${id}`);
  return record;
}

function exportRows(core: TestCore, includeSensitive = false): { fields: string[]; rows: Record<string, string>[] } {
  const file = join(makeTempDir('cre-reimport-'), 'export.csv');
  core.rosterIo.exportTo(file, ALL, includeSensitive);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').slice(1), { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

function writeCsv(fields: string[], rows: Record<string, string>[]): string {
  const file = join(makeTempDir('cre-reimport-'), 'edited.csv');
  writeFileSync(file, `\uFEFF${Papa.unparse({ fields, data: rows.map((row) => fields.map((field) => row[field] ?? '')) }, { newline: '\r\n' })}\r\n`);
  return file;
}

async function vaultWithTwo() {
  const made = await createTestVault();
  const ana = made.core.roster.create(ANA).id;
  const sahel = made.core.roster.create(SAHEL).id;
  return { ...made, ana, sahel };
}

describe('re-importing an export', () => {
  it('writes the record id column, and an unchanged export re-imported writes nothing again', async () => {
    const { core, ana, sahel } = await vaultWithTwo();
    const { fields, rows } = exportRows(core);
    expect(fields[0]).toBe('id');
    expect(rows.map((row) => row['id']).sort()).toEqual([ana, sahel].sort());

    const importer = core.rosterIo.importer;
    const opened = importer.open(writeCsv(fields, rows));
    expect(opened.suggestedMapping[0]).toBe('id');
    const preview = importer.preview(opened.token, opened.suggestedMapping);
    expect([preview.valid, preview.updateCount, preview.unchangedCount, preview.duplicateCount]).toEqual([2, 0, 2, 0]);
    expect(await importer.commit(opened.token, opened.suggestedMapping, false)).toEqual({
      written: 0,
      updated: 0,
      unchanged: 2,
      skippedInvalid: 0,
      skippedDuplicates: 0,
    });
    expect(collaboratorCount(core)).toBe(2);
  });

  it('updates the collaborator a row names from the mapped columns, keeps what the file does not carry, and adds rows without id', async () => {
    const { core, ana } = await vaultWithTwo();
    const before = stored(core, ana);
    const { fields, rows } = exportRows(core);
    const anaRow = rows.find((row) => row['id'] === ana);
    if (!anaRow) throw new Error('ANA not exported');
    anaRow['notes'] = 'Now also follows the AIIB';
    anaRow['countries'] = 'BR';
    anaRow['publicContacts'] = 'website:https://example.org|email:info@example.org';
    rows.push({ name: 'Rede Nova Imaginária', kind: 'network', countries: 'BR' });

    const importer = core.rosterIo.importer;
    const opened = importer.open(writeCsv(fields, rows));
    const preview = importer.preview(opened.token, opened.suggestedMapping);
    expect([preview.updateCount, preview.unchangedCount, preview.duplicateCount]).toEqual([1, 1, 0]);
    expect(await importer.commit(opened.token, opened.suggestedMapping, true)).toMatchObject({ written: 1, updated: 1, unchanged: 1 });

    const after = stored(core, ana);
    expect(after.fields).toEqual({ ...before.fields, notes: 'Now also follows the AIIB', countries: ['BR'] });
    expect(after.region).toBe('latin_america');
    expect(after.hlc > before.hlc).toBe(true);
    // The export had no sensitive columns: the risk notes and the signal channel (its id, note and value) stay as stored.
    expect(after.fields.riskNotes).toBe(ANA.riskNotes);
    const signal = before.contacts.find((contact) => contact.type === 'signal');
    const website = before.contacts.find((contact) => contact.type === 'website');
    expect(after.contacts).toEqual([signal, website, { id: expect.any(String), type: 'email', value: 'info@example.org', note: '', sensitive: false }]);
    expect(collaboratorCount(core)).toBe(3);
    expect(core.vault.auditTrail(1)[0]).toMatchObject({ kind: 'roster_imported', detail: { written: 1, updated: 1, unchanged: 1 } });
  });

  it('never takes a row naming its collaborator by id for a duplicate of another', async () => {
    const { core } = await createTestVault();
    const twin = { ...SAHEL, name: 'Same Name Collective', countries: ['PE'] };
    core.roster.create(twin);
    core.roster.create(twin);
    const { fields, rows } = exportRows(core);
    for (const row of rows) row['notes'] = `edited ${row['id'] ?? ''}`;
    const importer = core.rosterIo.importer;
    const opened = importer.open(writeCsv(fields, rows));
    expect(importer.preview(opened.token, opened.suggestedMapping).duplicates).toEqual([]);
    expect(await importer.commit(opened.token, opened.suggestedMapping, true)).toMatchObject({ written: 0, updated: 2, skippedDuplicates: 0 });
    expect(collaboratorCount(core)).toBe(2);
  });

  it('refuses ids of deleted collaborators and ids used twice, creates unknown ids anew, and reports cells that are not ids', async () => {
    const { core, ana, sahel } = await vaultWithTwo();
    core.roster.delete(sahel);
    const stranger = uuidv7();
    const file = writeCsv(
      ['id', 'name', 'kind'],
      [
        { id: sahel, name: 'Collectif Imaginaire du Sahel', kind: 'network' },
        { id: ana, name: 'Rede Fictícia (renamed)', kind: 'academic' },
        { id: ana.toUpperCase(), name: 'Rede Fictícia again', kind: 'academic' },
        { id: stranger, name: 'Coletivo Vindo de Outro Cofre', kind: 'community' },
        { id: 'not-an-id', name: 'Grupo Sem Id', kind: 'community' },
      ],
    );
    const importer = core.rosterIo.importer;
    const opened = importer.open(file);
    // A column holding something other than record ids is not suggested as the id column.
    expect(opened.suggestedMapping).toEqual([null, 'name', 'kind']);
    const mapping = ['id', 'name', 'kind'] as const;
    const preview = importer.preview(opened.token, [...mapping]);
    expect(preview.invalid).toEqual([
      { row: 2, column: 'id', reason: { code: 'deleted_record', params: {} } },
      { row: 4, column: 'id', reason: { code: 'repeated_id', params: { otherRow: 3 } } },
      { row: 6, column: 'id', reason: { code: 'invalid_id', params: { value: 'not-an-id' } } },
    ]);
    expect([preview.valid, preview.updateCount]).toEqual([2, 1]);
    expect(await importer.commit(opened.token, [...mapping], false)).toMatchObject({ written: 1, updated: 1, skippedInvalid: 3 });
    expect(stored(core, ana).fields.name).toBe('Rede Fictícia (renamed)');
    expect(getCollaborator(core.vault.openVault().db, stranger)).toBeUndefined();
    const created = core.vault.openVault().db.prepare("SELECT id FROM collaborators WHERE name = 'Coletivo Vindo de Outro Cofre'").get() as { id: string };
    expect(created.id).not.toBe(stranger);
    expect(stored(core, sahel).deletedAt).not.toBeNull();
  });

  it('leaves a spreadsheet’s own numbered ID column unmapped, so its rows import as new', async () => {
    const { core } = await createTestVault();
    const importer = core.rosterIo.importer;
    const opened = importer.open(writeCsv(['ID', 'name', 'kind'], [{ ID: '1', name: 'Grupo Um', kind: 'cso' }, { ID: '2', name: 'Grupo Dois', kind: 'cso' }]));
    expect(opened.suggestedMapping).toEqual([null, 'name', 'kind']);
    expect(await importer.commit(opened.token, opened.suggestedMapping, true)).toMatchObject({ written: 2, skippedInvalid: 0 });
  });
});
