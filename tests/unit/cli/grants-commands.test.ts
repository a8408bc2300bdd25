// `cre grants calls`, `export` and `letter` over a real vault whose grant cycle was run through the core's router: a
// call, two applications, reviews with a recusal and a disagreement, a decision meeting and an award.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODE_FOR_ERROR, EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { listAuditEvents } from '../../../db/audit.repo.js';
import { grantCycle, type GrantCycle } from '../../helpers/grant-cycle.js';
import { openTestCore } from '../../helpers/temp-vault.js';
import { cre, createdVault, removeTempDirs, secretFile, STRONG_PASSPHRASE, tempDir } from './cli-harness.js';

afterAll(removeTempDirs);

let cycle: GrantCycle;
let pass: string;
const vault = () => ['--vault-dir', cycle.vaultDir, '--passphrase-file', pass];

beforeAll(async () => {
  cycle = await grantCycle();
  pass = secretFile(`${cycle.passphrase}\n`);
}, 120_000);

/** The audit entries of `kind` in the vault, unlocking it for the time of the read. */
async function auditOf(kind: string): Promise<Record<string, unknown>[]> {
  const { core } = await openTestCore(cycle.vaultDir);
  core.vault.unlock(cycle.passphrase);
  try {
    return listAuditEvents(core.vault.openVault().db, 1000)
      .filter((event) => event.kind === kind)
      .map((event) => event.detail as Record<string, unknown>);
  } finally {
    core.dispose();
  }
}

describe('cre grants calls', () => {
  it('lists each call with its title in the CLI’s language, kind, state, regions, deadline with its zone, and applications', async () => {
    const run = await cre(['grants', 'calls', ...vault()]);
    expect(run.err).toBe('');
    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.out).toMatch(/^Rivers and finance 2026\n/);
    expect(run.out).toContain(`  Id:            ${cycle.callId}\n`);
    expect(run.out).toContain('  Kind:          open call\n');
    expect(run.out).toContain('  State:         decided\n');
    expect(run.out).toContain('  Regions:       Latin America\n');
    // ICU puts a narrow no-break space before PM in some versions: \s matches either.
    expect(run.out).toMatch(/ {2}Closes: {8}Apr 30, 2026, 5:00\sPM \(America\/Bogota\)\n/);
    expect(run.out).toContain('  Applications:  2\n');

    const spanish = await cre(['--lang', 'es', 'grants', 'calls', ...vault()]);
    expect(spanish.out).toMatch(/^Ríos y finanzas 2026\n/);
    expect(spanish.out).toContain('convocatoria abierta');
    expect(spanish.out).toContain('América Latina');
    expect(spanish.out).toMatch(/30 abr 2026, 17:00 \(America\/Bogota\)/);
  });

  it('prints JSON with --json, the deadline as typed, its zone and its instant', async () => {
    const run = await cre(['grants', 'calls', '--json', ...vault()]);
    expect(run.code).toBe(EXIT_CODES.ok);
    expect(JSON.parse(run.out)).toEqual([
      {
        id: cycle.callId,
        title: 'Rivers and finance 2026',
        kind: 'open',
        state: 'decided',
        regions: ['latin_america'],
        closesAt: '2026-04-30T17:00',
        timeZone: 'America/Bogota',
        closesAtInstant: '2026-04-30T22:00:00.000Z',
        currency: 'USD',
        ceiling: 5000,
        applications: 2,
      },
    ]);
  });

  it('says when the vault has no calls, and prints an empty array with --json', async () => {
    const { dir } = await createdVault();
    const empty = ['--vault-dir', dir, '--passphrase-file', secretFile(`${STRONG_PASSPHRASE}\n`)];
    expect((await cre(['grants', 'calls', ...empty])).out).toBe('There are no grant calls in this vault.\n');
    expect(JSON.parse((await cre(['grants', 'calls', '--json', ...empty])).out)).toEqual([]);
  });

  it('exits with the wrong-secret code on a wrong passphrase', async () => {
    const run = await cre(['grants', 'calls', '--vault-dir', cycle.vaultDir, '--passphrase-file', secretFile('not the passphrase at all\n')]);
    expect(run.code).toBe(EXIT_CODE_FOR_ERROR.wrong_passphrase);
    expect(run.out).toBe('');
  });
});

