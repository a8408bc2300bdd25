// The search the app uses: facet filters and every facet's live counts from the in-memory index; SQLite only for text and the page shown.
import type { FacetCounts, ParsedRosterQuery, RosterFacet, RosterSearchResult } from '../../../common/contract/roster.contract.js';
import { ROSTER_FACETS } from '../../../common/contract/roster.contract.js';
import type { CollaboratorSummary } from '../../../common/roster/collaborator.schema.js';
import { searchWords } from '../../../common/roster/search-words.js';
import {
  getCollaboratorSummaries,
  matchCollaboratorNames,
  matchCollaboratorText,
  scoreCollaboratorText,
} from '../../../db/collaborator-search.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import { rowChangesSince, rowChangeVersion } from '../../../db/row-changes.js';
import { buildRosterIndex, patchRosterIndex } from './roster-index-build.js';
import {
  andInto,
  emptyBitset,
  forEachBit,
  hasBit,
  membersOf,
  popcount,
  setBit,
  unionOfValues,
  type Bitset,
  type FacetIndex,
  type RosterIndex,
} from './roster-index.js';
import { RELEVANCE_BM25_LIMIT, storedFilterValues, toFtsQuery, type RelevanceOptions } from './roster-search.js';

/** What one text query matched; the relevance order is computed only when asked for, then kept. */
interface TextMatch {
  bits: Bitset;
  /** Matching dense ids, best bm25 first (ties in name order). */
  byRelevance: Int32Array | null;
}

/** Typing and ticking facets repeat the same few texts: keep the last ones' matches. */
const TEXT_CACHE_ENTRIES = 8;

interface Session {
  db: ReadableDB;
  vaultId: string;
  /** The change journal's version the index reflects. */
  version: number;
  index: RosterIndex;
  texts: Map<string, TextMatch>;
  relevanceLimit: number;
}

export interface RosterSearch {
  search(query: ParsedRosterQuery, offset: number, limit: number): RosterSearchResult;
  /** Forget the index; the next search builds it in full. Writes through the repository need no call: its journal names them. */
  invalidate(): void;
  /** Drop everything held, record data included: call on lock. */
  clear(): void;
  /** Expertise tags in use that start with `prefix` (any case), most used first, each in its usual spelling, for autocomplete. */
  expertiseTags(prefix: string, limit: number): { tag: string; count: number }[];
  /** For the benchmark and tests: brings the index up to date now, and says how. */
  warm(): IndexUpdate;
  /** Runs `read` over the up-to-date index of the open vault (matching ranks collaborators from it). */
  withIndex<T>(read: (index: RosterIndex, db: ReadableDB) => T): T;
}

/** How a search found the index: up to date, patched after a few changed rows, or built in full. */
export type IndexUpdate = 'fresh' | 'patched' | 'built';

/** Up to this many changed rows, the index is patched; past it, built again in full (the patch reads them by seq). */
const PATCH_LIMIT = 5000;

/** Live matches among `seqs` (what an FTS query matched), as a bitset over dense ids. */
function liveMatches(session: Session, seqs: readonly number[]): Bitset {
  const { index } = session;
  const bits = emptyBitset(index.words);
  for (const seq of seqs) {
    const dense = index.denseOf(seq);
    if (dense >= 0) setBit(bits, dense);
  }
  return bits;
}

/** Dense ids of the matches, most relevant first: bm25 up to the limit, else name matches first (see RELEVANCE_BM25_LIMIT). */
function relevanceOrder(session: Session, fts: string, bits: Bitset): Int32Array {
  const { db, index } = session;
  const members = membersOf(bits);
  if (members.length > session.relevanceLimit) {
    const inName = liveMatches(session, matchCollaboratorNames(db, fts));
    andInto(inName, bits);
    const first = membersOf(inName);
    const rest = bits.slice();
    for (let i = 0; i < rest.length; i += 1) rest[i]! &= ~inName[i]!;
    const order = new Int32Array(members.length);
    order.set(first);
    order.set(membersOf(rest), first.length);
    return order;
  }
  const scores = new Float64Array(index.size);
  for (const [seq, score] of scoreCollaboratorText(db, fts)) {
    const dense = index.denseOf(seq);
    if (dense >= 0) scores[dense] = score;
  }
  // Dense ids are name ranks, so comparing them breaks score ties exactly as the SQL does (name NOCASE, then seq).
  return members.sort((a, b) => scores[a]! - scores[b]! || a - b);
}

