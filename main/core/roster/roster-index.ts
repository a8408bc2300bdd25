// The in-memory roster index: live collaborators as dense integers, their facet values, and bitsets to filter and count fast.
import { ROSTER_FACETS, type RosterFacet } from '../../../common/contract/roster.contract.js';
import type { ReadableDB } from '../../../db/handles.js';

/** A set of dense ids, one bit each, 32 to a word. */
export type Bitset = Uint32Array;

/** One facet: its values and, both ways round, which collaborators carry which value (compressed sparse rows). */
export interface FacetIndex {
  /** Value ids follow SQLite's BINARY order of the values, so sorting by id sorts the strings as the SQL version does. */
  readonly values: readonly string[];
  readonly valueIds: ReadonlyMap<string, number>;
  /** The values of dense id `r` are `rowValues[rowStart[r] .. rowStart[r + 1])`. */
  readonly rowStart: Int32Array;
  readonly rowValues: Int32Array;
  /** The members of value `v` are `valueRows[valueStart[v] .. valueStart[v + 1])`. */
  readonly valueStart: Int32Array;
  readonly valueRows: Int32Array;
}

export interface RosterIndex {
  /** Live collaborators; dense id = rank by name (NOCASE, then seq), so iterating a bitset in order is the name sort. */
  readonly size: number;
  readonly words: number;
  /** Dense id → seq (the collaborators table's rowid). */
  readonly seqOf: Int32Array;
  /** Seq → dense id, or -1 for a seq that is not live. */
  denseOf(seq: number): number;
  /** Dense ids, newest update first (ties by seq): the 'updated' sort. */
  byUpdated(): Int32Array;
  readonly facets: Readonly<Record<RosterFacet, FacetIndex>>;
  /** Every live collaborator. */
  readonly all: Bitset;
  /** Zeroes the typed arrays (strings cannot be wiped in JavaScript): for lock, so orders do not linger in memory. */
  wipe(): void;
}

export function emptyBitset(words: number): Bitset {
  return new Uint32Array(words);
}

export function setBit(bits: Bitset, id: number): void {
  bits[id >>> 5]! |= 1 << (id & 31);
}

export function hasBit(bits: Bitset, id: number): boolean {
  return ((bits[id >>> 5]! >>> (id & 31)) & 1) === 1;
}

/** `into &= other`, in place. */
export function andInto(into: Bitset, other: Bitset): void {
  for (let i = 0; i < into.length; i += 1) into[i]! &= other[i]!;
}

export function popcount(bits: Bitset): number {
  let total = 0;
  for (let i = 0; i < bits.length; i += 1) {
    let w = bits[i]!;
    w -= (w >>> 1) & 0x55555555;
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    total += (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
  }
  return total;
}

/** Calls `visit` for each member in increasing order; stops early when it returns false. */
export function forEachBit(bits: Bitset, visit: (id: number) => boolean | void): void {
  for (let i = 0; i < bits.length; i += 1) {
    let w = bits[i]!;
    while (w !== 0) {
      const lowest = w & -w;
      if (visit((i << 5) + 31 - Math.clz32(lowest)) === false) return;
      w ^= lowest;
    }
  }
}

/** The members of a bitset as an array, in increasing order. */
export function membersOf(bits: Bitset, count = popcount(bits)): Int32Array {
  const out = new Int32Array(count);
  let n = 0;
  for (let i = 0; i < bits.length; i += 1) {
    let w = bits[i]!;
    while (w !== 0) {
      const lowest = w & -w;
      out[n++] = (i << 5) + 31 - Math.clz32(lowest);
      w ^= lowest;
    }
  }
  return out;
}

/** The union of the members of the given values of one facet. */
export function unionOfValues(facet: FacetIndex, valueIds: readonly number[], words: number): Bitset {
  const bits = emptyBitset(words);
  for (const v of valueIds) {
    const end = facet.valueStart[v + 1]!;
    for (let k = facet.valueStart[v]!; k < end; k += 1) setBit(bits, facet.valueRows[k]!);
  }
  return bits;
}

function seqLookup(seqOf: Int32Array): (seq: number) => number {
  let maxSeq = 0;
  for (const seq of seqOf) if (seq > maxSeq) maxSeq = seq;
  // Seqs are handed out by SQLite as max + 1, so a flat table is small; a Map covers rowids set by hand far apart.
  if (maxSeq <= 4 * seqOf.length + 65_536) {
    const table = new Int32Array(maxSeq + 1).fill(-1);
    seqOf.forEach((seq, dense) => (table[seq] = dense));
    return (seq) => (seq >= 0 && seq < table.length ? table[seq]! : -1);
  }
  const map = new Map<number, number>();
  seqOf.forEach((seq, dense) => map.set(seq, dense));
  return (seq) => map.get(seq) ?? -1;
}

/** Reads a comma-separated list of integers (what group_concat gives) without making a string per number. */
function forEachInteger(list: string, visit: (value: number) => void): void {
  let value = 0;
  let digits = 0;
  for (let i = 0; i < list.length; i += 1) {
    const code = list.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits += 1;
    } else {
      if (digits > 0) visit(value);
      value = 0;
      digits = 0;
    }
  }
  if (digits > 0) visit(value);
}

