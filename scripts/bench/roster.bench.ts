// Roster figures on a 100k-collaborator vault: bulk insert (and the stock SQLCipher baseline), index build, search, facet and matching p50/p95.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlcipher from '@journeyapps/sqlcipher';
import Database from 'better-sqlite3-multiple-ciphers';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedRosterQuery, RosterFacet } from '../../common/contract/roster.contract.js';
import type { CollaboratorFields } from '../../common/roster/collaborator.schema.js';
import { LEVELS, STRATEGY_AREAS } from '../../common/roster/taxonomy.js';
import { deriveRegion } from '../../common/roster/country-regions.js';
import { insertCollaborator, updateCollaborator, type StoredCollaborator, type SyncStamp } from '../../db/collaborators.repo.js';
import type { WritableDB } from '../../db/handles.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { createCore } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { createManualPlatform } from '../../main/core/platform.node.js';
import { createMatchingService } from '../../main/core/matching/matching.service.js';
import { createRosterSearch } from '../../main/core/roster/roster-fast-search.js';
import { searchRosterReference } from '../../tests/helpers/roster-search-reference.js';
import { createSeededRandom, generateSampleCollaborators } from '../../main/core/roster/sample-data.js';
import { createHybridClock } from '../../main/core/sync/hlc.js';
import { line, ms, percentile, time } from './timing.js';

const SIZE = Number(process.env['CRE_BENCH_ROSTER_SIZE'] ?? 100_000);
const BASELINE_SIZE = Math.min(SIZE, Number(process.env['CRE_BENCH_BASELINE_SIZE'] ?? 10_000));
const SEED = 2026;
const START_MS = Date.UTC(2026, 0, 1);

type Row = Pick<StoredCollaborator, 'id' | 'fields' | 'contacts' | 'region'>;

function toRow(fields: CollaboratorFields): Row {
  const { contacts, ...rest } = fields;
  return {
    id: uuidv7(),
    fields: rest,
    contacts: contacts.map((c) => ({ id: uuidv7(), type: c.type, value: c.value ?? '', note: c.note, sensitive: c.sensitive })),
    region: deriveRegion(fields.countries),
  };
}

function stamps(vaultId: string): (index: number) => SyncStamp {
  let now = START_MS;
  const clock = createHybridClock(vaultId, () => now);
  return (index) => {
    // One minute apart, so the 'updated' sort has a real order to follow.
    now = START_MS + index * 60_000;
    return { at: new Date(now).toISOString(), hlc: clock.next(), changedBy: vaultId };
  };
}


