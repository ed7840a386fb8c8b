// User accounts: create, roles, passphrase change and reset, deactivation. Admin-only parts are
// gated by the dispatcher; the invariants (last admin, policy) are enforced here.
import { BakenError } from '../../core/errors';
import type { Role } from '../../core/roles';
import type { UserSummary } from '../../core/types';
import { USERNAME_PATTERN, normaliseUsername } from '../../core/usernames';
import {
  countActiveAdmins,
  deactivateUser,
  findUserById,
  findUserByName,
  insertUser,
  listUsers,
  setKeyslot,
  setRoles,
  toSummary,
  type UserRecord,
} from '../../db/queries/users';
import { assertAcceptablePassphrase } from '../security/passphrase-check';
import { deriveSlotKey, openSlot } from '../vault/keyslots';
import type { ActiveSession } from './session';

export function validUsername(raw: string): string {
  const username = normaliseUsername(raw);
  if (!USERNAME_PATTERN.test(username)) throw new BakenError('username-invalid');
  return username;
}

export function checkNewPassphrase(passphrase: string, repeat: string, username: string): void {
  if (passphrase !== repeat) throw new BakenError('passphrase-mismatch');
  assertAcceptablePassphrase(passphrase, { username });
}

function requireUser(session: ActiveSession, userId: number): UserRecord {
  const user = findUserById(session.vault.db, userId);
  if (!user) throw new BakenError('user-not-found');
  return user;
}

export function listAllUsers(session: ActiveSession): UserSummary[] {
  return listUsers(session.vault.db).map(toSummary);
}

export async function createUser(
  session: ActiveSession,
  input: { username: string; displayName: string; roles: Role[]; passphrase: string; passphraseRepeat: string },
): Promise<UserSummary> {
  const { vault, user: admin } = session;
  const username = validUsername(input.username);
  if (input.roles.length === 0) throw new BakenError('roles-required');
  checkNewPassphrase(input.passphrase, input.passphraseRepeat, username);
  if (findUserByName(vault.db, username)) throw new BakenError('user-exists');
  const slot = await vault.deriveSlot(username, input.passphrase);
  vault.writeSlot(slot);
  try {
    vault.db.transaction(() => {
      insertUser(vault.db, {
        username,
        displayName: input.displayName,
        roles: input.roles,
        keyslotId: slot.slotId,
        // The admin chose this passphrase, so the user replaces it at first unlock.
        mustChange: true,
        now: vault.now().toISOString(),
      });
      vault.audit({ actor: admin.username, action: 'user.create', target: username, details: { roles: input.roles } });
    }).immediate();
  } catch (error) {
    vault.removeSlot(slot.slotId);
    throw error;
  }
  const created = findUserByName(vault.db, username);
  if (!created) throw new Error('user missing after insert');
  return toSummary(created);
}

export function changeRoles(session: ActiveSession, userId: number, roles: Role[]): UserSummary {
  const { vault, user: admin } = session;
  const target = requireUser(session, userId);
  if (roles.length === 0) throw new BakenError('roles-required');
  const losesAdmin = target.roles.includes('admin') && !roles.includes('admin');
  vault.db.transaction(() => {
    if (losesAdmin && target.active && countActiveAdmins(vault.db) <= 1) throw new BakenError('last-admin');
    setRoles(vault.db, userId, roles);
    vault.audit({ actor: admin.username, action: 'user.roles', target: target.username, details: { from: target.roles, to: roles } });
  }).immediate();
  return toSummary(requireUser(session, userId));
}

export async function resetPassphrase(
  session: ActiveSession,
  input: { userId: number; passphrase: string; passphraseRepeat: string },
): Promise<UserSummary> {
  const { vault, user: admin } = session;
  const target = requireUser(session, input.userId);
  if (!target.active) throw new BakenError('user-not-found');
  checkNewPassphrase(input.passphrase, input.passphraseRepeat, target.username);
  await replaceSlot(session, target, input.passphrase, true);
  vault.audit({ actor: admin.username, action: 'user.reset-passphrase', target: target.username });
  return toSummary(requireUser(session, target.id));
}

/** Checks the signed-in user's passphrase against their own slot (one KDF run); wrong-credentials otherwise. */
export async function confirmOwnPassphrase(session: ActiveSession, passphrase: string): Promise<void> {
  const { vault, user } = session;
  const key = await deriveSlotKey(vault.header, user.username, passphrase);
  const vmk = key.slotId === user.keyslotId ? openSlot(vault.paths.keyslots, key) : null;
  if (!vmk) throw new BakenError('wrong-credentials');
  vmk.fill(0);
}

export async function changeOwnPassphrase(
  session: ActiveSession,
  input: { current: string; next: string; nextRepeat: string },
): Promise<void> {
  const { vault, user } = session;
  await confirmOwnPassphrase(session, input.current);
  checkNewPassphrase(input.next, input.nextRepeat, user.username);
  if (input.next === input.current) throw new BakenError('passphrase-common', 'the new passphrase must differ from the current one');
  await replaceSlot(session, user, input.next, false);
  vault.audit({ actor: user.username, action: 'user.change-passphrase', target: user.username });
}

/** New slot first, then the database points at it, then the old slot goes: a crash leaves one that works. */
async function replaceSlot(session: ActiveSession, target: UserRecord, passphrase: string, mustChange: boolean): Promise<void> {
  const { vault } = session;
  const slot = await vault.deriveSlot(target.username, passphrase);
  vault.writeSlot(slot);
  try {
    setKeyslot(vault.db, target.id, slot.slotId, mustChange);
  } catch (error) {
    vault.removeSlot(slot.slotId);
    throw error;
  }
  if (target.keyslotId && target.keyslotId !== slot.slotId) vault.removeSlot(target.keyslotId);
}

export function deactivate(session: ActiveSession, userId: number): UserSummary {
  const { vault, user: admin } = session;
  const target = requireUser(session, userId);
  if (target.id === admin.id) throw new BakenError('forbidden', 'an admin cannot deactivate their own account');
  vault.db.transaction(() => {
    if (target.roles.includes('admin') && target.active && countActiveAdmins(vault.db) <= 1) throw new BakenError('last-admin');
    deactivateUser(vault.db, userId);
    vault.audit({ actor: admin.username, action: 'user.deactivate', target: target.username });
  }).immediate();
  if (target.keyslotId) vault.removeSlot(target.keyslotId);
  return toSummary(requireUser(session, userId));
}
