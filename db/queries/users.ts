// Users and their roles.
import type { Locale } from '../../core/errors';
import { isRole, type Role } from '../../core/roles';
import type { UserSummary } from '../../core/types';
import type { Db } from '../open';

type UserRow = {
  id: number;
  username: string;
  display_name: string;
  keyslot_id: string | null;
  active: number;
  must_change_passphrase: number;
  language: string;
  created_at: string;
  last_login_at: string | null;
};

export type UserRecord = UserSummary & { keyslotId: string | null; language: Locale };

function rolesOf(db: Db, userId: number): Role[] {
  const rows = db.prepare('SELECT role FROM user_roles WHERE user_id = ? ORDER BY role').pluck().all(userId) as string[];
  return rows.filter(isRole);
}

function toRecord(db: Db, row: UserRow): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: rolesOf(db, row.id),
    active: row.active === 1,
    mustChangePassphrase: row.must_change_passphrase === 1,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
    keyslotId: row.keyslot_id,
    language: row.language === 'en' ? 'en' : 'nl',
  };
}

export function toSummary(user: UserRecord): UserSummary {
  const { keyslotId: _k, language: _l, ...summary } = user;
  return summary;
}

export function findUserById(db: Db, id: number): UserRecord | null {
  const row = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toRecord(db, row) : null;
}

export function findUserByName(db: Db, username: string): UserRecord | null {
  const row = db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
  return row ? toRecord(db, row) : null;
}

export function listUsers(db: Db): UserRecord[] {
  const rows = db.prepare('SELECT * FROM users ORDER BY username').all() as UserRow[];
  return rows.map((r) => toRecord(db, r));
}

export function insertUser(
  db: Db,
  user: { username: string; displayName: string; roles: readonly Role[]; keyslotId: string; mustChange: boolean; now: string },
): number {
  const info = db
    .prepare(
      'INSERT INTO users (username, display_name, keyslot_id, must_change_passphrase, created_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(user.username, user.displayName, user.keyslotId, user.mustChange ? 1 : 0, user.now);
  const id = Number(info.lastInsertRowid);
  setRoles(db, id, user.roles);
  return id;
}

export function setRoles(db: Db, userId: number, roles: readonly Role[]): void {
  db.prepare('DELETE FROM user_roles WHERE user_id = ?').run(userId);
  const insert = db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
  for (const role of new Set(roles)) insert.run(userId, role);
}

export function setKeyslot(db: Db, userId: number, keyslotId: string | null, mustChange: boolean): void {
  db.prepare('UPDATE users SET keyslot_id = ?, must_change_passphrase = ? WHERE id = ?').run(
    keyslotId,
    mustChange ? 1 : 0,
    userId,
  );
}

export function deactivateUser(db: Db, userId: number): void {
  db.prepare('UPDATE users SET active = 0, keyslot_id = NULL WHERE id = ?').run(userId);
}

export function recordLogin(db: Db, userId: number, now: string): void {
  db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?').run(now, userId);
}

export function setLanguage(db: Db, userId: number, language: Locale): void {
  db.prepare('UPDATE users SET language = ? WHERE id = ?').run(language, userId);
}

export function countActiveAdmins(db: Db): number {
  return Number(
    db
      .prepare(
        `SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.active = 1 AND r.role = 'admin'`,
      )
      .pluck()
      .get(),
  );
}
