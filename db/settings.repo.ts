// Key-value settings kept inside the encrypted vault (values are JSON).
import type { ReadableDB, WritableDB } from './handles.js';

interface SettingRow {
  value: string;
}

export function getSetting(db: ReadableDB, key: string): unknown {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as SettingRow | undefined;
  return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
}

export function setSetting(db: WritableDB, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

export function getVaultMeta(db: ReadableDB, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM vault_meta WHERE key = ?').get(key) as SettingRow | undefined;
  return row?.value;
}

export function setVaultMeta(db: WritableDB, key: string, value: string): void {
  db.prepare('INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
