// The format documents kept in step with the code wherever a machine can compare them: the audit kinds and their
// detail fields (docs/vault-format.md, "Audit events"), the vault_identity table and its key encodings (same file),
// every syncable table's columns as they travel (docs/sync.md, "What travels, column by column"), and what
// docs/bundle-format.md says about the payload's chunks. A change on either side that the other does not follow fails.
import { readdirSync, readFileSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCreFailure } from '../../../common/contract/errors.js';
import { auditEventKindSchema } from '../../../common/contract/vault.contract.js';
import type { WritableDB } from '../../../db/handles.js';
import { childColumns, readTravellingRow, TOMBSTONE_COLUMNS, travellingColumns } from '../../../db/sync-rows.js';
import { SYNC_TABLES } from '../../../db/sync-tables.js';
import { SYNCABLE_TABLES, type SyncableTable } from '../../../db/syncable.js';
import { CHUNK_OVERHEAD_BYTES, DEFAULT_CHUNK_SIZE, encodeBundleHeader, MAX_CHUNK_SIZE, MIN_CHUNK_SIZE, STANZA_BYTES } from '../../../main/core/bundles/format/bundle-header.js';
import { openPayloadChunks, PayloadSealer } from '../../../main/core/bundles/format/payload-stream.js';
import { initPull, initPush, pull } from '../../../main/core/crypto/secretstream.js';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { parseTravellingRow } from '../../../main/core/sync/row-schemas.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { codeName, codeSpans, firstTable, section } from '../../helpers/markdown-tables.js';
import { makeTempDir, openTestCore } from '../../helpers/temp-vault.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const doc = (name: string): string => readFileSync(join(ROOT, 'docs', name), 'utf8');

const sorted = (values: Iterable<string>): string[] => [...values].sort();

// --- Audit events ---------------------------------------------------------------------------------------------------

