// `cre roster import` and `export` on real vaults: exit 9 for rows left out, duplicates left out unless asked, re-import by id,
// the size limit in words, and filters written as names in any of the four languages.
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { cre, createdVault, removeTempDirs, secretFile, STRONG_PASSPHRASE, tempDir } from './cli-harness.js';

afterEach(removeTempDirs);

const MIXED = resolve(import.meta.dirname, '../../fixtures/csv/roster-mixed.csv');
const CLEAN = 'name,kind,countries\nColetivo Imaginário da Várzea,community,BR\nRed Ficticia de Litigio,cso,PE\n';

async function vault() {
  const { dir } = await createdVault();
  const pass = secretFile(STRONG_PASSPHRASE);
  return { dir, run: (args: string[]) => cre([...args, '--vault-dir', dir, '--passphrase-file', pass]) };
}

function csvFile(text: string): string {
  const file = join(tempDir(), 'roster.csv');
  writeFileSync(file, text);
  return file;
}

/** The data rows of an exported file (after its BOM), by header. */
function exportedRows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
}

describe('cre roster import exit codes and duplicates', () => {
  it('exits 9 (partialImport) when rows were left out, also on a dry run, and 0 when every row was written', async () => {
    expect(EXIT_CODES.partialImport).toBe(9);
    const { run } = await vault();
    const dry = await run(['roster', 'import', MIXED, '--dry-run']);
    expect(dry.code).toBe(EXIT_CODES.partialImport);
    const partial = await run(['roster', 'import', MIXED]);
    expect(partial.code).toBe(EXIT_CODES.partialImport);
    expect(partial.err).toContain('Some rows were not imported');
    const clean = await run(['roster', 'import', csvFile(CLEAN)]);
    expect([clean.code, clean.err]).toEqual([EXIT_CODES.ok, '']);
  }, 60_000);

  it('leaves possible duplicates out by default; --keep-duplicates writes them; --skip-duplicates is still accepted', async () => {
    const { run } = await vault();
    const file = csvFile(CLEAN);
    expect((await run(['roster', 'import', file])).code).toBe(EXIT_CODES.ok);
    const again = await run(['roster', 'import', file]);
    expect(again.code).toBe(EXIT_CODES.ok);
    expect(again.out).toContain('0 collaborators written.\n2 duplicates were not imported.\n');
    const alias = await run(['roster', 'import', file, '--skip-duplicates']);
    expect(alias.out).toContain('0 collaborators written.\n2 duplicates were not imported.\n');
    const both = await run(['roster', 'import', file, '--skip-duplicates', '--keep-duplicates']);
    expect([both.code, both.err]).toEqual([EXIT_CODES.usage, 'cre: --keep-duplicates and --skip-duplicates cannot be used together.\n']);
    const kept = await run(['roster', 'import', file, '--keep-duplicates']);
    expect(kept.out).toContain('2 collaborators written.\n');
    const out = join(tempDir(), 'all.csv');
    await run(['roster', 'export', '--out', out]);
    expect(exportedRows(out)).toHaveLength(4);
  }, 60_000);

  it('re-imports its own export by record id: unchanged rows write nothing, an edited row updates its collaborator', async () => {
    const { run } = await vault();
    await run(['roster', 'import', csvFile(CLEAN)]);
    const out = join(tempDir(), 'export.csv');
    await run(['roster', 'export', '--out', out]);
    const same = await run(['roster', 'import', out, '--keep-duplicates']);
    expect(same.code).toBe(EXIT_CODES.ok);
    expect(same.out).toContain('0 collaborators written.\n2 rows changed nothing.\n');

    const rows = exportedRows(out);
    const fields = Object.keys(rows[0] ?? {});
    const edited = rows.map((row) => (row['countries'] === 'PE' ? { ...row, notes: 'Litigates before the IDB’s MICI' } : row));
    const editedFile = csvFile(`\uFEFF${Papa.unparse({ fields, data: edited.map((row) => fields.map((f) => row[f] ?? '')) })}\r\n`);
    const update = await run(['roster', 'import', editedFile]);
    expect(update.out).toContain('0 collaborators written.\n1 existing collaborator updated.\n1 row changed nothing.\n');
    const after = join(tempDir(), 'after.csv');
    await run(['roster', 'export', '--out', after, '--query', 'litigio']);
    expect(exportedRows(after).map((row) => row['notes'])).toEqual(['Litigates before the IDB’s MICI']);
  }, 60_000);

  it('refuses a file over 64 MiB as too large, naming the limit, before asking for the passphrase', async () => {
    const { dir } = await createdVault();
    const file = csvFile('name,kind\n');
    truncateSync(file, 65 * 1024 * 1024);
    const english = await cre(['roster', 'import', file, '--vault-dir', dir]);
    expect(english.code).toBe(EXIT_CODES.usage);
    expect(english.err).toBe(`cre: The file ${file} is too large to import: the limit is 64 MiB. Split it into smaller files.\n`);
    expect(english.io.prompts).toEqual([]);
    const spanish = await cre(['--lang', 'es', 'roster', 'import', file, '--vault-dir', dir]);
    expect(spanish.err).toContain('es demasiado grande para importarlo: el límite es de 64 MiB');
  }, 60_000);
});

