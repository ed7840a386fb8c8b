// Folders an admin configured as import sources, beside the detected removable volumes.
import type { Db } from '../open';

export function listMediaFolders(db: Db): { path: string; label: string }[] {
  return db.prepare('SELECT path, label FROM media_folders ORDER BY label, path').all() as { path: string; label: string }[];
}

export function addMediaFolder(db: Db, path: string, label: string, now: string): void {
  db.prepare('INSERT OR IGNORE INTO media_folders (path, label, added_at) VALUES (?, ?, ?)').run(path, label, now);
}

export function removeMediaFolder(db: Db, path: string): number {
  return db.prepare('DELETE FROM media_folders WHERE path = ?').run(path).changes;
}
