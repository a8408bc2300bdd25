// Roster search over a real vault: text (diacritics, prefixes, hostile input), facets and counts, paging, sorts, freshness, and the fast path = SQL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedRosterQuery, RosterFacet, RosterSearchResult } from '../../../common/contract/roster.contract.js';
import { ROSTER_FACETS } from '../../../common/contract/roster.contract.js';
import type { CollaboratorInput } from '../../../common/roster/collaborator.schema.js';
import { deriveRegion } from '../../../common/roster/country-regions.js';
import { insertCollaborator, markCollaboratorDeleted, restoreCollaborator, updateCollaborator } from '../../../db/collaborators.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { readTravellingRow, writeTravellingRow } from '../../../db/sync-rows.js';
import { creContract } from '../../../common/contract/index.js';
import { createRouter } from '../../../main/core/ipc/router.js';
import { createRosterSearch } from '../../../main/core/roster/roster-fast-search.js';
import { searchRosterReference } from '../../helpers/roster-search-reference.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { createTestVault, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

type Result = RosterSearchResult;

async function rosterVault() {
  const made = await createTestVault();
  const router = createRouter({ contract: creContract, handlers: made.core.handlers, isTrustedSender: () => true });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const reply = await router.handle(channel, input, { url: 'app://cre/' });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as T;
  };
  const add = async (changes: Partial<CollaboratorInput>) =>
    (await call<{ id: string }>('cre:roster.create', { collaborator: { ...ANA, contacts: [], ...changes } })).id;
  const find = (query: Partial<ParsedRosterQuery>, offset = 0, limit = 100) => call<Result>('cre:roster.search', { query, offset, limit });
  const names = async (query: Partial<ParsedRosterQuery>, offset = 0, limit = 100) => (await find(query, offset, limit)).items.map((i) => i.name);
  return { ...made, call, add, find, names };
}

const count = (result: Result, facet: RosterFacet, value: string) => result.facets[facet]?.find((c) => c.value === value)?.count ?? 0;

describe('roster search: text', () => {
  it('folds diacritics both ways, matches prefixes as you type, and ANDs words', async () => {
    const { add, names } = await rosterVault();
    await add({ name: 'Coletivo de São Paulo', notes: '' });
    await add({ name: 'Sao Tome Fishers Network', countries: ['ST'], notes: '' });
    await add({ name: 'Fédération des Éleveurs du Sahel', countries: ['ML'], notes: 'Pâturages et forêts' });
    await add({ name: 'Federation of Coastal Towns', countries: ['FR'], notes: '' });

    expect(await names({ text: 'Sao Paulo' })).toEqual(['Coletivo de São Paulo']);
    expect(await names({ text: 'São Tomé' })).toEqual(['Sao Tome Fishers Network']);
    expect(await names({ text: 'federation eleveurs' })).toEqual(['Fédération des Éleveurs du Sahel']);
    expect(await names({ text: 'ÉLEVEURS' })).toEqual(['Fédération des Éleveurs du Sahel']);
    expect(await names({ text: 'foret' })).toEqual(['Fédération des Éleveurs du Sahel']);
    expect(await names({ text: 'F' })).toHaveLength(3);
    for (const typed of ['Fé', 'Fed', 'Fédé', 'Federa']) {
      expect(await names({ text: typed })).toEqual(['Federation of Coastal Towns', 'Fédération des Éleveurs du Sahel']);
    }
    expect(await names({ text: 'federation sah' })).toEqual(['Fédération des Éleveurs du Sahel']);
    expect(await names({ text: 'federation paulo' })).toEqual([]);
  });

  it('never throws on quotes or FTS5 syntax in the input', async () => {
    const { add, find } = await rosterVault();
    await add({ name: 'NEAR Collective "Quoted" Name', notes: 'a-b: c*d' });
    for (const text of ['"', '""', '*', 'NEAR(', 'NEAR(a b', '-', ':', 'name:', '^', 'a OR', 'AND', 'NOT x', '(', ')', "'", '\\', '{}', 'a"b', '"NEAR"*', '\u0000', ' ', '🌍', 'e\u0301']) {
      await expect(find({ text })).resolves.toEqual(expect.objectContaining({ total: expect.any(Number) }));
    }
    expect((await find({ text: 'NEAR(' })).total).toBe(1);
    expect((await find({ text: '"quoted' })).total).toBe(1);
    expect((await find({ text: 'c*d' })).total).toBe(1);
  });
});

