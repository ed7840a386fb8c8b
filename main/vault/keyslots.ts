// Keyslots: the VMK wrapped under one user's passphrase. One scrypt run turns (user name,
// passphrase) into both the slot's file name and its wrapping key, so unlocking costs one KDF run
// however many users there are, and no file names or holds a user name or role.
// AES-256-GCM, not ChaCha20-Poly1305: Electron's BoringSSL offers no ChaCha20-Poly1305 through
// node:crypto, and the same code must run in the app, the CLI and the tests.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scrypt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import type { VaultHeader } from './header';

const MAGIC = Buffer.from('BKS1', 'ascii');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const VMK_BYTES = 32;
const SLOT_FILE_BYTES = MAGIC.length + NONCE_BYTES + VMK_BYTES + TAG_BYTES;

export type SlotKey = { slotId: string; wrapKey: Buffer };

/** Counts KDF runs, so tests can show that one unlock costs one run whatever the number of users. */
export const kdfStats = { runs: 0 };

function scryptAsync(passphrase: Buffer, salt: Buffer, header: VaultHeader): Promise<Buffer> {
  const { logN, r, p } = header.kdf;
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    scrypt(passphrase, salt, 64, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** The one KDF run of an unlock. The user name only salts it; it is never stored. */
export async function deriveSlotKey(header: VaultHeader, username: string, passphrase: string): Promise<SlotKey> {
  const salt = createHash('sha256').update('baken/v1/keyslot-salt').update(header.salt).update(username, 'utf8').digest();
  // NFC so that the same passphrase typed on another keyboard layout or OS gives the same key.
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  kdfStats.runs++;
  const out = await scryptAsync(secret, salt, header);
  secret.fill(0);
  const slotId = createHmac('sha256', out).update('baken/v1/slot-id').digest().subarray(0, 16).toString('hex');
  const wrapKey = createHmac('sha256', out).update('baken/v1/slot-wrap').digest();
  out.fill(0);
  return { slotId, wrapKey };
}

function slotFile(dir: string, slotId: string): string {
  if (!/^[0-9a-f]{32}$/.test(slotId)) throw new Error('invalid slot id');
  return join(dir, `${slotId}.slot`);
}

export function writeSlot(dir: string, key: SlotKey, vmk: Uint8Array): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.wrapKey, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.concat([MAGIC, Buffer.from(key.slotId, 'hex')]));
  const body = Buffer.concat([cipher.update(vmk), cipher.final()]);
  writeFileAtomic(slotFile(dir, key.slotId), Buffer.concat([MAGIC, nonce, body, cipher.getAuthTag()]));
}

/** The VMK, or null when no slot matches (wrong user name or passphrase) or the slot fails to open. */
export function openSlot(dir: string, key: SlotKey): Buffer | null {
  const file = slotFile(dir, key.slotId);
  if (!existsSync(file)) return null;
  const data = readFileSync(file);
  if (data.length !== SLOT_FILE_BYTES || !data.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const nonce = data.subarray(MAGIC.length, MAGIC.length + NONCE_BYTES);
  const body = data.subarray(MAGIC.length + NONCE_BYTES, data.length - TAG_BYTES);
  const tag = data.subarray(data.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.wrapKey, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.concat([MAGIC, Buffer.from(key.slotId, 'hex')]));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null;
  }
}

export function removeSlot(dir: string, slotId: string): void {
  rmSync(slotFile(dir, slotId), { force: true });
}
