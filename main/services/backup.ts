// Backups as use cases (admins): the whole vault as one age-encrypted file on removable media,
// written with write-verify and audited; to the configured backup recipients, to recipients
// given on the command line, or to a passphrase. Verifying and restoring a backup need no open
// vault (main/backup/backup-archive.ts; the CLI calls them directly).
import { BakenError } from '../../core/errors';
import type { BackupResult } from '../../core/ipc/contract';
import { type AgeRecipients, MIN_SCRYPT_LOG_N } from '../bundle/age-stream';
import { checkAgeRecipients } from '../bundle/age-recipient';
import { backupStream, snapshotVault } from '../backup/backup-archive';
import { writeVerified } from '../fs/write-verified';
import { acquireImportLock } from '../import/import-lock';
import type { ServiceContext } from './context';
import { type RecipientSetting, readRecipients, storeRecipients } from './recipient-settings';
import type { ImportService } from './imports';
import type { ActiveSession } from './session';

const RECIPIENTS: RecipientSetting = { key: 'backup.recipients', auditAction: 'backup.recipients' };
/** A backup passphrase protects everything; the work factor is age's default. */
const BACKUP_SCRYPT_LOG_N = 18;
export const MIN_BACKUP_PASSPHRASE = 16;

function requireAdmin(s: ActiveSession): void {
  if (!s.user.roles.includes('admin')) throw new BakenError('forbidden');
}

export function backupRecipients(s: ActiveSession): string[] {
  requireAdmin(s);
  return readRecipients(s, RECIPIENTS);
}

export function setBackupRecipients(s: ActiveSession, list: string[]): string[] {
  requireAdmin(s);
  return storeRecipients(s, RECIPIENTS, list);
}

const BACKUP_PREFIX = 'baken-backup-';

function fileName(now: Date): string {
  return `${BACKUP_PREFIX}${now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.tar.age`;
}

/** Progress events at most every MiB, and at the end, so a large vault does not flood the window. */
function progressEvents(ctx: ServiceContext): (bytesDone: number, bytesTotal: number) => void {
  let last = -Infinity;
  return (bytesDone, bytesTotal) => {
    if (bytesDone - last < 1024 * 1024 && bytesDone < bytesTotal) return;
    last = bytesDone;
    ctx.emit('backup.progress', { bytesDone, bytesTotal });
  };
}

export type CreateBackupInput = { directory?: string | undefined; recipients?: string[] | undefined; passphrase?: string | undefined };

export async function createBackup(ctx: ServiceContext, s: ActiveSession, imports: ImportService, input: CreateBackupInput): Promise<BackupResult> {
  requireAdmin(s);
  if (imports.busy()) throw new BakenError('import-busy');
  let to: AgeRecipients;
  if (input.passphrase !== undefined) {
    if (input.passphrase.length < MIN_BACKUP_PASSPHRASE) throw new BakenError('backup-passphrase-short');
    to = { passphrase: input.passphrase, scryptLogN: Math.max(MIN_SCRYPT_LOG_N, BACKUP_SCRYPT_LOG_N) };
  } else {
    const list = input.recipients && input.recipients.length > 0 ? checkAgeRecipients(input.recipients) : backupRecipients(s);
    if (list.length === 0) throw new BakenError('backup-no-recipients');
    to = { recipients: list };
  }
  const directory = input.directory ?? (await ctx.platform.chooseExportDirectory());
  if (!directory) throw new BakenError('medium-unavailable');
  const now = s.vault.now();
  // The import lock, across processes: no import, re-key, purge or recovery sweep of another
  // process changes the blob store while it is copied, and none takes this snapshot for debris.
  const release = acquireImportLock(s.vault.dir);
  let file: Awaited<ReturnType<typeof writeVerified>>;
  let files: number;
  try {
    const snapshot = await snapshotVault(s.vault, s.user.username);
    files = snapshot.manifest.files.length;
    try {
      // Backups are named by the time: any backup's temporary file a killed try left goes.
      file = await writeVerified(directory, fileName(now), backupStream(snapshot, to, progressEvents(ctx)), { leftoverPrefix: BACKUP_PREFIX });
    } catch (error) {
      const code = error instanceof BakenError ? error.code : 'write-failed';
      if (s.vault.db.open) s.vault.audit({ actor: s.user.username, action: 'backup.failed', details: { code } });
      throw error instanceof BakenError ? error : new BakenError('write-failed');
    } finally {
      snapshot.cleanup();
    }
  } finally {
    release();
  }
  s.vault.audit({
    actor: s.user.username,
    action: 'backup.create',
    details: { fileName: file.fileName, size: file.size, sha256: file.sha256, files, to: 'passphrase' in to ? 'passphrase' : `${to.recipients.length} recipients` },
  });
  return { fileName: file.fileName, directory, size: file.size, sha256: file.sha256, files };
}