describe('roster search: facets, paging, sorts', () => {
  it('ORs values within a facet, ANDs facets, and counts each facet without its own filter', async () => {
    const { add, find } = await rosterVault();
    await add({ name: 'A', languages: ['fr'], countries: ['ML'], strategyAreas: ['advocacy'] });
    await add({ name: 'B', languages: ['pt'], countries: ['BR'], strategyAreas: ['advocacy'] });
    await add({ name: 'C', languages: ['es'], countries: ['PE'], strategyAreas: ['financial_research'] });
    await add({ name: 'D', languages: ['fr', 'es'], countries: ['FR'], strategyAreas: ['financial_research'], expertise: ['Mining'] });

    const either = await find({ filters: { language: ['fr', 'pt'] } });
    expect(either.items.map((i) => i.name)).toEqual(['A', 'B', 'D']);
    const both = await find({ filters: { language: ['fr', 'pt'], strategy: ['financial_research'] } });
    expect(both.items.map((i) => i.name)).toEqual(['D']);
    // Language counts ignore the language filter but keep the strategy one: C and D do financial research.
    expect(both.facets['language']).toEqual([{ value: 'es', count: 2 }, { value: 'fr', count: 1 }]);
    // Strategy counts ignore the strategy filter but keep the language one: A, B (advocacy), D (financial research).
    expect(both.facets['strategy']).toEqual([{ value: 'advocacy', count: 2 }, { value: 'financial_research', count: 1 }]);
    expect(both.facets['region']).toEqual([{ value: 'global', count: 1 }]);
    expect(Object.keys(both.facets).sort()).toEqual([...ROSTER_FACETS].sort());
    // Tags are matched case-insensitively; unknown values match nothing.
    expect((await find({ filters: { tag: ['MINING'] } })).total).toBe(1);
    expect((await find({ filters: { country: ['XX'] } })).total).toBe(0);
  });

  it('leaves deleted collaborators out of results, totals, counts and text, and brings them back on restore', async () => {
    const { add, find, call } = await rosterVault();
    await add({ name: 'Kept Collective', languages: ['fr'] });
    const gone = await add({ name: 'Deleted Collective', languages: ['pt'], expertise: ['Unique tag'] });
    await call('cre:roster.delete', { id: gone });
    const all = await find({});
    expect([all.total, all.items.map((i) => i.name)]).toEqual([1, ['Kept Collective']]);
    expect(count(all, 'language', 'pt')).toBe(0);
    expect(count(all, 'tag', 'Unique tag')).toBe(0);
    expect((await find({ text: 'deleted' })).total).toBe(0);
    expect((await find({ filters: { tag: ['unique tag'] } })).total).toBe(0);
    await call('cre:roster.restore', { id: gone });
    expect(count(await find({}), 'tag', 'Unique tag')).toBe(1);
  });

  it('shows each tag in the spelling most collaborators use, while filtering and suggesting without case', async () => {
    const { add, find, call } = await rosterVault();
    await add({ name: 'A', expertise: ['CAO complaints', 'mining'] });
    await add({ name: 'B', expertise: ['CAO complaints'] });
    const c = await add({ name: 'C', expertise: ['cao complaints', 'Mining'] });
    // Two "CAO complaints" against one "cao complaints"; "mining" and "Mining" tie, so BINARY order (capital first) decides.
    expect((await find({})).facets['tag']).toEqual([{ value: 'CAO complaints', count: 3 }, { value: 'Mining', count: 2 }]);
    for (const tag of ['CAO complaints', 'cao complaints', 'CAO COMPLAINTS']) expect((await find({ filters: { tag: [tag] } })).total).toBe(3);
    expect(await call('cre:roster.expertiseTags', { prefix: 'ca' })).toEqual([{ tag: 'CAO complaints', count: 3 }]);
    // A result row keeps each record's own spelling.
    expect((await find({ text: 'C', sort: 'name' })).items.find((item) => item.name === 'C')?.expertise).toEqual(['cao complaints', 'Mining']);
    // The spelling follows edits (the index is patched): a tie keeps the capitals, then most write it in lower case.
    await call('cre:roster.update', { id: c, collaborator: { ...ANA, contacts: [], name: 'C', expertise: ['cao complaints'] } });
    await add({ name: 'D', expertise: ['cao complaints'] });
    expect((await find({})).facets['tag']?.[0]).toEqual({ value: 'CAO complaints', count: 4 });
    await add({ name: 'E', expertise: ['cao complaints'] });
    expect((await find({})).facets['tag']).toEqual([{ value: 'cao complaints', count: 5 }, { value: 'mining', count: 1 }]);
  });

  it('quotes the notes where the search words match them, and only then', async () => {
    const { add, find } = await rosterVault();
    const notes = `Long-standing partner on river basins. ${'Background words here. '.repeat(6)}Followed the Inspection Panel request on the dam in 2021, and wrote the brief. ${'More text after. '.repeat(10)}`;
    await add({ name: 'River Keepers', notes });
    await add({ name: 'Panel Watchers', notes: 'Nothing relevant in these notes.' });
    const found = await find({ text: 'inspection pan', sort: 'relevance' });
    expect(found.items.map((item) => item.name)).toEqual(['River Keepers']);
    const excerpt = found.items[0]!.notesExcerpt!;
    expect(excerpt).toMatch(/^…\S/);
    expect(excerpt).toContain('Followed the Inspection Panel request');
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThan(170);
    // Found by name only: nothing to quote. No text: nothing to quote.
    expect((await find({ text: 'watchers' })).items[0]!.notesExcerpt).toBeNull();
    expect((await find({})).items.every((item) => item.notesExcerpt === null)).toBe(true);
  });

  it('pages with offset and limit, and sorts by name (case-insensitive, stable), newest update, and relevance', async () => {
    const { add, find, names, platform, call } = await rosterVault();
    const ids: Record<string, string> = {};
    for (const name of ['delta', 'Alpha', 'charlie', 'alpha', 'Bravo']) {
      platform.advance(60_000);
      ids[name] = await add({ name, notes: name === 'charlie' ? 'alpha alpha alpha' : '' });
    }
    expect(await names({ sort: 'name' })).toEqual(['Alpha', 'alpha', 'Bravo', 'charlie', 'delta']);
    expect(await names({ sort: 'updated' })).toEqual(['Bravo', 'alpha', 'charlie', 'Alpha', 'delta']);
    platform.advance(60_000);
    await call('cre:roster.update', { id: ids['delta'], collaborator: { ...ANA, contacts: [], name: 'delta', notes: 'edited' } });
    expect((await names({ sort: 'updated' }))[0]).toBe('delta');
    const page = await find({ sort: 'name' }, 2, 2);
    expect([page.total, page.items.map((i) => i.name)]).toEqual([5, ['Bravo', 'charlie']]);
    expect((await find({}, 10, 5)).items).toEqual([]);
    // bm25: the name that is only "alpha" ranks above notes repeating it; ties keep the name order.
    const relevance = await names({ text: 'alpha', sort: 'relevance' });
    expect(relevance).toHaveLength(3);
    expect(relevance.indexOf('Alpha')).toBeLessThan(relevance.indexOf('alpha'));
  });
});

