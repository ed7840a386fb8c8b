// Re-keying the vault: a new VMK; the database copied and re-encrypted under its new key, every
// blob sealed again, every keyslot's VMK sealed again to its user's key, the audit chain MACed
// again. All of it is prepared in `rekey/` while the live vault stays untouched and write-locked.
// One flushed marker file is the commit point, after which the new files are swapped in. A crash
// before the marker leaves the old vault (the next unlock deletes the staging folder); a crash
// after it leaves the new one (the next unlock finishes the swap). Old files are overwritten
// before they are deleted.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BakenError } from '../../core/errors';
import type { RekeyProgress, RekeyResult } from '../../core/types';
import { allBlobRefs } from '../../db/queries/intake';
import { listUsers } from '../../db/queries/users';
import { openKeyedFile, rekeyFile } from '../../db/open';
import { appendAudit, rechainAudit } from '../audit/chain';
import { resealBlobs } from '../blobs/blob-reseal';
import { fsyncDir, writeFileAtomic } from '../fs/atomic-write';
import { acquireImportLock } from '../import/import-lock';
import { processAlive, readPidFile } from '../os/process-alive';
import { shredFile, shredPending } from '../retention/shred';
import { type SlotVersion, listSlotIds, resealSlot, slotVersion } from './keyslots';
import { vaultPaths } from './layout';
import { otherHolders } from './open-registry';
import { deriveSubkey } from './subkeys';
import type { OpenVault } from './vault';

export type RekeyProgressSink = (progress: RekeyProgress) => void;

const stagingPaths = (dir: string) => {
  const root = join(dir, 'rekey');
  return {
    root,
    owner: join(root, 'owner'),
    committed: join(root, 'COMMITTED'),
    database: join(root, 'baken.db'),
    keyslots: join(root, 'keyslots'),
    blobs: join(root, 'blobs'),
    old: join(root, 'old'),
  };
};

/** What is swapped, in this order; `old` receives the live item until it is destroyed. */
function swapItems(dir: string): { live: string; staged: string; old: string }[] {
  const live = vaultPaths(dir);
  const staged = stagingPaths(dir);
  return [
    { live: live.database, staged: staged.database, old: join(staged.old, 'baken.db') },
    { live: live.keyslots, staged: staged.keyslots, old: join(staged.old, 'keyslots') },
    { live: live.blobs, staged: staged.blobs, old: join(staged.old, 'blobs') },
  ];
}

function destroy(path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) destroy(join(path, entry));
    rmSync(path, { recursive: true, force: true });
  } else {
    shredFile(path);
  }
}

/**
 * Moves the staged files into place. Every step checks what is already done, so running it again
 * after a crash at any point finishes the same swap.
 */
function rollForward(dir: string): void {
  const staging = stagingPaths(dir);
  mkdirSync(staging.old, { recursive: true, mode: 0o700 });
  for (const item of swapItems(dir)) {
    if (!existsSync(item.staged)) continue;
    if (item.live === vaultPaths(dir).database) {
      // The old database's WAL must never be replayed into the new file.
      rmSync(`${item.live}-wal`, { force: true });
      rmSync(`${item.live}-shm`, { force: true });
    }
    if (existsSync(item.live)) {
      destroy(item.old);
      renameSync(item.live, item.old);
    }
    renameSync(item.staged, item.live);
    fsyncDir(dir);
  }
  destroy(staging.root);
  fsyncDir(dir);
}

export type InterruptedRekey = 'none' | 'rolled-back' | 'rolled-forward';

/** Whether a re-key was left half-done (the next unlock finishes or undoes it). */
export function rekeyInterrupted(dir: string): boolean {
  return existsSync(stagingPaths(dir).root);
}

/**
 * Run before opening a vault: finishes a committed re-key or removes an unfinished one. Refuses
 * while another live process is re-keying.
 */
export function finishInterruptedRekey(dir: string): InterruptedRekey {
  const staging = stagingPaths(dir);
  if (!existsSync(staging.root)) return 'none';
  const owner = readPidFile(staging.owner);
  if (owner !== null && owner !== process.pid && processAlive(owner)) throw new BakenError('vault-busy', 'the vault is being re-keyed');
  if (existsSync(staging.committed)) {
    rollForward(dir);
    return 'rolled-forward';
  }
  destroy(staging.root);
  fsyncDir(dir);
  return 'rolled-back';
}

/** The active users' keyslots and their formats (null: the slot file is missing or not one). */
function activeSlots(vault: OpenVault): { username: string; slotId: string; version: SlotVersion | null }[] {
  return listUsers(vault.db).flatMap((u) =>
    u.active && u.keyslotId !== null ? [{ username: u.username, slotId: u.keyslotId, version: slotVersion(vault.paths.keyslots, u.keyslotId) }] : [],
  );
}

/** Refuses when the vault cannot be re-keyed now: another holder, an old-format slot (an import: the import lock). */
function checkReady(vault: OpenVault, ownToken: string | null): void {
  if (otherHolders(vault.dir, ownToken) > 0) throw new BakenError('vault-busy', 'the vault is open in another process or window');
  const outdated = activeSlots(vault).filter((s) => s.version === 1).map((s) => s.username);
  if (outdated.length > 0) throw new BakenError('rekey-slot-outdated', `users to unlock once or reset first: ${outdated.join(', ')}`);
}

