// Saved roster searches: a name and the query as JSON.
import type { ReadableDB, WritableDB } from './handles.js';

export interface SavedSearchRow {
  id: string;
  name: string;
  query: string;
  created_at: string;
  updated_at: string;
}

export function listSavedSearches(db: ReadableDB): SavedSearchRow[] {
  return db.prepare('SELECT * FROM saved_searches ORDER BY name COLLATE NOCASE').all() as SavedSearchRow[];
}

export function getSavedSearchByName(db: ReadableDB, name: string): SavedSearchRow | undefined {
  return db.prepare('SELECT * FROM saved_searches WHERE name = ? COLLATE NOCASE').get(name) as SavedSearchRow | undefined;
}

export function upsertSavedSearch(db: WritableDB, row: SavedSearchRow): void {
  db.prepare(
    `INSERT INTO saved_searches (id, name, query, created_at, updated_at) VALUES (@id, @name, @query, @created_at, @updated_at)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, query = excluded.query, updated_at = excluded.updated_at`,
  ).run(row);
}

export function renameSavedSearch(db: WritableDB, id: string, name: string, at: string): boolean {
  return db.prepare('UPDATE saved_searches SET name = ?, updated_at = ? WHERE id = ?').run(name, at, id).changes === 1;
}

export function deleteSavedSearch(db: WritableDB, id: string): boolean {
  return db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes === 1;
}