describe('roster search: relevance past the bm25 limit', () => {
  it('puts names matching every word first, then the other matches, each in name order', async () => {
    const { add, core } = await rosterVault();
    await add({ name: 'Zeta Water Group', notes: '' });
    await add({ name: 'Alpha', notes: 'water water water' });
    await add({ name: 'Beta Waterkeepers', notes: '' });
    await add({ name: 'Gamma', notes: 'watershed', expertise: ['water'] });
    await add({ name: 'Delta', notes: 'nothing here' });
    const names = (limit: number) =>
      createRosterSearch(() => core.vault.openVault(), { relevanceLimit: limit })
        .search({ text: 'wat', filters: {}, sort: 'relevance' }, 0, 10)
        .items.map((item) => item.name);
    expect(names(3)).toEqual(['Beta Waterkeepers', 'Zeta Water Group', 'Alpha', 'Gamma']);
    expect(names(4)).toHaveLength(4);
    expect(names(4)).not.toEqual(names(3));
  });
});

describe('roster search: freshness', () => {
  it('sees every create, update, delete and restore at once, and works again after lock and unlock', async () => {
    const { add, find, names, call, core } = await rosterVault();
    expect((await find({})).total).toBe(0);
    const id = await add({ name: 'First Network' });
    expect(await names({})).toEqual(['First Network']);
    await call('cre:roster.update', { id, collaborator: { ...ANA, contacts: [], name: 'Renamed Network', languages: ['fr'] } });
    expect(await names({ text: 'renamed' })).toEqual(['Renamed Network']);
    expect(count(await find({}), 'language', 'fr')).toBe(1);
    await call('cre:roster.delete', { id });
    expect((await find({})).total).toBe(0);
    await call('cre:roster.restore', { id });
    expect((await find({})).total).toBe(1);

    core.vault.lock('user');
    await expect(find({})).rejects.toThrow(/locked/);
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(await names({})).toEqual(['Renamed Network']);
  });

  it('patches itself after repository writes from anywhere, and builds in full after invalidate or clear', async () => {
    const { core, add } = await rosterVault();
    await add({ name: 'Through the service' });
    const search = createRosterSearch(() => core.vault.openVault());
    const other = createRosterSearch(() => core.vault.openVault());
    expect([search.warm(), other.warm()]).toEqual(['built', 'built']);
    expect(search.warm()).toBe('fresh');
    const { db, vaultId } = core.vault.openVault();
    const stamp = { at: '2026-02-01T00:00:00.000Z', hlc: '1767225600000-00000-x', changedBy: vaultId };
    const { contacts: _contacts, ...fields } = { ...ANA, name: 'Written directly', contacts: [] };
    const parsed = { ...fields, vetting: { status: 'vetted' as const, vouchedBy: '', date: null, note: '' }, availability: { status: 'available' as const, until: null }, riskNotes: '', notes: '' };
    const record = { id: '01900000-0000-7000-8000-000000000001', fields: parsed, contacts: [], region: deriveRegion(parsed.countries) };
    const seq = insertCollaborator(db, record, stamp);
    expect(search.warm()).toBe('patched');
    expect(search.search({ text: 'directly', filters: {}, sort: 'name' }, 0, 10).total).toBe(1);
    markCollaboratorDeleted(db, record.id, stamp);
    expect(search.search({ text: 'directly', filters: {}, sort: 'name' }, 0, 10).total).toBe(0);
    // Each search keeps its own place in the journal: the first one catching up did not hide the changes from the second.
    expect(other.warm()).toBe('patched');
    expect(other.search({ text: 'directly', filters: {}, sort: 'name' }, 0, 10).total).toBe(0);
    // A write that rolls back is still named by the journal; reading its row again finds it unchanged.
    restoreCollaborator(db, record.id, stamp);
    expect(search.warm()).toBe('patched');
    expect(() =>
      db.transaction(() => {
        updateCollaborator(db, { ...record, seq, fields: { ...parsed, kind: 'network' } }, stamp);
        throw new Error('abandoned');
      })(),
    ).toThrow('abandoned');
    expect(search.warm()).toBe('patched');
    expect(count(search.search({ text: '', filters: {}, sort: 'name' }, 0, 10), 'kind', 'network')).toBe(0);
    search.invalidate();
    expect(search.warm()).toBe('built');
    search.clear();
    expect(search.warm()).toBe('built');
  });

  it('patches itself after rows from a bundle: a new collaborator, and a tombstone', async () => {
    const { core, add, names } = await rosterVault();
    const id = await add({ name: 'Known Here' });
    expect(await names({})).toEqual(['Known Here']);
    const { db } = core.vault.openVault();
    const row = readTravellingRow(db, 'collaborators', id)!;
    writeTravellingRow(db, 'collaborators', { ...row, id: '01900000-0000-7000-8000-000000000002', name: 'Arrived From A Peer', hlc: '1780000000000-00000-peer', changed_by: 'peer' });
    expect(await names({ text: 'peer' })).toEqual(['Arrived From A Peer']);
    const at = '2026-06-01T00:00:00.000Z';
    writeTravellingRow(db, 'collaborators', { id, updated_at: at, hlc: '1780000000001-00000-peer', changed_by: 'peer', deleted_at: at });
    expect(await names({})).toEqual(['Arrived From A Peer']);
  });
});