describe('cre grants export', () => {
  it('writes the applications with the aggregated scores and decisions as CSV, audited', async () => {
    const out = join(tempDir(), 'call.csv');
    const run = await cre(['grants', 'export', '--call', cycle.callId, '--out', out, ...vault()]);
    expect(run.err).toBe('');
    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.out).toBe(`2 applications written to ${out}.\n`);

    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'Application id', 'Title', 'Community', 'Region', 'State', 'Amount requested', 'Currency', 'Weighted mean (0–5)',
      'Spread', 'Reviewers disagree', 'Submitted reviews', 'Recusals', 'Advisory mean (0–5)', 'Decision', 'Approved amount', 'Rationale',
    ]);
    const approved = rows.find((row) => row['Application id'] === cycle.approvedId);
    expect(approved).toMatchObject({
      Title: 'Following the dam’s money',
      Community: 'Comunidade Ficticia do Rio Verde',
      'Amount requested': '3000.00',
      Currency: 'USD',
      'Weighted mean (0–5)': '3.50',
      Spread: '1.50',
      'Reviewers disagree': 'yes',
      'Submitted reviews': '2',
      Recusals: '1',
      Decision: 'Approved',
      'Approved amount': '3000.00',
      Rationale: 'Strong community lead.',
    });
    const declined = rows.find((row) => row['Application id'] === cycle.declinedId);
    expect(declined).toMatchObject({ Decision: 'Declined', 'Weighted mean (0–5)': '', Rationale: 'Outside the call’s focus.' });
    expect(text).not.toContain('5555 0142');
    expect(await auditOf('grant_call_exported')).toContainEqual({ callId: cycle.callId, rows: 2 });
  });

  it('refuses an existing file unless --force, before asking for the passphrase', async () => {
    const out = join(tempDir(), 'taken.csv');
    writeFileSync(out, 'keep me');
    const refused = await cre(['grants', 'export', '--call', cycle.callId, '--out', out, '--vault-dir', cycle.vaultDir]);
    expect(refused.code).toBe(EXIT_CODES.usage);
    expect(refused.err).toBe(`cre: ${out} already exists. Choose another name, or add --force to replace it.\n`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');

    const forced = await cre(['grants', 'export', '--call', cycle.callId, '--out', out, '--force', ...vault()]);
    expect(forced.code).toBe(EXIT_CODES.ok);
    expect(readFileSync(out, 'utf8')).toContain(cycle.approvedId);
  });

  it('answers an unknown or malformed call id with the not-found exit code, and writes nothing', async () => {
    const out = join(tempDir(), 'none.csv');
    const unknown = await cre(['grants', 'export', '--call', '01900000-0000-7000-8000-000000000000', '--out', out, ...vault()]);
    expect(unknown.code).toBe(EXIT_CODE_FOR_ERROR.not_found);
    expect(unknown.err).toBe('cre: No grant call has the id 01900000-0000-7000-8000-000000000000. See cre grants calls.\n');
    const malformed = await cre(['--lang', 'fr', 'grants', 'export', '--call', 'nope', '--out', out, '--vault-dir', cycle.vaultDir]);
    expect(malformed.code).toBe(EXIT_CODE_FOR_ERROR.not_found);
    expect(malformed.err).toBe('cre: Aucun appel n’a l’id nope. Voir cre grants calls.\n');
    expect(existsSync(out)).toBe(false);
  });
});

describe('cre grants letter', () => {
  it('writes the award letter in the application’s letter language; its text reads back from the PDF', async () => {
    const out = join(tempDir(), 'carta.pdf');
    const run = await cre(['grants', 'letter', '--application', cycle.approvedId, '--out', out, ...vault()]);
    expect(run.err).toBe('');
    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.out).toBe(`Award letter in Spanish written to ${out}.\n`);

    const bytes = new Uint8Array(readFileSync(out));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain('Carta de adjudicación');
    expect(text).toContain('Comunidade Ficticia do Rio Verde');
    expect(text).toContain('Ríos y finanzas 2026');
    expect(text).toContain('Following the dam’s money');
    expect(text).toMatch(/3000|3\.000/);
    expect(text).toContain('Calendario de pagos');
    expect(await auditOf('grant_letter_saved')).toContainEqual(expect.objectContaining({ applicationId: cycle.approvedId, language: 'es' }));
  });

  it('refuses an application without an award, an unknown one, and an existing file', async () => {
    const out = join(tempDir(), 'letter.pdf');
    const notAwarded = await cre(['grants', 'letter', '--application', cycle.declinedId, '--out', out, ...vault()]);
    expect(notAwarded.code).toBe(EXIT_CODES.usage);
    expect(notAwarded.err).toContain('has no award yet');
    const unknown = await cre(['grants', 'letter', '--application', '01900000-0000-7000-8000-000000000000', '--out', out, ...vault()]);
    expect(unknown.code).toBe(EXIT_CODE_FOR_ERROR.not_found);
    expect(unknown.err).toBe('cre: No grant application has the id 01900000-0000-7000-8000-000000000000.\n');
    expect(existsSync(out)).toBe(false);

    writeFileSync(out, 'keep me');
    const taken = await cre(['grants', 'letter', '--application', cycle.approvedId, '--out', out, ...vault()]);
    expect(taken.code).toBe(EXIT_CODES.usage);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  it('exits with the wrong-secret code on a wrong passphrase, and writes nothing', async () => {
    const out = join(tempDir(), 'letter.pdf');
    const run = await cre(['grants', 'letter', '--application', cycle.approvedId, '--out', out, '--vault-dir', cycle.vaultDir, '--passphrase-file', secretFile('not the passphrase at all\n')]);
    expect(run.code).toBe(EXIT_CODES.wrongSecret);
    expect(existsSync(out)).toBe(false);
  });
});
