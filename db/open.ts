// Opens the encrypted vault database: SQLCipher v4 scheme with a raw 256-bit key (no second KDF).
import { chmodSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { BakenError } from '../core/errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index';

export type Db = Database.Database;

export function openDatabase(file: string, rawKey: Uint8Array, options: { create: boolean }): Db {
  if (rawKey.length !== 32) throw new Error('database key must be 32 bytes');
  const db = new Database(file, { fileMustExist: !options.create });
  try {
    applyKey(db, rawKey);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('temp_store = MEMORY');
    // 128 MiB page cache (grows only as used): pages evicted from a small cache must be decrypted
    // again, which made full-text search 2× slower than on a plain database.
    db.pragma('cache_size = -131072');
    db.pragma('synchronous = FULL');
    // The import worker has its own connection: writers wait for each other instead of failing.
    db.pragma('busy_timeout = 10000');
    migrate(db);
    if (options.create) chmodSync(file, 0o600);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** x'…' makes SQLite3 Multiple Ciphers use the bytes as the key itself, skipping PBKDF2. */
function rawKeyText(rawKey: Uint8Array): Buffer {
  if (rawKey.length !== 32) throw new Error('database key must be 32 bytes');
  return Buffer.from(`x'${Buffer.from(rawKey).toString('hex')}'`, 'latin1');
}

/** Sets the cipher scheme and key of a fresh connection and checks that the key reads the file. */
export function applyKey(db: Db, rawKey: Uint8Array): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.key(rawKeyText(rawKey));
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    throw new BakenError('vault-corrupt', 'the database cannot be read with this key');
  }
}

/**
 * A connection to a database file with none of the vault's settings (no pragma that writes, no
 * migration): for copies that must stay in rollback-journal mode (re-keying: SQLite3 Multiple
 * Ciphers cannot re-key a database in WAL mode), and, read-only, for `baken vault check`, where
 * SQLite refuses any write on the connection.
 */
export function openKeyedFile(file: string, rawKey: Uint8Array, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { fileMustExist: true, readonly: options.readonly === true });
  try {
    applyKey(db, rawKey);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Re-encrypts every page of a database in rollback-journal mode under a new raw key. */
export function rekeyFile(db: Db, rawKey: Uint8Array): void {
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal') throw new Error('cannot re-key in WAL mode');
  db.rekey(rawKeyText(rawKey));
}

export function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > SCHEMA_VERSION) throw new BakenError('vault-newer-version');
  for (let v = current; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step === undefined) throw new Error(`missing migration ${v + 1}`);
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