// The property test: random small rosters and random queries; the fast path must give exactly what the SQL gives.
const WORDS = ['São', 'Sao', 'paulo', 'Paulo', 'alpha', 'Alpha', 'ÉCOLE', 'ecole', 'forêt', 'Rede', 'red', 'near', 'NEAR'];
const COUNTRIES = ['BR', 'ML', 'FR', 'IN', 'KE', 'PE'];
const LANGUAGES = ['fr', 'pt', 'es', 'en'];
const TAGS = ['mining', 'Mining', 'water rights', 'légal'];

const wordsArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const rowArb = fc.record({
  name: wordsArb,
  notes: fc.oneof(fc.constant(''), wordsArb),
  kind: fc.constantFrom('community', 'cso', 'network', 'academic'),
  countries: fc.subarray(COUNTRIES, { maxLength: 3 }),
  levels: fc.subarray(['local', 'national', 'international'] as const),
  strategyAreas: fc.subarray(['advocacy', 'financial_research', 'media_campaigning'] as const),
  expertise: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 2, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }),
  languages: fc.subarray(LANGUAGES, { maxLength: 2 }),
  vetting: fc.constantFrom('proposed', 'vetted', 'paused'),
  availability: fc.constantFrom('available', 'limited'),
  updatedDay: fc.integer({ min: 1, max: 4 }),
  deleted: fc.boolean(),
});
const filterValues: Record<RosterFacet, readonly string[]> = {
  strategy: ['advocacy', 'financial_research', 'courts_complaints'],
  level: ['local', 'national', 'international'],
  region: ['africa', 'latin_america', 'global', 'asia'],
  country: [...COUNTRIES, 'XX'],
  language: LANGUAGES,
  kind: ['community', 'cso', 'network', 'academic', 'other'],
  vetting: ['proposed', 'vetted', 'paused'],
  availability: ['available', 'limited', 'unavailable'],
  tag: [...TAGS, 'MINING', 'none'],
};
const queryArb = fc.record({
  text: fc.oneof(fc.constant(''), wordsArb, fc.constantFrom('sa', 'é', 'a', 'for', '"', 'NEAR(', 'pa*', 'al -', 'x:y')),
  filters: fc.subarray([...ROSTER_FACETS], { maxLength: 3 }).chain((facets) =>
    fc.record(Object.fromEntries(facets.map((f) => [f, fc.subarray([...filterValues[f]], { minLength: 1, maxLength: 2 })])) as Record<string, fc.Arbitrary<string[]>>),
  ),
  sort: fc.constantFrom('name', 'updated', 'relevance'),
  offset: fc.integer({ min: 0, max: 6 }),
  limit: fc.integer({ min: 1, max: 8 }),
});

