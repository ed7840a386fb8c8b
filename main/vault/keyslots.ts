// Keyslots: the VMK, reachable with one user's passphrase. One scrypt run turns (user name,
// passphrase) into both the slot's file name and its wrapping key, so unlocking costs one KDF run
// however many users there are, and no file names or holds a user name or role.
//
// A slot (BKS2) holds a user key pair: the secret half wrapped under the passphrase key, and the
// VMK sealed to the public half (X25519, HKDF, AES-256-GCM). Re-keying the vault can so seal a new
// VMK to every user without knowing anyone's passphrase, and someone who holds the old VMK learns
// nothing of the new one. BKS1 slots (VMK wrapped directly) still open; unlocking upgrades them.
// AES-256-GCM, not ChaCha20-Poly1305: Electron's BoringSSL offers no ChaCha20-Poly1305 through
// node:crypto, and the same code must run in the app, the CLI and the tests.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { x25519 } from '@noble/curves/ed25519.js';
import { writeFileAtomic } from '../fs/atomic-write';
import type { VaultHeader } from './header';

const MAGIC_V1 = Buffer.from('BKS1', 'ascii');
const MAGIC_V2 = Buffer.from('BKS2', 'ascii');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const BOX_BYTES = NONCE_BYTES + KEY_BYTES + TAG_BYTES;
const V1_BYTES = MAGIC_V1.length + BOX_BYTES;
// MAGIC ‖ user public key ‖ box(user secret key) ‖ ephemeral public key ‖ box(VMK)
const V2_BYTES = MAGIC_V2.length + KEY_BYTES + BOX_BYTES + KEY_BYTES + BOX_BYTES;
const SLOT_FILE = /^([0-9a-f]{32})\.slot$/;

export type SlotKey = { slotId: string; wrapKey: Buffer };
export type SlotVersion = 1 | 2;

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

function box(key: Uint8Array, aad: Uint8Array, plain: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  return Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

function unbox(key: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/** The key that seals the VMK to a user's public key, from an X25519 shared secret. */
function sealKey(shared: Uint8Array, ephemeralPublic: Uint8Array, userPublic: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublic, userPublic]), 'baken/v1/slot-vmk', KEY_BYTES));
}

function sealVmk(magicAndId: Buffer, userPublic: Uint8Array, vmk: Uint8Array): Buffer {
  const ephemeralSecret = randomBytes(KEY_BYTES);
  const ephemeralPublic = x25519.getPublicKey(ephemeralSecret);
  const shared = x25519.getSharedSecret(ephemeralSecret, userPublic);
  ephemeralSecret.fill(0);
  const key = sealKey(shared, ephemeralPublic, userPublic);
  shared.fill(0);
  const sealed = box(key, Buffer.concat([magicAndId, userPublic, ephemeralPublic]), vmk);
  key.fill(0);
  return Buffer.concat([ephemeralPublic, sealed]);
}

type V2Parts = { userPublic: Buffer; wrappedSecret: Buffer; ephemeralPublic: Buffer; sealedVmk: Buffer };

function v2Parts(data: Buffer): V2Parts {
  let at = MAGIC_V2.length;
  const take = (n: number) => data.subarray(at, (at += n));
  return { userPublic: take(KEY_BYTES), wrappedSecret: take(BOX_BYTES), ephemeralPublic: take(KEY_BYTES), sealedVmk: take(BOX_BYTES) };
}

const aadFor = (magic: Buffer, slotId: string) => Buffer.concat([magic, Buffer.from(slotId, 'hex')]);

/** The bytes of a new BKS2 slot: a fresh user key pair, its secret wrapped, the VMK sealed to it. */
function newSlotBytes(key: SlotKey, vmk: Uint8Array): Buffer {
  const magicAndId = aadFor(MAGIC_V2, key.slotId);
  const userSecret = randomBytes(KEY_BYTES);
  const userPublic = Buffer.from(x25519.getPublicKey(userSecret));
  const wrappedSecret = box(key.wrapKey, Buffer.concat([magicAndId, userPublic]), userSecret);
  userSecret.fill(0);
  return Buffer.concat([MAGIC_V2, userPublic, wrappedSecret, sealVmk(magicAndId, userPublic, vmk)]);
}