function buildFacet(groups: readonly { value: string; seqs: string }[], denseOf: (seq: number) => number, size: number): FacetIndex {
  const values: string[] = [];
  const starts: number[] = [0];
  const members: number[] = [];
  for (const group of groups) {
    const before = members.length;
    forEachInteger(group.seqs, (seq) => {
      const dense = denseOf(seq);
      if (dense >= 0) members.push(dense);
    });
    // A value carried only by deleted collaborators does not exist for search.
    if (members.length === before) continue;
    values.push(group.value);
    starts.push(members.length);
  }
  const valueStart = Int32Array.from(starts);
  const valueRows = Int32Array.from(members);
  const rowStart = new Int32Array(size + 1);
  for (const dense of valueRows) rowStart[dense + 1]! += 1;
  for (let r = 0; r < size; r += 1) rowStart[r + 1]! += rowStart[r]!;
  const rowValues = new Int32Array(valueRows.length);
  const fill = rowStart.slice(0, size);
  for (let v = 0; v < values.length; v += 1) {
    for (let k = valueStart[v]!; k < valueStart[v + 1]!; k += 1) rowValues[fill[valueRows[k]!]!++] = v;
  }
  return { values, valueIds: new Map(values.map((value, id) => [value, id])), rowStart, rowValues, valueStart, valueRows };
}

/** Reads the live collaborators in name order and their facet values (two queries) and lays them out for bitset work. */
export function buildRosterIndex(db: ReadableDB): RosterIndex {
  const seqOf = Int32Array.from(
    db.prepare('SELECT seq FROM collaborators WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, seq').pluck().all() as number[],
  );
  const size = seqOf.length;
  const words = Math.ceil(size / 32);
  const denseOf = seqLookup(seqOf);
  let byUpdated: Int32Array | null = null;

  // One row per (facet, value): SQLite walks its primary key in (facet, value) order, BINARY collation, and joins the
  // seqs; far cheaper than a JavaScript row per (facet, value, collaborator).
  const groups = db
    .prepare('SELECT facet, value, group_concat(collaborator_seq) AS seqs FROM collaborator_facets GROUP BY facet, value ORDER BY facet, value')
    .all() as { facet: string; value: string; seqs: string }[];
  const facets = Object.fromEntries(
    ROSTER_FACETS.map((facet) => [facet, buildFacet(groups.filter((group) => group.facet === facet), denseOf, size)]),
  ) as Record<RosterFacet, FacetIndex>;
  const all = emptyBitset(words);
  for (let id = 0; id < size; id += 1) setBit(all, id);
  return {
    size,
    words,
    seqOf,
    denseOf,
    // Only the 'updated' sort needs it, and it costs a full table scan: read it on first use.
    byUpdated: () =>
      (byUpdated ??= Int32Array.from(
        db.prepare('SELECT seq FROM collaborators WHERE deleted_at IS NULL ORDER BY updated_at DESC, seq').pluck().all() as number[],
        (seq) => denseOf(seq),
      )),
    facets,
    all,
    wipe() {
      for (const array of [seqOf, all, byUpdated ?? new Int32Array(0)]) array.fill(0);
      for (const facet of Object.values(facets)) for (const array of [facet.rowStart, facet.rowValues, facet.valueStart, facet.valueRows]) array.fill(0);
    },
  };
}
