// Writes an export (referral package, brief, backup) to removable media so that it is either
// whole and checked, or not there: temporary name, flushed, renamed, folder flushed, then read
// back and compared by SHA-256. A full or pulled medium gives a specific code and leaves no
// partial file under the final name (the temporary one is removed where the medium still lets us).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BakenError, type ErrorCode } from '../../core/errors';
import { hashFile } from './hash-file';
import { writeStreamAtomic } from './write-stream-atomic';

export type VerifiedFile = { path: string; fileName: string; size: number; sha256: string };

/** Maps a file system error on the medium to what the user can do about it. */
export function mediumErrorCode(error: unknown): ErrorCode {
  if (error instanceof BakenError) return error.code;
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'medium-full';
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EIO':
    case 'ENODEV':
    case 'ENXIO':
    case 'ESTALE':
      return 'medium-removed';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return 'medium-read-only';
    default:
      return 'write-failed';
  }
}

/** A medium that is gone cannot have the file removed either; there is nothing more to do then. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The medium is gone.
  }
}

export type WriteVerifiedOptions = {
  /**
   * Temporary files of earlier tries to remove: those of any file whose name starts with this
   * (default: the file name itself). Backups are named by the time, so a backup killed mid-write
   * leaves a temporary file no later backup of the same name would find.
   */
  leftoverPrefix?: string;
};

/**
 * Writes `source` as `directory/fileName`. Refuses to replace an existing file. Throws BakenError
 * with medium-unavailable, export-exists, medium-full, medium-removed, medium-read-only,
 * medium-verify-failed or write-failed.
 */
export async function writeVerified(
  directory: string,
  fileName: string,
  source: Uint8Array | AsyncIterable<Uint8Array>,
  options: WriteVerifiedOptions = {},
): Promise<VerifiedFile> {
  let isDir: boolean;
  try {
    isDir = statSync(directory).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new BakenError('medium-unavailable');
  const path = join(directory, fileName);
  if (existsSync(path)) throw new BakenError('export-exists');
  // A temporary file of this name left by a medium pulled out (or a process killed) during an earlier try.
  const prefix = `.${options.leftoverPrefix ?? `${fileName}.`}`;
  for (const leftover of readdirSync(directory)) {
    if (leftover.startsWith(prefix) && leftover.endsWith('.part')) removeQuietly(join(directory, leftover));
  }
  const h = createHash('sha256');
  async function* hashed(): AsyncGenerator<Uint8Array> {
    if (source instanceof Uint8Array) {
      h.update(source);
      yield source;
      return;
    }
    for await (const chunk of source) {
      h.update(chunk);
      yield chunk;
    }
  }
  let size: number;
  try {
    size = await writeStreamAtomic(path, hashed());
  } catch (error) {
    throw new BakenError(mediumErrorCode(error));
  }
  const sha256 = h.digest('hex');
  let back: { sha256: string; size: number };
  try {
    back = await hashFile(path);
  } catch (error) {
    removeQuietly(path);
    throw new BakenError(mediumErrorCode(error));
  }
  if (back.sha256 !== sha256 || back.size !== size) {
    removeQuietly(path);
    throw new BakenError('medium-verify-failed');
  }
  return { path, fileName, size, sha256 };
}
