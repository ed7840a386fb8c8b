// Creating and unlocking a vault. An OpenVault holds the database and the keys of one unlocked
// session; close() drops them.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { BakenError } from '../../core/errors';
import type { Role } from '../../core/roles';
import { openDatabase, type Db } from '../../db/open';
import { findUserByName, insertUser, recordLogin, type UserRecord } from '../../db/queries/users';
import { appendAudit, type AuditEvent } from '../audit/chain';
import { DEFAULT_KDF, type KdfParams, newHeader, readHeader, type VaultHeader, writeHeader } from './header';
import { generateWorkstationIdentities, storeIdentities, workstationRecipients } from './identities';
import { deriveSlotKey, openSlotVersioned, removeSlot, type SlotKey, type SlotVersion, writeSlot } from './keyslots';
import { vaultPaths } from './layout';
import { type OpenRegistration, registerOpen } from './open-registry';
import { finishInterruptedRekey } from './rekey';
import { deriveSubkey } from './subkeys';
import { clearThrottle, readThrottle, recordFailure, type ThrottleState, waitBeforeAttempt } from './throttle';

export type VaultClock = { now(): Date; sleep(ms: number): Promise<void> };
export const systemClock: VaultClock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class OpenVault {
  private vmk: Buffer;
  private auditKey: Buffer;
  private closed = false;
  private readonly openEntry: OpenRegistration;

  constructor(
    readonly dir: string,
    readonly header: VaultHeader,
    readonly db: Db,
    vmk: Buffer,
    private readonly clock: VaultClock,
  ) {
    this.vmk = vmk;
    this.auditKey = deriveSubkey(vmk, 'audit');
    this.openEntry = registerOpen(dir);
  }

  /** This handle's entry among the vault's open holders (re-keying must be the only one). */
  get registration(): string {
    return this.openEntry.token;
  }

  /** The same vault opened under a new VMK (after a re-key); takes ownership of `vmk`. */
  reopen(vmk: Buffer): OpenVault {
    const db = openDatabase(this.paths.database, deriveSubkey(vmk, 'database'), { create: false });
    return new OpenVault(this.dir, this.header, db, vmk, this.clock);
  }

  get paths() {
    return vaultPaths(this.dir);
  }

  now(): Date {
    return this.clock.now();
  }

  audit(event: AuditEvent): void {
    this.assertOpen();
    appendAudit(this.db, this.auditKey, event, this.clock.now());
  }

  auditMacKey(): Buffer {
    this.assertOpen();
    return this.auditKey;
  }

  /** The subkeys a worker thread needs to open its own connection; never the VMK itself. */
  workerKeys(): { database: Buffer; audit: Buffer; blobs: Buffer } {
    this.assertOpen();
    return { database: deriveSubkey(this.vmk, 'database'), audit: Buffer.from(this.auditKey), blobs: deriveSubkey(this.vmk, 'blobs') };
  }

  blobKey(): Buffer {
    this.assertOpen();
    return deriveSubkey(this.vmk, 'blobs');
  }

  /** Wraps the VMK for a user's new passphrase. Costs one KDF run. */
  async deriveSlot(username: string, passphrase: string): Promise<SlotKey> {
    return deriveSlotKey(this.header, username, passphrase);
  }

  writeSlot(key: SlotKey): void {
    this.assertOpen();
    writeSlot(this.paths.keyslots, key, this.vmk);
  }

  removeSlot(slotId: string): void {
    removeSlot(this.paths.keyslots, slotId);
  }

  isOpen(): boolean {
    return !this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.close();
    } finally {
      this.openEntry.release();
      // Best effort: JS cannot promise no copy remains, but the live buffers are wiped.
      this.vmk.fill(0);
      this.auditKey.fill(0);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new BakenError('not-authenticated');
  }
}

export type NewAdmin = { username: string; displayName: string; passphrase: string };