function matchText(session: Session, fts: string, wantRelevance: boolean): TextMatch {
  let match = session.texts.get(fts);
  if (!match) {
    match = { bits: liveMatches(session, matchCollaboratorText(session.db, fts)), byRelevance: null };
    if (session.texts.size >= TEXT_CACHE_ENTRIES) session.texts.delete(session.texts.keys().next().value as string);
    session.texts.set(fts, match);
  }
  if (wantRelevance && match.byRelevance === null) match.byRelevance = relevanceOrder(session, fts, match.bits);
  return match;
}

/**
 * Adds, for each value of `facets`, how many members of `within` carry it. Walks whichever is smaller, the members or
 * the live collaborators outside them (then subtracts from each value's total), so no count walks more than half the roster.
 */
function countInto(index: RosterIndex, within: Bitset, facets: readonly RosterFacet[], counts: Map<RosterFacet, Int32Array>): void {
  if (facets.length === 0) return;
  const inside = popcount(within);
  const outside = index.size - inside;
  let ids: Int32Array;
  if (outside < inside) {
    const rest = index.all.slice();
    for (let i = 0; i < rest.length; i += 1) rest[i]! &= ~within[i]!;
    ids = membersOf(rest, outside);
  } else {
    ids = membersOf(within, inside);
  }
  const sign = outside < inside ? -1 : 1;
  for (const name of facets) {
    const { rowStart, rowValues, valueStart } = index.facets[name];
    const out = counts.get(name)!;
    if (sign < 0) for (let v = 0; v < out.length; v += 1) out[v] = valueStart[v + 1]! - valueStart[v]!;
    for (let m = 0; m < ids.length; m += 1) {
      const id = ids[m]!;
      const end = rowStart[id + 1]!;
      for (let k = rowStart[id]!; k < end; k += 1) out[rowValues[k]!]! += sign;
    }
  }
}

/** One facet's counts, most frequent first; `labels` (for tags, their usual spelling) replace the folded values. */
function countsToList(facet: FacetIndex, out: Int32Array, labels: readonly string[] = facet.values): { value: string; count: number }[] {
  const list: { id: number; count: number }[] = [];
  out.forEach((count, id) => {
    if (count > 0) list.push({ id, count });
  });
  // Most frequent first, then by value in SQLite's BINARY order (value ids follow it).
  list.sort((a, b) => b.count - a.count || a.id - b.id);
  return list.map(({ id, count }) => ({ value: labels[id]!, count }));
}

function pageIds(index: RosterIndex, match: Bitset, sort: ParsedRosterQuery['sort'], relevance: Int32Array | null, offset: number, limit: number): number[] {
  const ids: number[] = [];
  let skip = offset;
  const take = (id: number): boolean => {
    if (skip > 0) skip -= 1;
    else ids.push(id);
    return ids.length < limit;
  };
  const ordered = relevance ?? (sort === 'updated' ? index.byUpdated() : null);
  if (ordered === null) forEachBit(match, take);
  else for (let k = 0; k < ordered.length && ids.length < limit; k += 1) if (hasBit(match, ordered[k]!)) take(ordered[k]!);
  return ids;
}

function readPage(db: ReadableDB, index: RosterIndex, ids: readonly number[], words: readonly string[]): CollaboratorSummary[] {
  const seqs = ids.map((id) => index.seqOf[id]!);
  const bySeq = getCollaboratorSummaries(db, seqs, words);
  return seqs.flatMap((seq) => bySeq.get(seq) ?? []);
}