/** Realistic things to type, drawn from the roster itself: one word, a prefix, two words, accented and unaccented. */
function queryMix(sample: readonly CollaboratorFields[], count: number): string[] {
  const random = createSeededRandom(SEED + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
  const accented = [...new Set(sample.slice(0, 5000).flatMap((c) => wordsOf(`${c.name} ${c.notes}`)).filter((w) => fold(w) !== w))];
  const out = new Set<string>();
  for (let guard = 0; out.size < count && guard < count * 50; guard += 1) {
    const person = pick(sample);
    const words = wordsOf(`${person.name} ${person.expertise.join(' ')}`);
    if (words.length < 2) continue;
    const kind = out.size % 4;
    if (kind === 0) out.add(pick(words));
    else if (kind === 1) out.add(pick(words).slice(0, 2 + Math.floor(random() * 3)));
    else if (kind === 2) out.add(`${words[0]} ${pick(words.slice(1))}`);
    else if (accented.length > 0) {
      const word = pick(accented);
      out.add(random() < 0.5 ? word : fold(word));
    }
  }
  return [...out];
}

/** Facet filters of 0, 1 and 3 facets, with values taken from real rows so they match something. */
function filterMix(sample: readonly CollaboratorFields[], count: number, facets: number): ParsedRosterQuery['filters'][] {
  const random = createSeededRandom(SEED + 2 + facets);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const valuesOf: Record<RosterFacet, (c: CollaboratorFields) => string[]> = {
    strategy: (c) => c.strategyAreas,
    level: (c) => c.levels,
    region: (c) => [deriveRegion(c.countries)],
    country: (c) => c.countries,
    language: (c) => c.languages,
    kind: (c) => [c.kind],
    vetting: (c) => [c.vetting.status],
    availability: (c) => [c.availability.status],
    tag: (c) => c.expertise,
  };
  const names = Object.keys(valuesOf) as RosterFacet[];
  return Array.from({ length: count }, () => {
    const filters: ParsedRosterQuery['filters'] = {};
    const chosen = new Set<RosterFacet>();
    while (chosen.size < facets) chosen.add(pick(names));
    for (const facet of chosen) {
      const values = valuesOf[facet](pick(sample));
      if (values.length > 0) filters[facet] = [pick(values)];
    }
    return filters;
  });
}

/** Runs a migration's `up` against a recorder, to replay the exact schema on another driver. */
function schemaStatements(): string[] {
  const statements: string[] = [];
  const recorder = { exec: (sql: string) => statements.push(sql) } as unknown as WritableDB;
  for (const migration of MIGRATIONS) migration.up(recorder);
  return statements;
}

interface Recorded {
  sql: string;
  params: unknown[];
}

/** The statements insertCollaborator runs for one row, recorded (not run) so the baseline replays the very same workload. */
function recordInsert(row: Row, stamp: SyncStamp, seq: number): Recorded[] {
  const out: Recorded[] = [];
  const recorder = {
    prepare: (sql: string) => ({
      run: (...params: unknown[]) => {
        out.push({ sql, params });
        return { lastInsertRowid: seq, changes: 1 };
      },
    }),
  } as unknown as WritableDB;
  insertCollaborator(recorder, row, stamp);
  return out;
}

/** node-sqlite3 names parameters with their prefix; better-sqlite3 without it. */
function asStockParams(params: unknown[]): unknown {
  const [first] = params;
  if (params.length === 1 && first !== null && typeof first === 'object') {
    return Object.fromEntries(Object.entries(first).map(([key, value]) => [`@${key}`, value]));
  }
  return params;
}

/**
 * How the repository's statements are issued on the async driver: `awaited` is how an async repository is written
 * (each `await run(...)` in turn); `pipelined` queues a row's statements after its insert without waiting for each,
 * the fastest the async API allows.
 */
type BaselineMode = 'awaited' | 'pipelined';

async function stockBaseline(dir: string, rows: readonly Row[], stampOf: (index: number) => SyncStamp, mode: BaselineMode): Promise<number> {
  const db = new sqlcipher.Database(join(dir, `baseline-${mode}.db`));
  const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
  db.serialize();
  // Stock SQLCipher 4 with a raw key and the vault's own pragmas, so only the driver differs.
  await exec(`PRAGMA cipher_compatibility = 4; PRAGMA key = "x'${randomBytes(32).toString('hex')}'";`);
  await exec('PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
  for (const sql of schemaStatements()) await exec(sql);
  const statements = new Map<string, sqlcipher.Statement>();
  const statementFor = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const run = (recorded: Recorded) =>
    new Promise<number>((resolve, reject) =>
      statementFor(recorded.sql).run(asStockParams(recorded.params), function (this: sqlcipher.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve(this.lastID);
      }),
    );
  let elapsed = 0;
  const CHUNK = 1000;
  let start = performance.now();
  await exec('BEGIN');
  elapsed += performance.now() - start;
  for (let from = 0; from < rows.length; from += CHUNK) {
    // Recording is not timed; only the driver's work is.
    const chunk = rows.slice(from, from + CHUNK).map((row, k) => recordInsert(row, stampOf(from + k), from + k + 1));
    start = performance.now();
    for (const [insert, ...children] of chunk) {
      // The repository needs the new rowid before the text index and contact rows: every mode waits for it.
      await run(insert!);
      if (mode === 'awaited') for (const child of children) await run(child);
      else await Promise.all(children.map(run));
    }
    elapsed += performance.now() - start;
  }
  start = performance.now();
  await exec('COMMIT');
  elapsed += performance.now() - start;
  for (const statement of statements.values()) await new Promise<void>((resolve) => statement.finalize(() => resolve()));
  await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
  return elapsed;
}

/**
 * The drivers alone: 10k one-row INSERTs of (id, note) into a plain table, one transaction, each awaited on the async
 * driver. SQLite's own work here is tiny, so the ratio is the drivers' difference; the repository ratio above is
 * smaller by however much of a row's time SQLite spends on B-trees, the text index and encryption, identical in both.
 */
async function driverOnlyRatio(dir: string, key: Buffer): Promise<{ ours: number; stock: number }> {
  const ROWS = 10_000;
  const note = 'fictional note of ordinary length for a plain row';
  const ours = new Database(join(dir, 'driver-ours.db'));
  ours.pragma(`cipher = 'sqlcipher'`);
  ours.pragma('legacy = 4');
  ours.pragma(`key = "x'${key.toString('hex')}'"`);
  ours.pragma('journal_mode = WAL');
  ours.exec('CREATE TABLE plain (id TEXT PRIMARY KEY, note TEXT NOT NULL) STRICT');
  const insert = ours.prepare('INSERT INTO plain (id, note) VALUES (?, ?)');
  const oursMs = time(() => ours.transaction(() => {
    for (let i = 0; i < ROWS; i += 1) insert.run(`row-${i}`, note);
  })());
  ours.close();

  const stock = new sqlcipher.Database(join(dir, 'driver-stock.db'));
  const exec = (sql: string) => new Promise<void>((resolve, reject) => stock.exec(sql, (error) => (error ? reject(error) : resolve())));
  await exec(`PRAGMA cipher_compatibility = 4; PRAGMA key = "x'${key.toString('hex')}'"; PRAGMA journal_mode = WAL;`);
  await exec('CREATE TABLE plain (id TEXT PRIMARY KEY, note TEXT NOT NULL) STRICT');
  const statement = stock.prepare('INSERT INTO plain (id, note) VALUES (?, ?)');
  const start = performance.now();
  await exec('BEGIN');
  for (let i = 0; i < ROWS; i += 1) {
    await new Promise<void>((resolve, reject) => statement.run([`row-${i}`, note], (error: Error | null) => (error ? reject(error) : resolve())));
  }
  await exec('COMMIT');
  const stockMs = performance.now() - start;
  await new Promise<void>((resolve) => statement.finalize(() => resolve()));
  await new Promise<void>((resolve, reject) => stock.close((error) => (error ? reject(error) : resolve())));
  return { ours: ROWS / (oursMs / 1000), stock: ROWS / (stockMs / 1000) };
}

const dir = mkdtempSync(join(tmpdir(), 'cre-roster-bench-'));
try {
  console.log(`Roster benchmark: ${SIZE.toLocaleString('en')} collaborators (seed ${SEED})`);
  let sample: CollaboratorFields[] = [];
  const generateMs = time(() => {
    sample = generateSampleCollaborators(SEED, SIZE);
  });
  const rows = sample.map(toRow);
  console.log(`sample generation (not part of any figure):   ${ms(generateMs)}`);

  const core = await createCore({ vaultDir: join(dir, 'vault'), platform: createManualPlatform(), kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  core.vault.create('benchmark passphrase of reasonable length');
  const { db, vaultId } = core.vault.openVault();
  const stampOf = stamps(vaultId);
  // As in the app, a search exists before the writes, so its change log (temporary triggers) watches them.
  const search = createRosterSearch(() => core.vault.openVault());
  search.warm();
  const insertMs = time(() => db.transaction(() => rows.forEach((row, index) => insertCollaborator(db, row, stampOf(index))))());
  console.log(`bulk insert, one transaction (insertCollaborator): ${ms(insertMs)}   (${Math.round(SIZE / (insertMs / 1000)).toLocaleString('en')} rows/s)`);

  const buildMs = time(() => search.warm());
  const rebuilds = Array.from({ length: 3 }, () => (search.invalidate(), time(() => search.warm())));
  console.log(`index build, first search after the import:   ${ms(buildMs)}   (full rebuild, median of 3: ${ms(percentile(rebuilds, 0.5))})`);
  const edited = rows.slice(0, 5).map((row, k) => ({ ...row, fields: { ...row.fields, levels: ['local' as const], expertise: [...row.fields.expertise, `bench tag ${k}`] } }));
  const patches = edited.map((row, k) => {
    const seq = db.prepare('SELECT seq FROM collaborators WHERE id = ?').pluck().get(row.id) as number;
    updateCollaborator(db, { ...row, seq }, stampOf(SIZE + k));
    return time(() => search.warm());
  });
  console.log(`index patch after one edit (5 edits):          p50 ${ms(percentile(patches, 0.5))}   max ${ms(Math.max(...patches))}`);

  const texts = queryMix(sample, 200);
  const query = (text: string, filters: ParsedRosterQuery['filters'] = {}, sort: ParsedRosterQuery['sort'] = 'name'): ParsedRosterQuery => ({ text, filters, sort });
  // Each text once: a text typed for the first time is not in the index's small text cache.
  line('search, text only (cold text), name sort', texts.map((text) => time(() => search.search(query(text), 0, 100))));
  line('search, text only, relevance (bm25)', texts.slice(0, 100).map((text) => time(() => search.search(query(`${text} `, {}, 'relevance'), 0, 100))));
  for (const facets of [0, 1, 3]) {
    const filters = filterMix(sample, 60, facets);
    line(`facets + counts, ${facets} filter(s), no text`, filters.map((f) => time(() => search.search(query('', f), 0, 100))));
    line(`facets + counts, ${facets} filter(s), with text`, filters.map((f, k) => time(() => search.search(query(texts[k % 20]!, f), 0, 100))));
  }
  line('page 10 of the list (offset 900, updated sort)', texts.slice(0, 40).map((text) => time(() => search.search(query(text, {}, 'updated'), 900, 100))));

  // Matching: requests from communities in several countries, each ranked over the whole roster (goal p95 ≤ 50 ms).
  const matching = createMatchingService({ openVault: () => core.vault.openVault(), search });
  const places = ['BR', 'KE', 'PH', 'PE', 'IN', 'ML'];
  const requestIds = places.flatMap((country, k) => {
    const community = core.communities.create({ name: `Bench community ${k}`, country, languages: [], sharing: 'regional' });
    return STRATEGY_AREAS.map((area, j) =>
      core.requests.create({
        communityId: community.id,
        strategyAreas: [area, STRATEGY_AREAS[(j + 3) % STRATEGY_AREAS.length]!],
        level: LEVELS[j % LEVELS.length]!,
        languages: ['en', 'es', 'pt', 'fr'].slice(0, 1 + (j % 3)),
        urgency: 'high',
        description: 'Benchmark request',
      }).id,
    );
  });
  search.warm();
  line('matching, one request over the roster (top 30)', requestIds.map((id) => time(() => matching.forRequest(id, 30))));

  // The SQL version (facets read from the rows' JSON lists) takes seconds per call at this size: one or two runs say enough.
  console.log('reference: the SQL version (a count, a page, one grouped query per facet), few runs');
  line('SQL search, text only', texts.slice(0, 3).map((text) => time(() => searchRosterReference(db, query(text), 0, 100))));
  for (const facets of [0, 3]) {
    const filters = filterMix(sample, 1, facets);
    line(`SQL facets + counts, ${facets} filter(s), no text`, filters.map((f) => time(() => searchRosterReference(db, query('', f), 0, 100))));
  }
  core.dispose();

  const baselineRows = rows.slice(0, BASELINE_SIZE);
  // The same rows as the baseline, in a fresh vault: rows per second fall as a table grows, so compare like with like.
  const small = await createCore({ vaultDir: join(dir, 'vault-small'), platform: createManualPlatform(), kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  small.vault.create('benchmark passphrase of reasonable length');
  const smallDb = small.vault.openVault().db;
  const smallStamp = stamps(vaultId);
  const smallMs = time(() => smallDb.transaction(() => baselineRows.forEach((row, index) => insertCollaborator(smallDb, row, smallStamp(index))))());
  small.dispose();
  const appRate = baselineRows.length / (smallMs / 1000);
  console.log(`this app, the same ${baselineRows.length.toLocaleString('en')} rows in a fresh vault: ${ms(smallMs)}   (${Math.round(appRate).toLocaleString('en')} rows/s)`);
  for (const mode of ['awaited', 'pipelined'] as const) {
    const baselineMs = await stockBaseline(dir, baselineRows, stamps(vaultId), mode);
    const baseRate = baselineRows.length / (baselineMs / 1000);
    console.log(
      `baseline: @journeyapps/sqlcipher (stock SQLCipher 4), same statements ${mode}, one transaction, ${baselineRows.length.toLocaleString('en')} rows: ${ms(baselineMs)}   (${Math.round(baseRate).toLocaleString('en')} rows/s)`,
    );
    console.log(`bulk insert ratio, this app / ${mode} baseline (rows per second): ${(appRate / baseRate).toFixed(1)}×   (goal ≥ 20×)`);
  }
  const drivers = await driverOnlyRatio(dir, randomBytes(32));
  console.log(
    `drivers alone, 10k plain one-row inserts: ${Math.round(drivers.ours).toLocaleString('en')} vs ${Math.round(drivers.stock).toLocaleString('en')} rows/s = ${(drivers.ours / drivers.stock).toFixed(1)}×`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
