// Saved searches over the open vault: names are unique regardless of case; saving an existing name updates its query.
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import { rosterQuerySchema, type RosterQuery } from '../../../common/contract/roster.contract.js';
import type { SavedSearch } from '../../../common/contract/saved-searches.contract.js';
import type { WritableDB } from '../../../db/handles.js';
import {
  deleteSavedSearch,
  getSavedSearchByName,
  listSavedSearches,
  renameSavedSearch,
  upsertSavedSearch,
  type SavedSearchRow,
} from '../../../db/saved-searches.repo.js';

function rowToSavedSearch(row: SavedSearchRow): SavedSearch {
  return {
    id: row.id,
    name: row.name,
    // A stored query from an older app version is read leniently: unknown parts fall back to their defaults.
    query: rosterQuerySchema.catch(rosterQuerySchema.parse({})).parse(JSON.parse(row.query)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createSavedSearchesService(openDb: () => WritableDB, now: () => number) {
  const iso = () => new Date(now()).toISOString();
  return {
    list(): SavedSearch[] {
      return listSavedSearches(openDb()).map(rowToSavedSearch);
    },
    save(name: string, query: RosterQuery): SavedSearch {
      const db = openDb();
      const existing = getSavedSearchByName(db, name);
      const at = iso();
      const row: SavedSearchRow = {
        id: existing?.id ?? uuidv7(),
        name,
        query: JSON.stringify(rosterQuerySchema.parse(query)),
        created_at: existing?.created_at ?? at,
        updated_at: at,
      };
      upsertSavedSearch(db, row);
      return rowToSavedSearch(row);
    },
    rename(id: string, name: string): void {
      const db = openDb();
      const clash = getSavedSearchByName(db, name);
      if (clash && clash.id !== id) throw new CreFailure('conflict', 'A saved search with this name exists already.');
      if (!renameSavedSearch(db, id, name, iso())) throw new CreFailure('not_found', 'There is no such saved search.');
    },
    delete(id: string): void {
      if (!deleteSavedSearch(openDb(), id)) throw new CreFailure('not_found', 'There is no such saved search.');
    },
  };
}