function walkTs(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkTs(path, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * Every appendAuditEvent call of the app (main/ and db/), read with the type checker: the kinds each call can write
 * (a literal, a conditional of literals, or a parameter typed as a union of them) and the keys of its detail object,
 * spreads included. Kinds whose type is not a string literal are returned apart, so the test can refuse them.
 */
function auditCallsInCode(): { fields: Map<string, Set<string>>; unresolved: string[] } {
  const files = ['main', 'db'].flatMap((dir) => walkTs(join(ROOT, dir))).filter((file) => readFileSync(file, 'utf8').includes('appendAuditEvent('));
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  const fields = new Map<string, Set<string>>();
  const unresolved: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} was not read.`);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'appendAuditEvent' && node.arguments[1]) {
        const kindType = checker.getTypeAtLocation(node.arguments[1]);
        const detail = node.arguments[3];
        const keys = detail ? checker.getTypeAtLocation(detail).getProperties().map((property) => property.name) : [];
        for (const type of kindType.isUnion() ? kindType.types : [kindType]) {
          if (!type.isStringLiteral()) {
            unresolved.push(`${file.slice(ROOT.length)}: ${node.arguments[1].getText(source)}`);
            continue;
          }
          const known = fields.get(type.value) ?? new Set<string>();
          for (const key of keys) known.add(key);
          fields.set(type.value, known);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { fields, unresolved };
}

describe('docs/vault-format.md, "Audit events"', () => {
  const documented = new Map<string, string[]>();
  for (const [kind = '', detail = ''] of firstTable(section(doc('vault-format.md'), '## Audit events'))) {
    documented.set(codeName(kind), detail === '—' ? [] : codeSpans(detail));
  }

  it('lists every audit kind the code declares, and none it does not', () => {
    expect(sorted(documented.keys())).toEqual(sorted(auditEventKindSchema.options));
  });

  it('gives each kind exactly the detail fields the code writes', () => {
    const { fields, unresolved } = auditCallsInCode();
    expect(unresolved, 'an audit kind the checker cannot name').toEqual([]);
    expect(fields.size).toBeGreaterThan(0);
    for (const [kind, keys] of fields) {
      expect(sorted(documented.get(kind) ?? ['(not documented)']), `detail fields of ${kind}`).toEqual(sorted(keys));
    }
  });
});

// --- A real vault: its identity and every syncable table, with sample rows ------------------------------------------

let sodium: Sodium;
let db: WritableDB;

beforeAll(async () => {
  sodium = await loadSodium();
  const { core } = await openTestCore();
  await core.sample.create(40, 5);
  // The sample network has no community contacts: one community with a sensitive and a public one.
  core.communities.create(RIO_VERDE);
  db = core.vault.openVault().db;
});

interface TableInfo {
  name: string;
  type: string;
  notnull: number;
}

function tableInfo(table: string): TableInfo[] {
  return db.prepare('SELECT name, type, "notnull" FROM pragma_table_info(?) ORDER BY cid').all(table) as TableInfo[];
}

describe('docs/vault-format.md, vault_identity', () => {
  const text = doc('vault-format.md');
  const marker = '`vault_identity` holds exactly one row';
  const rows = firstTable(text.slice(text.indexOf(marker)));

  it('documents every column of the table with its SQL type, and no other', () => {
    expect(text).toContain(marker);
    expect(rows.map(([name = '']) => codeName(name))).toEqual(tableInfo('vault_identity').map((c) => c.name));
    for (const [name = '', type = ''] of rows) {
      const column = tableInfo('vault_identity').find((c) => c.name === codeName(name));
      expect(type.split(',')[0], `type of ${name}`).toBe(column?.type);
    }
  });

  it('describes the keys as they are stored: sizes, seed then public key, X25519 public key from the secret', () => {
    const identity = db.prepare('SELECT * FROM vault_identity').get() as Record<string, Uint8Array>;
    const sizeOf = (column: string): number => Number(/(\d+) bytes/.exec(rows.find(([name]) => name === `\`${column}\``)?.[1] ?? '')?.[1]);
    for (const column of ['signing_public_key', 'signing_secret_key', 'encryption_public_key', 'encryption_secret_key']) {
      expect(identity[column]?.byteLength, column).toBe(sizeOf(column));
    }
    const signingSecret = Uint8Array.from(identity['signing_secret_key'] ?? []);
    expect(signingSecret.subarray(32)).toEqual(Uint8Array.from(identity['signing_public_key'] ?? []));
    expect(sodium.crypto_sign_seed_keypair(signingSecret.subarray(0, 32)).privateKey).toEqual(signingSecret);
    expect(sodium.crypto_scalarmult_base(Uint8Array.from(identity['encryption_secret_key'] ?? []))).toEqual(Uint8Array.from(identity['encryption_public_key'] ?? []));
  });
});

// --- docs/sync.md: what travels, column by column -------------------------------------------------------------------

interface DocumentedColumn {
  wire: string;
  notes: string;
}

