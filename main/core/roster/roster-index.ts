// The in-memory roster index: live collaborators as dense integers, their facet values, and bitsets to filter and count fast.
import type { RosterFacet } from '../../../common/contract/roster.contract.js';
import { listLiveCollaboratorSeqsByUpdated } from '../../../db/collaborator-search.repo.js';
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
  /** Tags exactly as written (the `tag` facet folds their case): which spellings are in use, and how often. */
  readonly tagSpellings: FacetIndex;
  /** For each value id of the `tag` facet, the spelling to show: the most used one, ties in BINARY order. */
  tagLabels(): readonly string[];
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

export function seqLookup(seqOf: Int32Array): (seq: number) => number {
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

/**
 * The spelling to show for each folded tag: among the spellings that fold to it, the one the most collaborators use;
 * on a tie the first in BINARY order ("CAO complaints" before "cao complaints"), as spelling ids follow that order.
 */
export function displaySpellings(tags: FacetIndex, spellings: FacetIndex): string[] {
  const labels = [...tags.values];
  const best = new Int32Array(tags.values.length);
  spellings.values.forEach((spelling, id) => {
    const tag = tags.valueIds.get(spelling.toLowerCase());
    if (tag === undefined) return;
    const uses = spellings.valueStart[id + 1]! - spellings.valueStart[id]!;
    if (uses > best[tag]!) {
      best[tag] = uses;
      labels[tag] = spelling;
    }
  });
  return labels;
}

/** The index object over a name order and its facets; `byUpdated` is read on first use (it costs a full table scan). */
export function assembleIndex(db: ReadableDB, seqOf: Int32Array, facets: Record<RosterFacet, FacetIndex>, tagSpellings: FacetIndex): RosterIndex {
  const size = seqOf.length;
  const words = Math.ceil(size / 32);
  const denseOf = seqLookup(seqOf);
  let byUpdated: Int32Array | null = null;
  let tagLabels: string[] | null = null;
  const all = emptyBitset(words);
  for (let id = 0; id < size; id += 1) setBit(all, id);
  return {
    size,
    words,
    seqOf,
    denseOf,
    // Only the 'updated' sort needs it, and it costs a full table scan: read it on first use.
    byUpdated: () => (byUpdated ??= Int32Array.from(listLiveCollaboratorSeqsByUpdated(db), (seq) => denseOf(seq))),
    facets,
    tagSpellings,
    tagLabels: () => (tagLabels ??= displaySpellings(facets.tag, tagSpellings)),
    all,
    wipe() {
      for (const array of [seqOf, all, byUpdated ?? new Int32Array(0)]) array.fill(0);
      for (const facet of [...Object.values(facets), tagSpellings]) for (const array of [facet.rowStart, facet.rowValues, facet.valueStart, facet.valueRows]) array.fill(0);
    },
  };
}