export async function createVault(
  dir: string,
  admin: NewAdmin,
  options: { kdf?: KdfParams; clock?: VaultClock } = {},
): Promise<{ vault: OpenVault; user: UserRecord }> {
  const clock = options.clock ?? systemClock;
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new BakenError('vault-exists');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const paths = vaultPaths(dir);
  const header = newHeader(options.kdf ?? DEFAULT_KDF);
  const vmk = randomBytes(32);
  const slot = await deriveSlotKey(header, admin.username, admin.passphrase);
  const identities = await generateWorkstationIdentities();
  const db = openDatabase(paths.database, deriveSubkey(vmk, 'database'), { create: true });
  const vault = new OpenVault(dir, header, db, vmk, clock);
  try {
    const now = clock.now().toISOString();
    const roles: Role[] = ['admin'];
    db.transaction(() => {
      storeIdentities(db, identities, now);
      const userId = insertUser(db, { username: admin.username, displayName: admin.displayName, roles, keyslotId: slot.slotId, mustChange: false, now });
      vault.audit({ actor: admin.username, action: 'vault.create', details: { kdf: header.kdf } });
      vault.audit({ actor: admin.username, action: 'user.create', target: admin.username, details: { roles } });
      vault.audit({ actor: admin.username, action: 'session.login' });
      recordLogin(db, userId, now);
    }).immediate();
    writeSlot(paths.keyslots, slot, vmk);
    // The header goes last: a vault without it is an unfinished creation, never half-usable.
    writeHeader(paths.header, header);
  } catch (error) {
    vault.close();
    throw error;
  }
  const user = findUserByName(db, admin.username);
  if (!user) throw new Error('admin user missing after creation');
  return { vault, user };
}

export function vaultExists(dir: string): boolean {
  return existsSync(vaultPaths(dir).header);
}

export type OpenedSlot = { header: VaultHeader; throttle: ThrottleState | null; slot: SlotKey; vmk: Buffer; version: SlotVersion };

/**
 * The first half of every unlock (also the read-only one of `baken vault check`): waits out any
 * throttle delay, runs the KDF once and opens the user's keyslot. A wrong name or passphrase is
 * counted and gives wrong-credentials.
 */
export async function openUserSlot(dir: string, username: string, passphrase: string, clock: VaultClock): Promise<OpenedSlot> {
  const paths = vaultPaths(dir);
  const header = readHeader(paths.header);
  const throttle = readThrottle(paths.throttle);
  const wait = waitBeforeAttempt(throttle, clock.now().getTime());
  if (wait > 0) await clock.sleep(wait);
  const slot = await deriveSlotKey(header, username, passphrase);
  const opened = openSlotVersioned(paths.keyslots, slot);
  if (!opened) {
    recordFailure(paths.throttle, clock.now().toISOString());
    throw new BakenError('wrong-credentials');
  }
  return { header, throttle, slot, ...opened };
}

/**
 * The active user the slot belongs to. A slot without its user (e.g. left by a crash during a
 * reset) opens nothing: counted as a failure, wrong-credentials.
 */
export function slotOwner(dir: string, db: Db, username: string, slot: SlotKey, clock: VaultClock): UserRecord {
  const user = findUserByName(db, username);
  if (!user || !user.active || user.keyslotId !== slot.slotId) {
    recordFailure(vaultPaths(dir).throttle, clock.now().toISOString());
    throw new BakenError('wrong-credentials');
  }
  return user;
}

/**
 * Unlocks with a user name and passphrase: waits out any throttle delay, runs the KDF once,
 * opens the matching keyslot and the database. Wrong names and wrong passphrases look the same.
 */
export async function unlockVault(
  dir: string,
  username: string,
  passphrase: string,
  options: { clock?: VaultClock } = {},
): Promise<{ vault: OpenVault; user: UserRecord }> {
  const clock = options.clock ?? systemClock;
  const paths = vaultPaths(dir);
  // Before the slot is read: a committed re-key swaps the keyslots in.
  finishInterruptedRekey(dir);
  const { header, throttle, slot, vmk, version } = await openUserSlot(dir, username, passphrase, clock);
  let db: Db;
  try {
    db = openDatabase(paths.database, deriveSubkey(vmk, 'database'), { create: false });
  } catch (error) {
    vmk.fill(0);
    throw error;
  }
  const vault = new OpenVault(dir, header, db, vmk, clock);
  // Whatever fails from here (a wrong user, a damaged page) closes the vault again: no keys stay.
  try {
    const user = slotOwner(dir, db, username, slot, clock);
    db.transaction(() => {
      if (throttle && throttle.failures > 0) {
        // Failed attempts cannot be written while locked; they are recorded at the next unlock.
        vault.audit({ actor: null, action: 'session.login-failed', details: { attempts: throttle.failures, first: throttle.first, last: throttle.last } });
      }
      vault.audit({ actor: user.username, action: 'session.login' });
      recordLogin(db, user.id, clock.now().toISOString());
    }).immediate();
    clearThrottle(paths.throttle);
    // An old-format slot becomes one that re-keying can seal a new VMK to (keyslots.ts says why).
    if (version === 1) writeSlot(paths.keyslots, slot, vmk);
    return { vault, user: findUserByName(db, username) ?? user };
  } catch (error) {
    vault.close();
    throw error;
  }
}

export { workstationRecipients };
