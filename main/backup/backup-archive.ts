// The vault as one backup file: a tar of the vault's own files — the header, the keyslots, a
// consistent copy of the database (VACUUM INTO, which SQLite3 Multiple Ciphers writes encrypted
// with the database's key) and the blob store — led by a manifest of every file's size and
// SHA-256, the whole encrypted with age (to backup recipients or a passphrase). Everything in the
// tar is ciphertext already; age hides even the file names and sizes. Users and their passphrases
// come back with a restore, because the keyslots do.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { BakenError } from '../../core/errors';
import { SCHEMA_VERSION } from '../../db/migrations';
import { type AgeKeys, type AgeRecipients, decryptAge, encryptAge } from '../bundle/age-stream';
import { type TarInputEntry, readTar, writeTar } from '../bundle/tar';
import { fsyncDir } from '../fs/atomic-write';
import { hashFile } from '../fs/hash-file';
import { vaultPaths } from '../vault/layout';
import type { OpenVault } from '../vault/vault';

export const BACKUP_FORMAT = 'baken-backup/1';
const MANIFEST = 'baken-backup.json';
const MAX_PATH = 255;

export type BackupFile = { path: string; size: number; sha256: string };
export type BackupManifest = { format: typeof BACKUP_FORMAT; createdAt: string; createdBy: string; schemaVersion: number; files: BackupFile[] };