function documentedTables(): Map<string, Map<string, DocumentedColumn>> {
  const body = section(doc('sync.md'), '## What travels, column by column');
  const tables = new Map<string, Map<string, DocumentedColumn>>();
  for (const match of body.matchAll(/^### `([a-z_]+)`$/gm)) {
    const name = match[1] ?? '';
    const columns = new Map<string, DocumentedColumn>();
    for (const [column = '', wire = '', notes = ''] of firstTable(section(body, `### \`${name}\``))) columns.set(codeName(column), { wire, notes });
    tables.set(name, columns);
  }
  return tables;
}

const WIRE_TYPE: Record<string, string> = { TEXT: 'string', INTEGER: 'integer', REAL: 'number' };
const NEVER_SENT = 'never sent';
const isSensitive = (notes: string): boolean => /\*\*sensitive\*\*/.test(notes);
const isList = (notes: string): boolean => notes.includes('**JSON list**');
const isFlag = (notes: string): boolean => notes.includes('`0` or `1`');

/** The flag columns of a table: INTEGER columns whose CHECK allows only 0 and 1. */
function flagColumns(table: string): string[] {
  const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as string;
  return [...sql.matchAll(/^\s*(\w+) INTEGER[^,\n]*CHECK \(\s*\1 IN \(0, 1\)\s*\)/gm)].map((match) => match[1] ?? '');
}

/** Whether every stored value of a TEXT column (with at least one row) is the JSON text of a list. */
function holdsLists(table: string, column: string): boolean | null {
  const values = db.prepare(`SELECT ${column} FROM ${table} WHERE ${column} IS NOT NULL`).pluck().all() as string[];
  if (values.length === 0) return null;
  return values.every((value) => {
    try {
      return Array.isArray(JSON.parse(value));
    } catch {
      return false;
    }
  });
}

const CHILDREN = SYNCABLE_TABLES.flatMap((table) => SYNC_TABLES[table].children.map((child) => ({ ...child, parent: table })));

describe('docs/sync.md, "What travels, column by column"', () => {
  const tables = documentedTables();

  it('has one table per syncable table and per child table, in the order they travel', () => {
    const expected = SYNCABLE_TABLES.flatMap((table) => [table, ...SYNC_TABLES[table].children.map((child) => child.table)]);
    expect([...tables.keys()]).toEqual(expected);
  });

  it.each(SYNCABLE_TABLES)('%s: every column, its type on the wire, sensitive columns never sent', (table: SyncableTable) => {
    const documented = tables.get(table) ?? new Map<string, DocumentedColumn>();
    const childNames = SYNC_TABLES[table].children.map((child) => child.table);
    const stored = tableInfo(table).filter((c) => c.name !== 'seq');
    expect(sorted(documented.keys())).toEqual(sorted([...stored.map((c) => c.name), ...childNames]));
    const sensitive = new Set(SYNC_TABLES[table].sensitiveColumns);
    for (const column of stored) {
      const entry = documented.get(column.name);
      const expectedWire = sensitive.has(column.name) ? NEVER_SENT : `${WIRE_TYPE[column.type] ?? column.type}${column.notnull ? '' : ' or null'}`;
      expect(entry?.wire, `${table}.${column.name}`).toBe(expectedWire);
      expect(isSensitive(entry?.notes ?? ''), `${table}.${column.name} marked sensitive`).toBe(sensitive.has(column.name));
    }
    for (const child of childNames) expect(documented.get(child)?.wire, `${table}.${child}`).toBe('array');
    // What the doc says is sent is exactly what the writer sends.
    const sent = [...documented].filter(([name, entry]) => entry.wire !== NEVER_SENT && !childNames.includes(name)).map(([name]) => name);
    expect(sorted(sent)).toEqual(sorted(travellingColumns(db, table).map((c) => c.name)));
  });

  it.each(CHILDREN)('$table (child rows): every column, the parent link and sensitive rows never sent', (child) => {
    const documented = tables.get(child.table) ?? new Map<string, DocumentedColumn>();
    const stored = tableInfo(child.table);
    expect(sorted(documented.keys())).toEqual(sorted(stored.map((c) => c.name)));
    for (const column of stored) {
      const entry = documented.get(column.name);
      const expectedWire = column.name === child.parentColumn ? NEVER_SENT : `${WIRE_TYPE[column.type] ?? column.type}${column.notnull ? '' : ' or null'}`;
      expect(entry?.wire, `${child.table}.${column.name}`).toBe(expectedWire);
      expect(isSensitive(entry?.notes ?? ''), `${child.table}.${column.name} marked sensitive`).toBe(false);
    }
    expect(documented.get(child.sensitiveFlag)?.notes, 'the flag that keeps a child row home').toMatch(/always `0` on the wire/);
    const sent = [...documented].filter(([, entry]) => entry.wire !== NEVER_SENT).map(([name]) => name);
    expect(sorted(sent)).toEqual(sorted(childColumns(db, child).map((c) => c.name)));
  });

  it('marks as JSON list exactly the columns that hold lists, and as 0/1 flags exactly the CHECK (IN (0, 1)) columns', () => {
    for (const table of [...SYNCABLE_TABLES, ...CHILDREN.map((child) => child.table)]) {
      const documented = tables.get(table) ?? new Map<string, DocumentedColumn>();
      const flags = flagColumns(table);
      for (const column of tableInfo(table).filter((c) => c.name !== 'seq')) {
        const notes = documented.get(column.name)?.notes ?? '';
        expect(isFlag(notes), `${table}.${column.name} documented as a 0/1 flag`).toBe(flags.includes(column.name));
        if (isList(notes)) expect(column.type, `${table}.${column.name} is a list stored as text`).toBe('TEXT');
        const lists = column.type === 'TEXT' ? holdsLists(table, column.name) : false;
        if (lists !== null) expect(isList(notes), `${table}.${column.name} documented as a JSON list`).toBe(lists);
      }
    }
  });

  it('shows rows as the writer makes them: lists as JSON text in a string, flags as 0, no sensitive key; the reader agrees', () => {
    const refused = (table: string, row: Record<string, unknown>): boolean => {
      try {
        parseTravellingRow(db, table, row);
        return false;
      } catch (error) {
        return isCreFailure(error) && error.code === 'bad_payload';
      }
    };
    for (const table of SYNCABLE_TABLES) {
      const documented = tables.get(table) ?? new Map<string, DocumentedColumn>();
      const childNames = new Set(SYNC_TABLES[table].children.map((child) => child.table));
      // A live row that has child rows when the table has children, so they are checked too.
      const children = SYNC_TABLES[table].children[0];
      const id = (children
        ? db.prepare(`SELECT t.id FROM ${table} t JOIN ${children.table} c ON c.${children.parentColumn} = t.id AND c.${children.sensitiveFlag} = 0 WHERE t.deleted_at IS NULL LIMIT 1`)
        : db.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL LIMIT 1`)
      )
        .pluck()
        .get() as string | undefined;
      expect(id, `a sample ${table} row`).toBeDefined();
      const row = readTravellingRow(db, table, id ?? '') ?? {};
      const sent = [...documented].filter(([, entry]) => entry.wire !== NEVER_SENT).map(([name]) => name);
      expect(sorted(Object.keys(row)), `${table} keys`).toEqual(sorted(sent));
      for (const [name, entry] of documented) {
        if (entry.wire === NEVER_SENT) continue;
        const value = row[name];
        if (childNames.has(name)) {
          expect(Array.isArray(value), `${table}.${name}`).toBe(true);
          continue;
        }
        // A REAL that happens to be whole is still a number; an INTEGER is never fractional.
        const wireTypes = entry.wire.split(' or ');
        const type = value === null ? 'null' : Number.isInteger(value) && wireTypes.includes('integer') ? 'integer' : typeof value;
        expect(wireTypes, `${table}.${name} = ${JSON.stringify(value)}`).toContain(type);
        if (isList(entry.notes)) expect(Array.isArray(JSON.parse(value as string)), `${table}.${name} holds a list`).toBe(true);
      }
      expect(refused(table, row), `${table} row as documented`).toBe(false);
      const list = [...documented].find(([, entry]) => isList(entry.notes))?.[0];
      if (list) expect(refused(table, { ...row, [list]: JSON.parse(row[list] as string) as unknown }), `${table}.${list} as a JSON array`).toBe(true);
      for (const column of SYNC_TABLES[table].sensitiveColumns) expect(refused(table, { ...row, [column]: '' }), `${table} with ${column}`).toBe(true);
      for (const child of SYNC_TABLES[table].children) {
        const rows = row[child.table] as Record<string, unknown>[];
        expect(rows.length, `${table}.${child.table} sample`).toBeGreaterThan(0);
        expect(rows.every((r) => r[child.sensitiveFlag] === 0)).toBe(true);
        expect(refused(table, { ...row, [child.table]: rows.map((r) => ({ ...r, [child.sensitiveFlag]: false })) }), `${child.table} flag as false`).toBe(true);
      }
      const tombstone = Object.fromEntries(TOMBSTONE_COLUMNS.map((c) => [c, c === 'deleted_at' ? '2026-11-29T18:00:00.000Z' : row[c]]));
      expect(refused(table, tombstone), `${table} tombstone`).toBe(false);
    }
  });
});

// --- docs/bundle-format.md: the payload's chunks ---------------------------------------------------------------------

describe('docs/bundle-format.md, payload chunks', () => {
  const text = doc('bundle-format.md');

  it('states the constants the code uses', () => {
    const layout = section(text, '## Layout');
    expect(layout).toContain(`${DEFAULT_CHUNK_SIZE}: plaintext bytes per payload chunk (${MIN_CHUNK_SIZE} … ${MAX_CHUNK_SIZE} allowed)`);
    expect(layout).toContain(`stanza count × ${STANZA_BYTES}`);
    expect(layout).toContain(`chunk size + ${CHUNK_OVERHEAD_BYTES} bytes`);
    expect(layout).toContain(`the last chunk: ${CHUNK_OVERHEAD_BYTES + 1} … chunk size + ${CHUNK_OVERHEAD_BYTES} bytes as written`);
    expect(layout).toContain(`a reader also accepts ${CHUNK_OVERHEAD_BYTES} (an empty final chunk)`);
  });

  it('the writer ends a plaintext of whole chunks with a full chunk, TAG_FINAL, and no empty chunk after it', async () => {
    const chunkSize = MIN_CHUNK_SIZE;
    const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
    const { stream, header } = initPush(key);
    const sealed: Uint8Array[] = [];
    const sealer = new PayloadSealer(sodium, stream, new Uint8Array(32), chunkSize, async (c) => void sealed.push(Uint8Array.from(c)));
    await sealer.write(new Uint8Array(2 * chunkSize).fill(1));
    await sealer.finish();
    stream.dispose();
    expect(sealed.map((c) => c.byteLength)).toEqual([chunkSize + CHUNK_OVERHEAD_BYTES, chunkSize + CHUNK_OVERHEAD_BYTES]);
    const reading = initPull(header, key);
    if (!reading) throw new Error('stream header refused');
    const out = new Uint8Array(chunkSize);
    const tags = sealed.map((c, i) => pull(reading, c, i === 0 ? new Uint8Array(32) : null, out)?.tag);
    reading.dispose();
    expect(tags).toEqual([sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL]);
  });

  it('a reader accepts an empty final chunk of 17 bytes after full chunks, and refuses a shorter remainder', async () => {
    const chunkSize = MIN_CHUNK_SIZE;
    const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
    const { state, header: streamHeader } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
    const header = encodeBundleHeader({ chunkSize, stanzas: [new Uint8Array(STANZA_BYTES)], streamHeader });
    const hash = sodium.crypto_generichash(32, header, null);
    const full = sodium.crypto_secretstream_xchacha20poly1305_push(state, new Uint8Array(chunkSize).fill(2), hash, sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    const empty = sodium.crypto_secretstream_xchacha20poly1305_push(state, new Uint8Array(0), null, sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    expect(empty.byteLength).toBe(CHUNK_OVERHEAD_BYTES);
    const dir = makeTempDir('cre-docs-');

    async function read(name: string, payload: Uint8Array[]): Promise<string> {
      const path = join(dir, name);
      await writeFile(path, Buffer.concat([header, ...payload]));
      const file = await open(path, 'r');
      try {
        const { size } = await file.stat();
        let plaintext = 0;
        for await (const piece of openPayloadChunks(sodium, { file, fileBytes: size, start: header.byteLength, chunkSize, fileKey: key, streamHeader, headerHash: hash })) {
          plaintext += piece.byteLength;
        }
        return `ok ${plaintext}`;
      } catch (error) {
        return isCreFailure(error) ? error.code : 'untyped';
      } finally {
        await file.close();
      }
    }

    expect(await read('empty-final.bin', [full, empty])).toBe(`ok ${chunkSize}`);
    expect(await read('short-remainder.bin', [full, empty.subarray(0, CHUNK_OVERHEAD_BYTES - 1)])).toBe('bad_payload');
  });
});