export function writeSlot(dir: string, key: SlotKey, vmk: Uint8Array): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileAtomic(slotFile(dir, key.slotId), newSlotBytes(key, vmk));
}

function readSlotFile(dir: string, slotId: string): Buffer | null {
  const file = slotFile(dir, slotId);
  return existsSync(file) ? readFileSync(file) : null;
}

/**
 * The VMK and the slot's format, or null when no slot matches (wrong user name or passphrase)
 * or the slot fails to open.
 */
export function openSlotVersioned(dir: string, key: SlotKey): { vmk: Buffer; version: SlotVersion } | null {
  const data = readSlotFile(dir, key.slotId);
  if (!data) return null;
  if (data.length === V1_BYTES && data.subarray(0, MAGIC_V1.length).equals(MAGIC_V1)) {
    const vmk = unbox(key.wrapKey, aadFor(MAGIC_V1, key.slotId), data.subarray(MAGIC_V1.length));
    return vmk ? { vmk, version: 1 } : null;
  }
  if (data.length !== V2_BYTES || !data.subarray(0, MAGIC_V2.length).equals(MAGIC_V2)) return null;
  const magicAndId = aadFor(MAGIC_V2, key.slotId);
  const parts = v2Parts(data);
  const userSecret = unbox(key.wrapKey, Buffer.concat([magicAndId, parts.userPublic]), parts.wrappedSecret);
  if (!userSecret) return null;
  const shared = x25519.getSharedSecret(userSecret, parts.ephemeralPublic);
  userSecret.fill(0);
  const sealKeyBytes = sealKey(shared, parts.ephemeralPublic, parts.userPublic);
  shared.fill(0);
  const vmk = unbox(sealKeyBytes, Buffer.concat([magicAndId, parts.userPublic, parts.ephemeralPublic]), parts.sealedVmk);
  sealKeyBytes.fill(0);
  return vmk ? { vmk, version: 2 } : null;
}

/** The VMK, or null when no slot matches (wrong user name or passphrase) or the slot fails to open. */
export function openSlot(dir: string, key: SlotKey): Buffer | null {
  return openSlotVersioned(dir, key)?.vmk ?? null;
}

/** The format of a stored slot, or null when there is no such slot or it is not one. */
export function slotVersion(dir: string, slotId: string): SlotVersion | null {
  const data = readSlotFile(dir, slotId);
  if (data?.length === V1_BYTES && data.subarray(0, MAGIC_V1.length).equals(MAGIC_V1)) return 1;
  if (data?.length === V2_BYTES && data.subarray(0, MAGIC_V2.length).equals(MAGIC_V2)) return 2;
  return null;
}

/**
 * A BKS2 slot with a new VMK sealed to the same user key: what re-keying writes for every user.
 * The wrapped user secret is kept as it is, so the passphrase stays the same.
 */
export function resealSlot(dir: string, slotId: string, vmk: Uint8Array): Buffer {
  const data = readSlotFile(dir, slotId);
  if (!data || slotVersion(dir, slotId) !== 2) throw new Error('slot is not in the BKS2 format');
  const parts = v2Parts(data);
  return Buffer.concat([MAGIC_V2, parts.userPublic, parts.wrappedSecret, sealVmk(aadFor(MAGIC_V2, slotId), parts.userPublic, vmk)]);
}

/** The ids of the slot files in a folder. */
export function listSlotIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const m = SLOT_FILE.exec(f);
    return m?.[1] ? [m[1]] : [];
  });
}

export function removeSlot(dir: string, slotId: string): void {
  rmSync(slotFile(dir, slotId), { force: true });
}
