// `cre roster import` and `cre roster export`: the translated row report, dry run, exit codes, filters, sensitive export.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { cre, createdVault, removeTempDirs, secretFile, STRONG_PASSPHRASE, tempDir } from './cli-harness.js';

afterEach(removeTempDirs);

const MIXED = resolve(import.meta.dirname, '../../fixtures/csv/roster-mixed.csv');

describe('cre roster import', () => {
  it('prints every problem by row and column, writes nothing on --dry-run, then writes the valid rows', async () => {
    const { dir } = await createdVault();
    const pass = secretFile(STRONG_PASSPHRASE);
    const dry = await cre(['roster', 'import', MIXED, '--dry-run', '--vault-dir', dir, '--passphrase-file', pass]);
    expect(dry.code).toBe(EXIT_CODES.partialImport);
    expect(dry.out).toContain('row 4: Countries: unknown country “Atlantis”\n');
    expect(dry.out).toContain('row 5: Name: a value is required\n');
    expect(dry.out).toContain('row 7: possible duplicate (same name and country as row 2): Rede Ficticia de Pesquisa\n');
    expect(dry.out).toContain('Rows read: 6; valid: 3; with problems: 3; possible duplicates: 1.\n');
    expect(dry.out).toContain('Dry run: nothing was written.\n');

    const real = await cre(['roster', 'import', MIXED, '--skip-duplicates', '--vault-dir', dir, '--passphrase-file', pass]);
    expect(real.code).toBe(EXIT_CODES.partialImport);
    expect(real.out).toContain('2 collaborators written.\n3 rows with problems were not imported.\n1 duplicate was not imported.\n');
    expect(real.err).toContain('Some rows were not imported');

    const out = join(tempDir(), 'all.csv');
    const exported = await cre(['roster', 'export', '--out', out, '--filter', 'country=ml', '--vault-dir', dir, '--passphrase-file', pass]);
    expect(exported.code).toBe(EXIT_CODES.ok);
    expect(exported.out).toBe(`1 collaborator written to ${out}.\n`);
    expect(readFileSync(out, 'utf8')).toContain('Collectif Imaginaire du Sahel');
  }, 60_000);

  it('speaks Spanish, takes a mapping file, and exits 2 when a required column is not mapped', async () => {
    const { dir } = await createdVault();
    const pass = secretFile(STRONG_PASSPHRASE);
    const mapping = join(tempDir(), 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ Name: null, Kind: 'kind', Countries: 'countries' }));
    const run = await cre(['--lang', 'es', 'roster', 'import', MIXED, '--mapping', mapping, '--vault-dir', dir, '--passphrase-file', pass]);
    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.err).toBe('cre: Ninguna columna del archivo corresponde a: Nombre.\n');
    expect(run.out).toContain('fila 4: Países: país desconocido «Atlantis»\n');

    const missing = await cre(['roster', 'import', join(tempDir(), 'nope.csv'), '--vault-dir', dir, '--passphrase-file', pass]);
    expect(missing.code).toBe(EXIT_CODES.usage);
    const badFilter = await cre(['roster', 'export', '--out', join(tempDir(), 'x.csv'), '--filter', 'colour=red', '--vault-dir', dir, '--passphrase-file', pass]);
    expect(badFilter.code).toBe(EXIT_CODES.usage);
    expect(badFilter.err).toContain('colour=red');
  }, 60_000);

  it('exports sensitive fields only with --include-sensitive, with a warning', async () => {
    const { dir } = await createdVault();
    const pass = secretFile(STRONG_PASSPHRASE);
    await cre(['roster', 'import', MIXED, '--vault-dir', dir, '--passphrase-file', pass]);
    const plain = join(tempDir(), 'plain.csv');
    const sensitive = join(tempDir(), 'sensitive.csv');
    await cre(['roster', 'export', '--out', plain, '--vault-dir', dir, '--passphrase-file', pass]);
    const run = await cre(['roster', 'export', '--out', sensitive, '--include-sensitive', '--query', 'pesquisa', '--vault-dir', dir, '--passphrase-file', pass]);
    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.err).toContain('not encrypted');
    expect(readFileSync(plain, 'utf8')).not.toContain('5555');
    expect(readFileSync(sensitive, 'utf8')).toContain('signal:+55 11 5555 0100');
  }, 60_000);
});