type RowSpec = (typeof rowArb) extends fc.Arbitrary<infer T> ? T : never;

/** Writes one generated row with id number `serial` (insert, or update when it exists), tombstoned when the row says so. */
function writeRow(db: WritableDB, vaultId: string, row: RowSpec, serial: number): void {
  const id = `01900000-0000-7000-8000-${serial.toString().padStart(12, '0')}`;
  const stamp = { at: `2026-01-0${row.updatedDay}T00:00:00.000Z`, hlc: `${serial}`, changedBy: vaultId };
  const fields = {
    name: row.name, kind: row.kind, countries: row.countries, levels: row.levels, strategyAreas: row.strategyAreas,
    expertise: row.expertise, languages: row.languages, vetting: { status: row.vetting, vouchedBy: '', date: null, note: '' },
    availability: { status: row.availability, until: null }, sharing: 'network' as const, riskNotes: '', notes: row.notes,
  };
  const record = { id, fields, contacts: [], region: deriveRegion(row.countries) };
  const seq = db.prepare('SELECT seq FROM collaborators WHERE id = ?').pluck().get(id) as number | undefined;
  if (seq === undefined) insertCollaborator(db, record, stamp);
  else {
    updateCollaborator(db, { ...record, seq }, stamp);
    restoreCollaborator(db, id, stamp);
  }
  if (row.deleted) markCollaboratorDeleted(db, id, stamp);
}