function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => join(root, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

export type Snapshot = { manifest: BackupManifest; entries: { path: string; file: string }[]; cleanup: () => void };

/**
 * Copies the database consistently (VACUUM INTO a file inside the vault folder: encrypted, never
 * plaintext) and lists the other files. The caller must keep imports from writing blobs meanwhile.
 */
export async function snapshotVault(vault: OpenVault, createdBy: string): Promise<Snapshot> {
  const paths = vaultPaths(vault.dir);
  const copy = join(vault.dir, `.backup-${randomBytes(8).toString('hex')}.db`);
  const cleanup = () => rmSync(copy, { force: true });
  try {
    vault.db.prepare('VACUUM INTO ?').run(copy);
    const rel = (file: string) => relative(vault.dir, file).split(sep).join('/');
    const entries = [
      { path: 'vault.json', file: paths.header },
      ...filesUnder(paths.keyslots).map((file) => ({ path: rel(file), file })),
      { path: 'baken.db', file: copy },
      ...filesUnder(paths.blobs).map((file) => ({ path: rel(file), file })),
    ];
    const files: BackupFile[] = [];
    for (const e of entries) files.push({ path: e.path, ...(await hashFile(e.file)) });
    const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: vault.now().toISOString(), createdBy, schemaVersion: SCHEMA_VERSION, files };
    return { manifest, entries, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** How far the backup stream is: bytes of vault files read, of all of them. */
export type BackupProgress = (bytesDone: number, bytesTotal: number) => void;

/** The encrypted backup stream: the manifest, then every file as it was hashed. */
export function backupStream(snapshot: Snapshot, to: AgeRecipients, progress?: BackupProgress): AsyncGenerator<Uint8Array> {
  const manifest = Buffer.from(`${JSON.stringify(snapshot.manifest, null, 2)}\n`, 'utf8');
  const sizes = new Map(snapshot.manifest.files.map((f) => [f.path, f.size]));
  const total = snapshot.manifest.files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  async function* counted(file: string): AsyncGenerator<Buffer> {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      done += chunk.length;
      progress?.(done, total);
      yield chunk;
    }
  }
  function* entries(): Generator<TarInputEntry> {
    yield { path: MANIFEST, size: manifest.length, data: manifest };
    for (const e of snapshot.entries) yield { path: e.path, size: sizes.get(e.path) ?? 0, data: counted(e.file) };
  }
  return encryptAge(writeTar(entries(), { maxPathBytes: MAX_PATH }), to);
}

function parseManifest(bytes: Buffer): BackupManifest {
  let m: unknown;
  try {
    m = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new BakenError('backup-invalid');
  }
  const ok =
    typeof m === 'object' &&
    m !== null &&
    (m as { format?: unknown }).format === BACKUP_FORMAT &&
    Array.isArray((m as { files?: unknown }).files) &&
    typeof (m as { schemaVersion?: unknown }).schemaVersion === 'number';
  if (!ok) throw new BakenError('backup-invalid');
  return m as BackupManifest;
}

export type BackupCheck = { manifest: BackupManifest; files: number; bytes: number };

/**
 * Reads a backup through: decrypts it, checks every file against the manifest (size and SHA-256,
 * nothing missing, nothing extra, the header and database present). With `into`, writes the files
 * there as they are read (ciphertext, as in a vault). Throws backup-wrong-key, backup-invalid or
 * backup-corrupt.
 */
export async function readBackup(source: AsyncIterable<Uint8Array>, keys: AgeKeys, into?: string): Promise<BackupCheck> {
  let manifest: BackupManifest | null = null;
  let expected = new Map<string, BackupFile>();
  const seen = new Set<string>();
  let bytes = 0;
  let current: { path: string; hash: ReturnType<typeof createHash>; size: number; out: Awaited<ReturnType<typeof open>> | null } | null = null;
  let manifestBytes: Buffer[] | null = null;
  try {
    for await (const ev of readTar(decryptAge(source, keys), { maxPathBytes: MAX_PATH })) {
      switch (ev.kind) {
        case 'entry': {
          if (manifest === null && ev.path !== MANIFEST) throw new BakenError('backup-invalid');
          if (ev.path === MANIFEST) {
            if (manifest !== null) throw new BakenError('backup-invalid');
            manifestBytes = [];
            break;
          }
          const want = expected.get(ev.path);
          if (!want || seen.has(ev.path) || want.size !== ev.size) throw new BakenError('backup-corrupt');
          let out: Awaited<ReturnType<typeof open>> | null = null;
          if (into) {
            const target = join(into, ...ev.path.split('/'));
            mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
            out = await open(target, 'wx', 0o600);
          }
          current = { path: ev.path, hash: createHash('sha256'), size: 0, out };
          break;
        }
        case 'data':
          if (manifestBytes) {
            manifestBytes.push(Buffer.from(ev.chunk));
            if (manifestBytes.reduce((n, b) => n + b.length, 0) > 64 * 1024 * 1024) throw new BakenError('backup-invalid');
          } else if (current) {
            current.hash.update(ev.chunk);
            current.size += ev.chunk.length;
            if (current.out) await current.out.write(ev.chunk);
          }
          break;
        case 'entry-end':
          if (manifestBytes) {
            manifest = parseManifest(Buffer.concat(manifestBytes));
            expected = new Map(manifest.files.map((f) => [f.path, f]));
            manifestBytes = null;
          } else if (current) {
            const want = expected.get(current.path);
            if (current.out) {
              await current.out.sync();
              await current.out.close();
            }
            if (!want || want.sha256 !== current.hash.digest('hex') || want.size !== current.size) throw new BakenError('backup-corrupt');
            seen.add(current.path);
            bytes += current.size;
            current = null;
          }
          break;
        case 'archive-end':
          break;
        default: {
          const never: never = ev;
          throw new Error(`unknown tar event ${String(never)}`);
        }
      }
    }
  } catch (error) {
    await current?.out?.close().catch(() => undefined);
    if (error instanceof BakenError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'wrong-recipient' || code === 'decrypt-failed') throw new BakenError(code === 'wrong-recipient' ? 'backup-wrong-key' : 'backup-corrupt');
    if (code === 'not-age') throw new BakenError('backup-invalid');
    throw new BakenError('backup-corrupt');
  }
  if (!manifest) throw new BakenError('backup-invalid');
  if (seen.size !== expected.size || !seen.has('vault.json') || !seen.has('baken.db')) throw new BakenError('backup-corrupt');
  return { manifest, files: seen.size, bytes };
}

/**
 * Restores into `target`, which must not exist: the files go to a staging folder beside it, are
 * checked, flushed, and only then renamed to `target`. A failure leaves no vault behind; a
 * restore killed half-way leaves its staging folder, which the next restore to the same target removes.
 */
export async function restoreBackup(source: AsyncIterable<Uint8Array>, keys: AgeKeys, target: string): Promise<BackupCheck> {
  if (existsSync(target)) throw new BakenError('vault-exists');
  // Named for the target, so a restore killed half-way is cleared by the next restore to it.
  const staging = join(dirname(target), `.${basename(target)}.restoring`);
  mkdirSync(dirname(target), { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { mode: 0o700 });
  try {
    const check = await readBackup(source, keys, staging);
    if (check.manifest.schemaVersion > SCHEMA_VERSION) throw new BakenError('vault-newer-version');
    fsyncDir(staging);
    renameSync(staging, target);
    fsyncDir(dirname(target));
    return check;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