describe('cre roster export --filter', () => {
  it('takes names and labels in the four languages for every coded facet, as import does', async () => {
    const { run } = await vault();
    await run(['roster', 'import', MIXED]);
    const names = async (...filters: string[]) => {
      const out = join(tempDir(), 'filtered.csv');
      const result = await run(['roster', 'export', '--out', out, ...filters.flatMap((filter) => ['--filter', filter])]);
      expect(result.code).toBe(EXIT_CODES.ok);
      return exportedRows(out).map((row) => row['name']);
    };
    const rede = ['Rede Fictícia de Pesquisa'];
    const sahel = ['Collectif Imaginaire du Sahel'];
    expect(await names('language=Spanish')).toEqual(rede);
    expect(await names('language=español')).toEqual(rede);
    expect(await names('language=fra')).toEqual(sahel);
    expect(await names('country=Mali')).toEqual(sahel);
    expect(await names('country=brésil')).toEqual(rede);
    expect(await names('region=África')).toEqual(sahel);
    expect(await names('strategy=Médias et campagnes')).toEqual(sahel);
    expect(await names('kind=Réseau')).toEqual(sahel);
    expect(await names('level=Nacional')).toEqual(rede);
    expect(await names('vetting=Verificado')).toEqual(rede);
    expect(await names('availability=available', 'country=ML')).toEqual(sahel);
  }, 60_000);

  it('refuses a value no collaborator can have with a usage error that says what is valid, in the chosen language', async () => {
    const { run } = await vault();
    const out = join(tempDir(), 'none.csv');
    const language = await run(['roster', 'export', '--out', out, '--filter', 'language=Klingonese']);
    expect(language.code).toBe(EXIT_CODES.usage);
    expect(language.err).toBe(
      'cre: No language is called “Klingonese”: give its ISO code (fr or fra) or its name in English, Spanish, French or Portuguese.\n',
    );
    const strategy = await run(['--lang', 'es', 'roster', 'export', '--out', out, '--filter', 'strategy=lobbying']);
    expect(strategy.code).toBe(EXIT_CODES.usage);
    expect(strategy.err).toContain('Ningún valor de strategy se llama «lobbying». Valores válidos: advocacy (Incidencia ante tomadores de decisiones); ');
    expect(strategy.err).toContain('courts_complaints (Tribunales y quejas para buscar reparación).');
    const country = await run(['--lang', 'fr', 'roster', 'export', '--out', out, '--filter', 'country=Atlantis']);
    expect(country.err).toContain('Aucun pays ne s’appelle « Atlantis »');
  }, 60_000);
});
