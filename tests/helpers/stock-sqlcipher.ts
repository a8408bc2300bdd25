// Opens a database with stock SQLCipher 4 (@journeyapps/sqlcipher), independent of the app's own driver.
import sqlcipher from '@journeyapps/sqlcipher';

export interface StockDatabase {
  get<T>(sql: string): Promise<T | undefined>;
  all<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

/** `keyLiteral` is the SQL literal given to PRAGMA key: `"x'<hex>'"` for a raw key, or a quoted passphrase. */
export function openWithStockSqlcipher(file: string, keyLiteral: string): Promise<StockDatabase> {
  return new Promise((resolve, reject) => {
    const db = new sqlcipher.Database(file, (openError) => {
      if (openError) return reject(openError);
      // Serialized mode for good: every later query waits for the key pragma.
      db.serialize();
      db.run('PRAGMA cipher_log_level = NONE');
      db.run('PRAGMA cipher_compatibility = 4');
      db.run(`PRAGMA key = ${keyLiteral}`);
      resolve({
        get: <T>(sql: string) =>
          new Promise<T | undefined>((res, rej) => db.get(sql, (error: Error | null, row: T) => (error ? rej(error) : res(row)))),
        all: <T>(sql: string) =>
          new Promise<T[]>((res, rej) => db.all(sql, (error: Error | null, rows: T[]) => (error ? rej(error) : res(rows)))),
        close: () => new Promise<void>((res, rej) => db.close((error) => (error ? rej(error) : res()))),
      });
    });
  });
}

export function rawKeyLiteral(key: Uint8Array): string {
  return `"x'${Buffer.from(key).toString('hex')}'"`;
}
