// Prepared statements, compiled once per connection: the import runs the same few statements
// thousands of times.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './open';

type Statement = Database.Statement<unknown[]>;
const caches = new WeakMap<Db, Map<string, Statement>>();

export function stmt(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare<unknown[]>(sql);
    cache.set(sql, s);
  }
  return s;
}
