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

/** The columns a row's facet values come from, in the order `facetValuesOfRow` reads them. */
const FACET_COLUMNS = 'seq, strategy_areas, levels, region, countries, languages, kind, vetting_status, availability_status, expertise';
type FacetRow = [seq: number, strategy: string, levels: string, region: string, countries: string, languages: string, kind: string, vetting: string, availability: string, expertise: string];

/** Each facet's values of one stored row; multi-valued columns are JSON lists, tags are counted lowercased. */
function facetValuesOfRow(row: FacetRow): Record<RosterFacet, readonly string[]> {
  const list = (json: string) => JSON.parse(json) as string[];
  return {
    strategy: list(row[1]),
    level: list(row[2]),
    region: [row[3]],
    country: list(row[4]),
    language: list(row[5]),
    kind: [row[6]],
    vetting: [row[7]],
    availability: [row[8]],
    tag: list(row[9]).map((tag) => tag.toLowerCase()),
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
      let id = this.firstIds.get(value);
      if (id === undefined) {
        id = this.firstValues.length;
        this.firstIds.set(value, id);
        this.firstValues.push(value);
      }
      // A value twice in one row ("Land" and "land" as tags) counts once.
      if (this.pairValues.indexOf(id, start) >= 0) continue;
      this.pairRows.push(dense);
      this.pairValues.push(id);
    }
  }

  build(size: number): FacetIndex {
    const order = this.firstValues.map((_, id) => id).sort((a, b) => byUtf8(this.firstValues[a]!, this.firstValues[b]!));
    const finalOf = new Int32Array(order.length);
    order.forEach((first, final) => (finalOf[first] = final));
    const values = order.map((first) => this.firstValues[first]!);
    const pairs = this.pairRows.length;
    const rowStart = new Int32Array(size + 1);
    for (const dense of this.pairRows) rowStart[dense + 1]! += 1;
    for (let r = 0; r < size; r += 1) rowStart[r + 1]! += rowStart[r]!;
    const rowValues = new Int32Array(pairs);
    const rowFill = rowStart.slice(0, size);
    for (let k = 0; k < pairs; k += 1) rowValues[rowFill[this.pairRows[k]!]!++] = finalOf[this.pairValues[k]!]!;
    const valueStart = new Int32Array(values.length + 1);
    for (const v of rowValues) valueStart[v + 1]! += 1;
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

/**
 * Reads the live collaborators and lays them out for bitset work, in two passes: the name order from its index (the
 * index holds name and rowid, so no row is visited), then the facet columns in rowid order, a sequential scan. One
 * query in name order would visit the rows in random order, decrypting most pages many times over.
 */
export function buildRosterIndex(db: ReadableDB): RosterIndex {
  const seqOf = Int32Array.from(
    db.prepare('SELECT seq FROM collaborators WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, seq').pluck().all() as number[],
  );
  const size = seqOf.length;
  const words = Math.ceil(size / 32);
  const denseOf = seqLookup(seqOf);
  let byUpdated: Int32Array | null = null;
  const builders = Object.fromEntries(ROSTER_FACETS.map((facet) => [facet, new FacetBuilder()])) as Record<RosterFacet, FacetBuilder>;
  const rows = db.prepare(`SELECT ${FACET_COLUMNS} FROM collaborators WHERE deleted_at IS NULL`).raw().iterate() as IterableIterator<FacetRow>;
  for (const row of rows) {
    const dense = denseOf(row[0]);
    if (dense < 0) continue;
    const values = facetValuesOfRow(row);
    for (const facet of ROSTER_FACETS) builders[facet].addRow(dense, values[facet]);
  }
  const facets = Object.fromEntries(ROSTER_FACETS.map((facet) => [facet, builders[facet].build(size)])) as Record<RosterFacet, FacetIndex>;
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
