// Brings a vault's schema forward inside one transaction, and refuses a vault written by a newer app.
import { CreFailure } from '../common/contract/errors.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export function getSchemaVersion(db: ReadableDB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every pending migration up to `target` (default: latest) in one transaction. */
export function migrate(db: WritableDB, target: number = SCHEMA_VERSION, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = getSchemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new CreFailure(
      'vault_too_new',
      `This vault was written by a newer version of CRE Desktop (schema ${current}; this app knows up to ${latest}). Update the app to open it.`,
      { vaultSchema: current, appSchema: latest },
    );
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return getSchemaVersion(db);
}
