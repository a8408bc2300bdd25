// The SQL rule fails SQL run outside db/: proof that lint keeps "SQL lives in db/ and nowhere else" true.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function sqlErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/sql-in-db').map((m) => m.message);
}

const RUNS_SQL = [
  "export const n = (db: any) => db.prepare('SELECT count(*) FROM collaborators').get();",
  'export const n = (db: any) => db.prepare(`SELECT * FROM ${"collaborators"}`).all();',
  "export const n = (db: any) => db.pragma('data_version', { simple: true });",
  'export const n = (db: any) => db.transaction(() => 1)();',
  "export const n = (db: any) => db.exec('BEGIN IMMEDIATE');",
  'export const n = (db: any) => db.exec(`DELETE FROM temp.changes`);',
  "export const n = (open: any) => open().db.prepare('SELECT 1').get();",
  "export const n = (db: any) => db?.prepare('SELECT 1');",
  "export const n = (db: any) => db['prepare']('SELECT 1');",
  'export const n = (db: any) => db.prepare(sql);',
];

describe('local/sql-in-db', () => {
  it.each(
    ['main/core/roster/x.ts', 'main/core/sync/x.ts', 'main/core/x.ts', 'main/cli/x.ts', 'main/app/x.ts', 'renderer/features/x.ts', 'common/x.ts', 'preload/x.ts', 'scripts/x.ts'].flatMap(
      (filePath) => RUNS_SQL.map((code) => [filePath, code] as const),
    ),
  )('%s: %s fails lint', async (filePath, code) => {
    expect(await sqlErrors(filePath, code)).toHaveLength(1);
  });

  it('names the method and where SQL belongs', async () => {
    const [message] = await sqlErrors('main/core/x.ts', 'export const n = (db: any) => db.transaction(() => 1)();');
    expect(message).toContain("'.transaction(…)'");
    expect(message).toContain('inTransaction(db, () => …)');
  });

  it.each([
    ['db/x.repo.ts', RUNS_SQL],
    ['db/migrations/0099-x.ts', RUNS_SQL],
    ['tests/unit/core/x.test.ts', RUNS_SQL],
    ['tests/helpers/x.ts', RUNS_SQL],
    ['scripts/bench/x.bench.ts', RUNS_SQL],
  ])('%s may run SQL', async (filePath, codes) => {
    for (const code of codes) expect(await sqlErrors(filePath, code)).toEqual([]);
  });

  it.each([
    ['main/cli/x.ts', "export const t = (m: string) => /'([^']*)'/.exec(m)?.[1];"],
    ['main/core/sync/x.ts', "export const t = () => /^(\\d{13})-(.+)$/.exec('0000000000000-x');"],
    ['main/core/x.ts', "export const t = (m: string) => new RegExp('a+').exec(m);"],
    ['main/core/x.ts', 'const PATTERN = /a+/; export const t = (m: string) => PATTERN.exec(m);'],
    ['renderer/features/x.ts', 'export const t = (re: RegExp, text: string) => re.exec(text);'],
    ['main/core/x.ts', "import { inTransaction } from '../../db/handles.js'; export const t = (db: any) => inTransaction(db, () => 1);"],
    ['main/core/x.ts', "import { getCollaborator } from '../../db/collaborators.repo.js'; export const t = (db: any) => getCollaborator(db, 'id');"],
    ['main/core/x.ts', 'export const t = (db: any) => db.inTransaction;'],
  ])('%s: %s passes', async (filePath, code) => {
    expect(await sqlErrors(filePath, code)).toEqual([]);
  });
});