describe('roster search: fast path equals the SQL reference', () => {
  it('on random rosters and random queries', async () => {
    const { core } = await rosterVault();
    const { db, vaultId } = core.vault.openVault();
    const search = createRosterSearch(() => core.vault.openVault());
    // A limit of 3 sends larger text matches down the tiered relevance order, so both orders are held equal.
    const tiered = createRosterSearch(() => core.vault.openVault(), { relevanceLimit: 3 });
    let serial = 0;
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 14 }), fc.array(queryArb, { minLength: 1, maxLength: 6 }), (rows, queries) => {
        db.transaction(() => {
          db.exec('DELETE FROM collaborators');
          for (const row of rows) {
            serial += 1;
            writeRow(db, vaultId, row, serial);
          }
        })();
        // DELETE is not a repository write, so the journal does not name those rows: start the indexes afresh.
        search.invalidate();
        tiered.invalidate();
        for (const { offset, limit, ...query } of queries) {
          expect(search.search(query, offset, limit)).toEqual(searchRosterReference(db, query, offset, limit));
          expect(tiered.search(query, offset, limit)).toEqual(searchRosterReference(db, query, offset, limit, { relevanceLimit: 3 }));
        }
      }),
      { numRuns: 80, seed: 20260401 },
    );
  });

  it('after random small edits, each patched into the index of the roster before it', async () => {
    const { core } = await rosterVault();
    const { db, vaultId } = core.vault.openVault();
    const search = createRosterSearch(() => core.vault.openVault());
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 16 }), rowArb, queryArb), { minLength: 1, maxLength: 8 }),
        (rows, edits) => {
          db.exec('DELETE FROM collaborators');
          rows.forEach((row, k) => writeRow(db, vaultId, row, k + 1));
          search.invalidate();
          expect(search.warm()).toBe('built');
          for (const [serial, row, { offset, limit, ...query }] of edits) {
            // Serials past the first rows insert new collaborators; the others edit, tombstone or restore one.
            writeRow(db, vaultId, row, serial);
            expect(search.warm()).toBe('patched');
            expect(search.search(query, offset, limit)).toEqual(searchRosterReference(db, query, offset, limit));
          }
        },
      ),
      { numRuns: 60, seed: 20261129 },
    );
  });
});