export type RekeyOptions = {
  actor: string;
  progress?: RekeyProgressSink;
  /** Fault tests: stop as a crash would, before the commit point or right after it. */
  stopAfter?: 'prepare' | 'commit';
};

/**
 * Re-keys an open vault. On success the given vault is closed and a new one, open under the new
 * VMK, is returned; on failure before the commit point the given vault is still open and unchanged.
 */
export async function rekeyVault(vault: OpenVault, options: RekeyOptions): Promise<{ vault: OpenVault | null; result: RekeyResult }> {
  checkReady(vault, vault.registration);
  const releaseImport = acquireImportLock(vault.dir);
  const staging = stagingPaths(vault.dir);
  try {
    // Outside the try below: a staging folder this run did not make is never deleted by its failure.
    finishInterruptedRekey(vault.dir);
    mkdirSync(staging.root, { mode: 0o700 });
  } catch (error) {
    releaseImport();
    throw error;
  }
  const newVmk = randomBytes(32);
  let committed = false;
  let locked = false;
  try {
    writeFileSync(staging.owner, String(process.pid), { mode: 0o600 });
    const oldKeys = vault.workerKeys();
    // Blobs a purge already condemned are destroyed under the old key first; the new store has none.
    shredPending(vault.db, vault.paths.blobs, oldKeys.blobs);
    // Holds the write lock until the swap: no other connection can change what is being copied.
    vault.db.exec('BEGIN IMMEDIATE');
    locked = true;

    options.progress?.({ phase: 'database', done: 0, total: 1 });
    const reader = openKeyedFile(vault.paths.database, oldKeys.database);
    try {
      reader.prepare('VACUUM INTO ?').run(staging.database);
    } finally {
      reader.close();
    }
    const copy = openKeyedFile(staging.database, oldKeys.database);
    let result: RekeyResult;
    try {
      copy.pragma('journal_mode = DELETE');
      rekeyFile(copy, deriveSubkey(newVmk, 'database'));
      copy.pragma('secure_delete = ON');
      const newAudit = deriveSubkey(newVmk, 'audit');
      const auditEntries = copy.transaction(() => rechainAudit(copy, oldKeys.audit, newAudit).entries).immediate();

      const refs = allBlobRefs(vault.db);
      const resealed = await resealBlobs(refs, { dir: vault.paths.blobs, key: oldKeys.blobs }, { dir: staging.blobs, key: deriveSubkey(newVmk, 'blobs') }, (done, total) =>
        options.progress?.({ phase: 'blobs', done, total }),
      );

      // Read under the write lock, so no user added meanwhile is left without a slot.
      const slots = activeSlots(vault).flatMap((s) => (s.version === 2 ? [s.slotId] : []));
      mkdirSync(staging.keyslots, { mode: 0o700 });
      for (const [i, slotId] of slots.entries()) {
        writeFileAtomic(join(staging.keyslots, `${slotId}.slot`), resealSlot(vault.paths.keyslots, slotId, newVmk));
        options.progress?.({ phase: 'keyslots', done: i + 1, total: slots.length });
      }
      if (listSlotIds(staging.keyslots).length !== slots.length) throw new Error('staged keyslots incomplete');
      result = { keyslots: slots.length, blobs: resealed.blobs, auditEntries };
      // The record of the re-key is part of the new vault, so it exists exactly when the new vault does.
      appendAudit(copy, newAudit, { actor: options.actor, action: 'vault.rekey', details: result }, vault.now());
    } finally {
      copy.close();
    }
    // The copy must open under the new key and be whole before anything depends on it.
    const check = openKeyedFile(staging.database, deriveSubkey(newVmk, 'database'));
    try {
      const status = String(check.pragma('quick_check', { simple: true }));
      if (status !== 'ok') throw new BakenError('vault-corrupt', 'the re-keyed copy failed its check');
    } finally {
      check.close();
    }
    fsyncDir(staging.root);
    if (options.stopAfter === 'prepare') {
      vault.db.exec('ROLLBACK');
      locked = false;
      newVmk.fill(0);
      return { vault: null, result };
    }

    writeFileAtomic(staging.committed, Buffer.from(`${JSON.stringify({ at: vault.now().toISOString() })}\n`));
    committed = true;
    vault.db.exec('ROLLBACK');
    locked = false;
    vault.close();
    if (options.stopAfter === 'commit') {
      newVmk.fill(0);
      return { vault: null, result };
    }

    options.progress?.({ phase: 'swap', done: 0, total: 1 });
    rollForward(vault.dir);
    options.progress?.({ phase: 'swap', done: 1, total: 1 });
    return { vault: vault.reopen(newVmk), result };
  } catch (error) {
    if (!committed) {
      if (locked && vault.isOpen()) vault.db.exec('ROLLBACK');
      destroy(staging.root);
      if (vault.isOpen()) {
        const code = error instanceof BakenError ? error.code : 'write-failed';
        vault.audit({ actor: options.actor, action: 'vault.rekey-failed', details: { code } });
      }
    }
    newVmk.fill(0);
    throw error;
  } finally {
    releaseImport();
  }
}
