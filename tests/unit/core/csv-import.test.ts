// CSV import over a real vault: encodings, delimiters, header matching, per-row report, duplicates, one-transaction commit, cancel, lock.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../common/contract/roster-io.contract.js';
import { decodeCsvBytes } from '../../../main/core/roster/csv-read.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { createTestVault, makeTempDir } from '../../helpers/temp-vault.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/csv');

function count(core: Awaited<ReturnType<typeof createTestVault>>['core'], table: string): number {
  return (core.vault.openVault().db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function writeCsv(text: string | Uint8Array, name = 'roster.csv'): string {
  const file = join(makeTempDir('cre-csv-'), name);
  writeFileSync(file, text);
  return file;
}

describe('reading CSV files', () => {
  it('reads UTF-8 with or without BOM, UTF-16 with BOM, and falls back to Windows-1252 with a warning', async () => {
    const { core } = await createTestVault();
    const importer = core.rosterIo.importer;
    const text = 'name,kind,countries\nSão Tomé Collective,community,ST\n';
    expect(decodeCsvBytes(Buffer.from(`\uFEFF${text}`)).encoding).toBe('utf-8-bom');
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le' });
    const latin = importer.open(writeCsv(Buffer.from(text, 'latin1')));
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.warnings).toEqual([{ code: 'encoding_fallback', params: { encoding: 'Windows-1252' } }]);
    expect(latin.sample[0]?.[0]).toBe('São Tomé Collective');
    const plain = importer.open(writeCsv(text));
    expect([plain.encoding, plain.warnings]).toEqual(['utf-8', []]);
  });

  it('detects semicolons and matches Spanish headers; remembers a mapping for the same headers', async () => {
    const { core } = await createTestVault();
    const importer = core.rosterIo.importer;
    const opened = importer.open(join(FIXTURES, 'roster-es-semicolon.csv'));
    expect(opened.delimiter).toBe(';');
    expect(opened.rowCount).toBe(2);
    expect(opened.suggestedMapping).toEqual(['name', 'kind', 'countries', 'languages', 'strategyAreas', 'notes']);
    expect(opened.rememberedMapping).toBe(false);
    const mapping: ImportMapping = ['name', 'kind', 'countries', 'languages', 'strategyAreas', null];
    expect(await importer.commit(opened.token, mapping, false)).toEqual({ written: 2, updated: 0, unchanged: 0, skippedInvalid: 0, skippedDuplicates: 0 });
    const again = importer.open(join(FIXTURES, 'roster-es-semicolon.csv'));
    expect([again.suggestedMapping, again.rememberedMapping]).toEqual([mapping, true]);
  });
});

describe('previewing an import', () => {
  it('reports each bad cell by spreadsheet row and column, accepts names in four languages, and finds duplicates', async () => {
    const { core } = await createTestVault();
    const importer = core.rosterIo.importer;
    const opened = importer.open(join(FIXTURES, 'roster-mixed.csv'));
    const preview = importer.preview(opened.token, opened.suggestedMapping);
    expect(preview.rowCount).toBe(6);
    expect(preview.valid).toBe(3);
    expect(preview.invalidRowCount).toBe(3);
    expect(preview.invalid).toEqual([
      { row: 4, column: 'countries', reason: { code: 'unknown_country', params: { value: 'Atlantis' } } },
      { row: 5, column: 'name', reason: { code: 'required', params: {} } },
      { row: 6, column: 'kind', reason: { code: 'unknown_value', params: { value: 'spaceship' } } },
      { row: 6, column: 'levels', reason: { code: 'unknown_value', params: { value: 'regional' } } },
      { row: 6, column: 'languages', reason: { code: 'unknown_language', params: { value: 'xx' } } },
      { row: 6, column: 'vettingStatus', reason: { code: 'unknown_value', params: { value: 'someday' } } },
    ]);
    expect(preview.duplicates).toEqual([{ row: 7, name: 'Rede Ficticia de Pesquisa', source: 'file', otherRow: 2, existingId: null }]);

    await importer.commit(opened.token, opened.suggestedMapping, true);
    const sahel = core.roster.get(
      (core.vault.openVault().db.prepare("SELECT id FROM collaborators WHERE name LIKE 'Collectif%'").get() as { id: string }).id,
    );
    expect([sahel.kind, sahel.countries, sahel.strategyAreas, sahel.languages, sahel.region, sahel.sharing]).toEqual([
      'network', ['ML'], ['media_campaigning'], ['fr'], 'africa', 'secretariat',
    ]);

    const next = importer.open(join(FIXTURES, 'roster-mixed.csv'));
    const vaultDuplicates = importer.preview(next.token, next.suggestedMapping).duplicates;
    expect(vaultDuplicates.map((d) => [d.row, d.source])).toEqual([[2, 'vault'], [3, 'vault'], [7, 'file']]);
  });

  it('names required columns no header is mapped to, and refuses to commit without them', async () => {
    const { core } = await createTestVault();
    const importer = core.rosterIo.importer;
    const opened = importer.open(writeCsv('Organisation name,countries\nSomething,KE\n'));
    const preview = importer.preview(opened.token, [null, 'countries']);
    expect([preview.missingRequired, preview.valid]).toEqual([['name', 'kind'], 0]);
    await expect(importer.commit(opened.token, [null, 'countries'], false)).rejects.toThrow(/Required columns/);
    expect(() => importer.preview(opened.token, ['countries', 'countries'])).toThrow(/two headers/);
    expect(count(core, 'collaborators')).toBe(0);
  });

  it('validates a generated 10 MB file', async () => {
    const { core } = await createTestVault();
    const lines = ['name,kind,countries,levels,strategyAreas,expertise,languages,notes'];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i += 1) {
      const line = `Imaginary Collective ${i},cso,${i % 97 === 0 ? 'ZZ' : 'KE|TZ'},local|national,advocacy|media_campaigning,land rights|mining,sw|en,${'Fictional notes about the work. '.repeat(8)}`;
      lines.push(line);
      size += line.length + 1;
    }
    const file = writeCsv(lines.join('\n'));
    const started = performance.now();
    const opened = core.rosterIo.importer.open(file);
    const preview = core.rosterIo.importer.preview(opened.token, opened.suggestedMapping, 1000);
    const elapsed = performance.now() - started;
    expect(opened.rowCount).toBe(lines.length - 1);
    expect(preview.invalidRowCount).toBe(Math.ceil((lines.length - 1) / 97));
    expect(preview.invalid.length).toBeLessThanOrEqual(1000);
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);
});

describe('committing an import', () => {
  it('writes every valid row in one transaction with progress events and one audit entry without contents', async () => {
    const { core } = await createTestVault();
    const progress: number[] = [];
    core.onImportProgress((p) => progress.push(p.done));
    const rows = Array.from({ length: 4500 }, (_, i) => `Fictional Group ${i},community,PE,local,,,es`);
    const opened = core.rosterIo.importer.open(writeCsv(['name,kind,countries,levels,strategyAreas,expertise,languages', ...rows].join('\n')));
    expect((await core.rosterIo.importer.commit(opened.token, opened.suggestedMapping, false)).written).toBe(4500);
    expect(progress).toEqual([2000, 4000, 4500]);
    expect(count(core, 'collaborators')).toBe(4500);
    const [entry] = core.vault.auditTrail(1);
    expect(entry).toMatchObject({ kind: 'roster_imported', detail: { written: 4500, skippedInvalid: 0, skippedDuplicates: 0 } });
    expect(JSON.stringify(entry)).not.toContain('Fictional');
    expect(() => core.rosterIo.importer.preview(opened.token, opened.suggestedMapping)).toThrow(/ended or expired/);
  });

  it('writes nothing when a row fails half-way (a trigger refuses one insert), and the token still works', async () => {
    const { core } = await createTestVault();
    const db = core.vault.openVault().db;
    db.exec("CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON collaborators WHEN new.name = 'Fictional Group 3000' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    const auditBefore = count(core, 'audit_events');
    const rows = Array.from({ length: 5000 }, (_, i) => `Fictional Group ${i},community,PE`);
    const opened = core.rosterIo.importer.open(writeCsv(['name,kind,countries', ...rows].join('\n')));
    await expect(core.rosterIo.importer.commit(opened.token, opened.suggestedMapping, false)).rejects.toThrow(/refused/);
    expect([count(core, 'collaborators'), count(core, 'collaborators_fts_docsize'), count(core, 'import_mappings')]).toEqual([0, 0, 0]);
    expect(count(core, 'audit_events')).toBe(auditBefore);
    db.exec('DROP TRIGGER refuse_one');
    expect((await core.rosterIo.importer.commit(opened.token, opened.suggestedMapping, false)).written).toBe(5000);
  });

  it('checks duplicates again at commit when the vault changed after the preview', async () => {
    const { core } = await createTestVault();
    const importer = core.rosterIo.importer;
    const opened = importer.open(writeCsv('name,kind,countries\nColectivo Imaginario del Río,community,PE\nOtra Red Inventada,network,PE\n'));
    expect(importer.preview(opened.token, opened.suggestedMapping).duplicateCount).toBe(0);
    core.roster.create({ ...ANA, name: 'Colectivo Imaginario del Rio', countries: ['PE'] });
    expect(await importer.commit(opened.token, opened.suggestedMapping, true)).toEqual({ written: 1, updated: 0, unchanged: 0, skippedInvalid: 0, skippedDuplicates: 1 });
  });

  it('cancel writes nothing and ends the token; locking ends every token', async () => {
    const { core } = await createTestVault();
    const importer = core.rosterIo.importer;
    const auditBefore = count(core, 'audit_events');
    const opened = importer.open(join(FIXTURES, 'roster-mixed.csv'));
    importer.preview(opened.token, opened.suggestedMapping);
    importer.cancel(opened.token);
    await expect(importer.commit(opened.token, opened.suggestedMapping, false)).rejects.toThrow(/ended or expired/);
    expect([count(core, 'collaborators'), count(core, 'import_mappings'), count(core, 'audit_events')]).toEqual([0, 0, auditBefore]);

    const kept = importer.open(join(FIXTURES, 'roster-mixed.csv'));
    core.vault.lock('user');
    core.vault.unlock('correct horse battery staple mangrove');
    expect(() => importer.preview(kept.token, kept.suggestedMapping)).toThrow(/ended or expired/);
  });
});
