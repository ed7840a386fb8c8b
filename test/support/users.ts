// Users for tests through the dispatcher: an admin creates one with a first passphrase, the user
// replaces it at first unlock (as the app asks), and the session goes back to whoever set it up.
import type { Role } from '../../core/roles';
import type { testDispatcher } from './vault';

type T = ReturnType<typeof testDispatcher>;
type Login = { username: string; passphrase: string };

export async function signIn(t: T, username: string, passphrase: string): Promise<void> {
  await t.ok('session.lock', {});
  await t.ok('session.unlock', { username, passphrase });
}

/** Returns the new user's id; the session ends as `back`. */
export async function addUser(t: T, u: { username: string; roles: Role[]; passphrase: string }, back: Login): Promise<number> {
  const first = `${u.passphrase} (first)`;
  const created = await t.ok('users.create', { username: u.username, displayName: u.username.toUpperCase(), roles: u.roles, passphrase: first, passphraseRepeat: first });
  await signIn(t, u.username, first);
  await t.ok('session.changePassphrase', { current: first, next: u.passphrase, nextRepeat: u.passphrase });
  await signIn(t, back.username, back.passphrase);
  return created.id;
}
