// An unencrypted copy of a vault database, for benchmarks that compare encrypted with plain.
import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../db/open';
import { migrate } from '../../db/open';

/** The vault's own pragmas (db/open.ts), without a key. */
export function openPlain(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -131072');
  migrate(db);
  return db;
}

/**
 * An unencrypted copy of the vault database, table by table (the FTS5 shadow tables too, so the
 * index is the same, segment for segment): the schema from the same migrations, then the rows
 * through ATTACH … KEY '' (SQLite3 Multiple Ciphers has no sqlcipher_export).
 */
export function plainCopy(enc: Db, file: string): Db {
  openPlain(file).close();
  const tables = enc
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'`)
    .pluck()
    .all() as string[];
  enc.prepare(`ATTACH DATABASE ? AS plain KEY ''`).run(file);
  try {
    enc.unsafeMode(true); // better-sqlite3's defensive mode forbids writing FTS5 shadow tables
    enc.pragma('foreign_keys = OFF');
    enc.transaction(() => {
      for (const t of tables) {
        // Generated columns (hidden 2 or 3) are computed, never inserted.
        const cols = (enc.prepare(`SELECT name, hidden FROM pragma_table_xinfo(?)`).all(t) as { name: string; hidden: number }[])
          .filter((c) => c.hidden !== 2 && c.hidden !== 3)
          .map((c) => `"${c.name}"`)
          .join(', ');
        enc.exec(`DELETE FROM plain."${t}"; INSERT INTO plain."${t}" (${cols}) SELECT ${cols} FROM main."${t}";`);
      }
    })();
  } finally {
    enc.unsafeMode(false);
    enc.pragma('foreign_keys = ON');
    enc.exec('DETACH DATABASE plain');
  }
  return openPlain(file);
}

