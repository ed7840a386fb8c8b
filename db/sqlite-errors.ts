// SQLite's errors that the user can act on, as error codes. SQLITE_CORRUPT (and its extended
// codes: a page that fails its authentication under SQLite3 Multiple Ciphers, a malformed b-tree)
// and SQLITE_NOTADB (no database under this key) mean the file is damaged: only restoring a
// backup helps. SQLITE_BUSY means another process held the write lock longer than the busy
// timeout (a long import batch): trying again later helps. better-sqlite3 raises them as
// SqliteError with that code.
import type { ErrorCode } from '../core/errors';

const DAMAGED = /^SQLITE_(CORRUPT|NOTADB)(_[A-Z]+)?$/;
const BUSY = /^SQLITE_BUSY(_[A-Z]+)?$/;

function sqliteCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

export function isDatabaseDamaged(error: unknown): boolean {
  return DAMAGED.test(sqliteCode(error) ?? '');
}

/** vault-corrupt or vault-busy for those SQLite errors; null for anything else. */
export function sqliteErrorCode(error: unknown): Extract<ErrorCode, 'vault-corrupt' | 'vault-busy'> | null {
  const code = sqliteCode(error) ?? '';
  if (DAMAGED.test(code)) return 'vault-corrupt';
  if (BUSY.test(code)) return 'vault-busy';
  return null;
}