function runSearch(session: Session, query: ParsedRosterQuery, offset: number, limit: number): RosterSearchResult {
  const { index } = session;
  const fts = toFtsQuery(query.text);
  const relevance = query.sort === 'relevance' && fts !== null;
  const text = fts === null ? null : matchText(session, fts, relevance);
  const base = text?.bits ?? index.all;

  // One bitset per facet that has ticked values: OR within the facet.
  const filters = new Map<RosterFacet, Bitset>();
  for (const facet of ROSTER_FACETS) {
    const values = query.filters[facet];
    if (!values || values.length === 0) continue;
    const known = index.facets[facet].valueIds;
    const ids = storedFilterValues(facet, values).flatMap((value) => {
      const id = known.get(value);
      return id === undefined ? [] : [id];
    });
    filters.set(facet, unionOfValues(index.facets[facet], ids, index.words));
  }

  // AND across facets; a facet's own counts leave its own filter out.
  const withAllBut = (skip: RosterFacet | null): Bitset => {
    const bits = base.slice();
    for (const [facet, bitsOfFacet] of filters) if (facet !== skip) andInto(bits, bitsOfFacet);
    return bits;
  };
  const match = withAllBut(null);
  const counts = new Map<RosterFacet, Int32Array>(ROSTER_FACETS.map((facet) => [facet, new Int32Array(index.facets[facet].values.length)]));
  countInto(index, match, ROSTER_FACETS.filter((facet) => !filters.has(facet)), counts);
  for (const facet of filters.keys()) countInto(index, withAllBut(facet), [facet], counts);
  const facets: FacetCounts = {};
  for (const facet of ROSTER_FACETS) {
    facets[facet] = countsToList(index.facets[facet], counts.get(facet)!, facet === 'tag' ? index.tagLabels() : undefined);
  }

  const ids = pageIds(index, match, query.sort, relevance ? text?.byRelevance ?? null : null, offset, limit);
  return { total: popcount(match), items: readPage(session.db, index, ids, searchWords(query.text)), facets };
}

/**
 * The roster search of one unlocked vault. The index holds record data (names' order, facet values), so it lives only
 * while the session does: built for each connection, patched after the rows the repository's change journal names,
 * dropped by `clear`.
 */
export function createRosterSearch(openVault: () => { db: ReadableDB; vaultId: string }, options: RelevanceOptions = {}): RosterSearch {
  const relevanceLimit = options.relevanceLimit ?? RELEVANCE_BM25_LIMIT;
  let session: Session | null = null;

  function current(): { session: Session; update: IndexUpdate } {
    const { db, vaultId } = openVault();
    if (session && session.db === db && session.vaultId === vaultId) {
      const changes = rowChangesSince(db, 'collaborators', session.version, PATCH_LIMIT);
      if (changes.version === session.version) return { session, update: 'fresh' };
      session.texts.clear();
      const patched = changes.seqs === 'many' ? null : patchRosterIndex(db, session.index, changes.seqs);
      if (patched) {
        session.index.wipe();
        session.index = patched;
        session.version = changes.version;
        return { session, update: 'patched' };
      }
    }
    session?.index.wipe();
    session = null;
    const version = rowChangeVersion(db, 'collaborators');
    session = { db, vaultId, version, index: buildRosterIndex(db), texts: new Map(), relevanceLimit };
    return { session, update: 'built' };
  }

  return {
    search: (query, offset, limit) => runSearch(current().session, query, offset, limit),
    invalidate() {
      session = null;
    },
    clear() {
      if (session) {
        session.index.wipe();
        for (const match of session.texts.values()) {
          match.bits.fill(0);
          match.byRelevance?.fill(0);
        }
        session.texts.clear();
      }
      session = null;
    },
    warm: () => current().update,
    withIndex(read) {
      const { session: open } = current();
      return read(open.index, open.db);
    },
    expertiseTags(prefix, limit) {
      const { index } = current().session;
      const { values, valueStart } = index.facets.tag;
      const labels = index.tagLabels();
      const wanted = prefix.toLowerCase();
      const found: { id: number; count: number }[] = [];
      values.forEach((value, id) => {
        if (value.startsWith(wanted)) found.push({ id, count: valueStart[id + 1]! - valueStart[id]! });
      });
      // Value ids follow BINARY order, so ties come out as the SQL `ORDER BY count DESC, tag` would give them.
      found.sort((a, b) => b.count - a.count || a.id - b.id);
      return found.slice(0, limit).map(({ id, count }) => ({ tag: labels[id]!, count }));
    },
  };
}
