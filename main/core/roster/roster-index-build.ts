// Building the in-memory roster index: in full from the collaborator rows, or by patching the previous one after a few changes.
import { ROSTER_FACETS, type RosterFacet } from '../../../common/contract/roster.contract.js';
import {
  getLiveCollaboratorFacets,
  iterateLiveCollaboratorFacets,
  listLiveCollaboratorSeqsByName,
  type CollaboratorFacetColumns,
} from '../../../db/collaborator-search.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import { assembleIndex, seqLookup, type FacetIndex, type RosterIndex } from './roster-index.js';

/** What the index lays out per row: the facets, and the tags as written (to show each tag in its usual spelling). */
type IndexedList = RosterFacet | 'tagSpelling';
const INDEXED_LISTS: readonly IndexedList[] = [...ROSTER_FACETS, 'tagSpelling'];

/** Each facet's values of one stored row; tags are counted lowercased, and kept as written beside. */
function facetValuesOfRow(row: CollaboratorFacetColumns): Record<IndexedList, readonly string[]> {
  return {
    strategy: row.strategyAreas,
    level: row.levels,
    region: [row.region],
    country: row.countries,
    language: row.languages,
    kind: [row.kind],
    vetting: [row.vettingStatus],
    availability: [row.availabilityStatus],
    tag: row.expertise.map((tag) => tag.toLowerCase()),
    tagSpelling: row.expertise,
  };
}

/** SQLite's BINARY collation compares UTF-8 bytes; JavaScript's `<` compares UTF-16 units, which differ past U+FFFF. */
function byUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Collects one facet's (row, value) pairs in any row order, then lays them out both ways round with values in BINARY order. */
class FacetBuilder {
  private readonly firstIds = new Map<string, number>();
  private readonly firstValues: string[] = [];
  private readonly pairRows: number[] = [];
  private readonly pairValues: number[] = [];

  addRow(dense: number, values: readonly string[]): void {
    const start = this.pairValues.length;
    for (const value of values) {
      const id = this.idOf(value);
      // A value twice in one row ("Land" and "land" as tags) counts once.
      if (this.pairValues.indexOf(id, start) >= 0) continue;
      this.pairRows.push(dense);
      this.pairValues.push(id);
    }
  }

  /** The builder's id for a value, added if new. */
  idOf(value: string): number {
    let id = this.firstIds.get(value);
    if (id === undefined) {
      id = this.firstValues.length;
      this.firstIds.set(value, id);
      this.firstValues.push(value);
    }
    return id;
  }

  build(size: number): FacetIndex {
    const order = this.firstValues.map((_, id) => id).sort((a, b) => byUtf8(this.firstValues[a]!, this.firstValues[b]!));
    const finalOf = new Int32Array(order.length);
    order.forEach((first, final) => (finalOf[first] = final));
    const values = order.map((first) => this.firstValues[first]!);
    const pairs = this.pairRows.length;
    const rowStart = new Int32Array(size + 1);
    for (let k = 0; k < pairs; k += 1) rowStart[this.pairRows[k]! + 1]! += 1;
    for (let r = 0; r < size; r += 1) rowStart[r + 1]! += rowStart[r]!;
    const rowValues = new Int32Array(pairs);
    const rowFill = rowStart.slice(0, size);
    for (let k = 0; k < pairs; k += 1) rowValues[rowFill[this.pairRows[k]!]!++] = finalOf[this.pairValues[k]!]!;
    const valueStart = new Int32Array(values.length + 1);
    for (let k = 0; k < pairs; k += 1) valueStart[rowValues[k]! + 1]! += 1;
    for (let v = 0; v < values.length; v += 1) valueStart[v + 1]! += valueStart[v]!;
    // Walking rows in dense order leaves each value's members sorted.
    const valueRows = new Int32Array(pairs);
    const valueFill = valueStart.slice(0, values.length);
    for (let r = 0; r < size; r += 1) {
      for (let k = rowStart[r]!; k < rowStart[r + 1]!; k += 1) valueRows[valueFill[rowValues[k]!]!++] = r;
    }
    return { values, valueIds: new Map(values.map((value, id) => [value, id])), rowStart, rowValues, valueStart, valueRows };
  }
}

function newBuilders(): Record<IndexedList, FacetBuilder> {
  return Object.fromEntries(INDEXED_LISTS.map((list) => [list, new FacetBuilder()])) as Record<IndexedList, FacetBuilder>;
}

function assemble(db: ReadableDB, seqOf: Int32Array, lists: Record<IndexedList, FacetIndex>): RosterIndex {
  const { tagSpelling, ...facets } = lists;
  return assembleIndex(db, seqOf, facets, tagSpelling);
}

function finish(db: ReadableDB, seqOf: Int32Array, builders: Record<IndexedList, FacetBuilder>): RosterIndex {
  return assemble(db, seqOf, Object.fromEntries(INDEXED_LISTS.map((list) => [list, builders[list].build(seqOf.length)])) as Record<IndexedList, FacetIndex>);
}

/**
 * Reads the live collaborators and lays them out for bitset work, in two passes: the name order from its index, then
 * the facet columns in rowid order, a sequential scan. One query in name order would visit the rows in random order,
 * decrypting most pages many times over.
 */
export function buildRosterIndex(db: ReadableDB): RosterIndex {
  const seqOf = listLiveCollaboratorSeqsByName(db);
  const denseOf = seqLookup(seqOf);
  const builders = newBuilders();
  for (const row of iterateLiveCollaboratorFacets(db)) {
    const dense = denseOf(row.seq);
    if (dense < 0) continue;
    const values = facetValuesOfRow(row);
    for (const list of INDEXED_LISTS) builders[list].addRow(dense, values[list]);
  }
  return finish(db, seqOf, builders);
}

/** Distinct values of one changed row, in first-seen order. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * One facet after a patch, in typed arrays only: a row either keeps its previous values (`previousRow[r]` ≥ 0) or
 * takes new ones (`changed[r]`). Values left with no member are dropped and the rest keep BINARY order, exactly as a
 * full build would lay them out.
 */
function patchFacet(previous: FacetIndex, previousRow: Int32Array, changed: readonly (readonly string[] | undefined)[]): FacetIndex {
  const size = previousRow.length;
  // Candidates: the previous values (ids 0..n-1, already in order), then values seen only in changed rows.
  const extra = new Map<string, number>();
  const candidateOf = (value: string): number => {
    const known = previous.valueIds.get(value);
    if (known !== undefined) return known;
    let id = extra.get(value);
    if (id === undefined) extra.set(value, (id = previous.values.length + extra.size));
    return id;
  };
  const rowStart = new Int32Array(size + 1);
  for (let r = 0; r < size; r += 1) {
    const before = previousRow[r]!;
    const length = before >= 0 ? previous.rowStart[before + 1]! - previous.rowStart[before]! : changed[r]!.length;
    rowStart[r + 1] = rowStart[r]! + length;
  }
  const candidates = new Int32Array(rowStart[size]!);
  for (let r = 0; r < size; r += 1) {
    const before = previousRow[r]!;
    let k = rowStart[r]!;
    if (before >= 0) for (let j = previous.rowStart[before]!; j < previous.rowStart[before + 1]!; j += 1) candidates[k++] = previous.rowValues[j]!;
    else for (const value of changed[r]!) candidates[k++] = candidateOf(value);
  }
  const candidateValues = [...previous.values, ...extra.keys()];
  const members = new Int32Array(candidateValues.length);
  for (let k = 0; k < candidates.length; k += 1) members[candidates[k]!]! += 1;
  const kept = candidateValues.map((_, c) => c).filter((c) => members[c]! > 0);
  kept.sort((a, b) => (a < previous.values.length && b < previous.values.length ? a - b : byUtf8(candidateValues[a]!, candidateValues[b]!)));
  const finalOf = new Int32Array(candidateValues.length).fill(-1);
  kept.forEach((c, final) => (finalOf[c] = final));
  const values = kept.map((c) => candidateValues[c]!);
  // Plain loops: Int32Array.from with a mapping function and for-of over typed arrays are many times slower here.
  const rowValues = new Int32Array(candidates.length);
  for (let k = 0; k < candidates.length; k += 1) rowValues[k] = finalOf[candidates[k]!]!;
  const valueStart = new Int32Array(values.length + 1);
  for (let k = 0; k < rowValues.length; k += 1) valueStart[rowValues[k]! + 1]! += 1;
  for (let v = 0; v < values.length; v += 1) valueStart[v + 1]! += valueStart[v]!;
  const valueRows = new Int32Array(rowValues.length);
  const fill = valueStart.slice(0, values.length);
  for (let r = 0; r < size; r += 1) for (let k = rowStart[r]!; k < rowStart[r + 1]!; k += 1) valueRows[fill[rowValues[k]!]!++] = r;
  return { values, valueIds: new Map(values.map((value, id) => [value, id])), rowStart, rowValues, valueStart, valueRows };
}

/**
 * The index after changes to the rows `changedSeqs` (created, edited, deleted or restored): the name order and the
 * changed rows' facet columns are read again, every other row keeps its values from `previous`. Null when a row that
 * did not change is missing from `previous`: the caller then builds in full.
 */
export function patchRosterIndex(db: ReadableDB, previous: RosterIndex, changedSeqs: ReadonlySet<number>): RosterIndex | null {
  const seqOf = listLiveCollaboratorSeqsByName(db);
  const size = seqOf.length;
  const changedRows = new Map<number, Record<IndexedList, readonly string[]>>();
  for (const row of getLiveCollaboratorFacets(db, changedSeqs)) changedRows.set(row.seq, facetValuesOfRow(row));
  const previousRow = new Int32Array(size);
  const changed: (Record<IndexedList, readonly string[]> | undefined)[] = new Array<undefined>(size);
  for (let dense = 0; dense < size; dense += 1) {
    const seq = seqOf[dense]!;
    const values = changedRows.get(seq);
    if (values) {
      previousRow[dense] = -1;
      changed[dense] = values;
      continue;
    }
    const before = previous.denseOf(seq);
    if (before < 0 || changedSeqs.has(seq)) return null;
    previousRow[dense] = before;
  }
  const before = (list: IndexedList): FacetIndex => (list === 'tagSpelling' ? previous.tagSpellings : previous.facets[list]);
  const lists = Object.fromEntries(
    INDEXED_LISTS.map((list) => [list, patchFacet(before(list), previousRow, changed.map((values) => values && distinct(values[list])))]),
  ) as Record<IndexedList, FacetIndex>;
  return assemble(db, seqOf, lists);
}
