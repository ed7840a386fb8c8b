// minisign (https://jedisct1.github.io/minisign/) keys and signatures, compatible with minisign
// 0.11 and libsodium. Parsing is strict because signatures arrive in hostile bundles: exact line
// structure, canonical base64, exact lengths, no CR, no control characters, 4 KiB at most, and no
// comment longer than minisign 0.11 can read.
// Ed25519 verification follows libsodium's crypto_sign_verify_detached exactly (s < L, canonical
// non-small-order A and R, cofactorless equation), not noble's default ZIP-215 rules.
import { type KeyObject, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToNumberLE } from '@noble/curves/utils.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { sha512 } from '@noble/hashes/sha2.js';

const UNTRUSTED_PREFIX = 'untrusted comment: ';

export type MinisignErrorReason = 'bad-public-key' | 'bad-signature-format' | 'bad-secret-key' | 'wrong-passphrase';

export class MinisignError extends Error {
  constructor(
    readonly reason: MinisignErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'MinisignError';
  }
}

export type MinisignPublicKey = { keyId: Uint8Array; keyIdHex: string; publicKey: Uint8Array };
export type MinisignSignature = {
  algorithm: 'ED' | 'Ed';
  keyId: Uint8Array;
  keyIdHex: string;
  signature: Uint8Array;
  trustedComment: string;
  globalSignature: Uint8Array;
  untrustedComment: string;
};
export type VerifyResult = { ok: true } | { ok: false; reason: 'key-mismatch' | 'bad-signature' | 'bad-global-signature' };
export type MinisignSecretKey = { keyId: Uint8Array; keyIdHex: string; secretKey: Uint8Array; publicKey: Uint8Array };
/** libsodium crypto_pwhash_scryptsalsa208sha256 limits, as stored in the secret key file. */
export type ScryptLimits = { opslimit: number; memlimit: number };

/** Larger inputs are rejected before any parsing (minisign's own files are far smaller). */
export const MAX_FILE_BYTES = 4096;
/**
 * Longest untrusted comment (UTF-8 bytes) in any minisign file: minisign 0.11 reads that line with
 * fgets into 1024 bytes and refuses the file ("comment too long") when the line does not fit.
 */
export const MAX_UNTRUSTED_COMMENT_BYTES = 1024 - 1 - UNTRUSTED_PREFIX.length - 1; // 1003
/** minisign's defaults (libsodium OPSLIMIT/MEMLIMIT_SENSITIVE): N = 2^20, r = 8, p = 1. */
export const DEFAULT_SCRYPT: ScryptLimits = { opslimit: 33_554_432, memlimit: 1_073_741_824 };
/** A secret key asking for more scrypt memory (128·N·r) or work (·p) is refused, not run. */
const MAX_SCRYPT_MEMORY = 1n << 30n;
const MAX_SCRYPT_WORK = 1n << 32n;

const TRUSTED_PREFIX = 'trusted comment: ';
const DEFAULT_SIGNATURE_COMMENT = 'signature from minisign secret key';
// minisign 0.11 writes this comment for encrypted and unencrypted (-W) secret keys alike.
const SECRET_KEY_COMMENT = 'minisign encrypted secret key';
const PASSWORD_MAX_BYTES = 1023; // minisign reads at most PASSWORDMAXBYTES - 1 from a line

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const ALG_ED = bytes('Ed');
const ALG_ED_HASHED = bytes('ED');
const KDF_SCRYPT = bytes('Sc');
const KDF_NONE = new Uint8Array(2);
const CHK_BLAKE2 = bytes('B2');

const PUBLIC_KEY_LEN = 2 + 8 + 32;
const SIG_LEN = 2 + 8 + 64;
const SECRET_KEY_LEN = 2 + 2 + 2 + 32 + 8 + 8 + 104;
const KEYNUM_SK_OFFSET = SECRET_KEY_LEN - 104;

const L = ed25519.Point.Fn.ORDER;

// ---- key IDs ------------------------------------------------------------------------------

/**
 * The canonical key ID: the 8 stored bytes read as a little-endian u64, 16 uppercase hex digits
 * (newer minisign prints "%016" PRIX64). minisign 0.11 prints "%lX" without leading zeros: see
 * formatKeyIdUnpadded; normaliseKeyIdHex accepts both.
 */
export function formatKeyId(keyId: Uint8Array): string {
  if (keyId.length !== 8) throw new RangeError('a key ID is 8 bytes');
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}

/** The key ID exactly as minisign 0.11 prints it (public key comment, -V key mismatch). */
export function formatKeyIdUnpadded(keyId: Uint8Array): string {
  return formatKeyId(keyId).replace(/^0+(?=.)/, '');
}

/** Any case, 1 to 16 hex digits (0.11 drops leading zeros) → the canonical form; else null. */
export function normaliseKeyIdHex(s: string): string | null {
  return /^[0-9a-fA-F]{1,16}$/.test(s) ? s.toUpperCase().padStart(16, '0') : null;
}

// ---- public keys --------------------------------------------------------------------------

/** A .pub file (comment line + base64 line, final newline optional) or the base64 line alone. */
export function parsePublicKey(text: string): MinisignPublicKey {
  const fail = (why: string) => new MinisignError('bad-public-key', `Not a minisign public key: ${why}`);
  const b64 = keyFileBase64(text, fail);
  const raw = decodeBase64Exact(b64, PUBLIC_KEY_LEN);
  if (raw === null) throw fail('bad base64 or length');
  if (!equal(raw.subarray(0, 2), ALG_ED)) throw fail('algorithm is not Ed');
  const keyId = raw.slice(2, 10);
  const publicKey = raw.slice(10);
  // libsodium refuses every signature for such a key; refusing the key says so earlier.
  if (!isStrictPoint(publicKey)) throw fail('not a valid Ed25519 key');
  return { keyId, keyIdHex: formatKeyId(keyId), publicKey };
}

export function formatPublicKey(key: MinisignPublicKey, untrustedComment?: string): string {
  const comment = untrustedComment ?? `minisign public key ${formatKeyId(key.keyId)}`;
  checkUntrustedArg(comment);
  return `${UNTRUSTED_PREFIX}${comment}\n${b64(concat(ALG_ED, key.keyId, key.publicKey))}\n`;
}

// ---- signatures ---------------------------------------------------------------------------

/**
 * Exactly four lines: untrusted comment, base64(alg ‖ key ID ‖ signature), trusted comment,
 * base64(global signature). LF only (CR anywhere is refused; minisign never writes it), the final
 * LF optional, valid UTF-8, tabs but no other control characters in the comments.
 */
export function parseSignature(data: Uint8Array | string): MinisignSignature {
  const fail = (why: string) => new MinisignError('bad-signature-format', `Not a minisign signature: ${why}`);
  const text = strictText(data, fail);
  const lines = splitLines(text, fail);
  if (lines.length !== 4) throw fail('not exactly four lines');
  const [l1, l2, l3, l4] = lines as [string, string, string, string];
  if (!l1.startsWith(UNTRUSTED_PREFIX)) throw fail('no untrusted comment line');
  if (!l3.startsWith(TRUSTED_PREFIX)) throw fail('no trusted comment line');
  const untrustedComment = l1.slice(UNTRUSTED_PREFIX.length);
  const trustedComment = l3.slice(TRUSTED_PREFIX.length);
  if (!isCommentText(untrustedComment) || !isCommentText(trustedComment)) throw fail('control character in a comment');
  if (utf8.encode(untrustedComment).length > MAX_UNTRUSTED_COMMENT_BYTES) throw fail('untrusted comment too long');
  const raw = decodeBase64Exact(l2, SIG_LEN);
  const globalSignature = decodeBase64Exact(l4, 64);
  if (raw === null || globalSignature === null) throw fail('bad base64 or length');
  const alg = raw.subarray(0, 2);
  const algorithm = equal(alg, ALG_ED_HASHED) ? 'ED' : equal(alg, ALG_ED) ? 'Ed' : null;
  if (algorithm === null) throw fail('unknown algorithm');
  const keyId = raw.slice(2, 10);
  return { algorithm, keyId, keyIdHex: formatKeyId(keyId), signature: raw.slice(10), trustedComment, globalSignature, untrustedComment };
}

/** Checks in minisign's order: key ID, signature over the message, global signature. */
export function verifySignature(sig: MinisignSignature, key: MinisignPublicKey, message: Uint8Array): VerifyResult {
  if (!equal(sig.keyId, key.keyId)) return { ok: false, reason: 'key-mismatch' };
  const signed = sig.algorithm === 'ED' ? prehash(message) : sig.algorithm === 'Ed' ? message : null;
  if (signed === null || !verifyEd25519(sig.signature, signed, key.publicKey)) return { ok: false, reason: 'bad-signature' };
  const global = concat(sig.signature, utf8.encode(sig.trustedComment));
  if (!verifyEd25519(sig.globalSignature, global, key.publicKey)) return { ok: false, reason: 'bad-global-signature' };
  return { ok: true };
}

/** The .minisig text byte for byte as minisign 0.11 writes it (signatures are deterministic). */
export function signMessage(
  message: Uint8Array,
  key: MinisignSecretKey,
  opts: { trustedComment: string; untrustedComment?: string; prehashed?: boolean },
): string {
  const prehashed = opts.prehashed ?? true;
  const seed = key.secretKey.subarray(0, 32);
  checkCommentArg(opts.trustedComment, 'trustedComment');
  const signature = ed25519.sign(prehashed ? prehash(message) : message, seed);
  const globalSignature = ed25519.sign(concat(signature, utf8.encode(opts.trustedComment)), seed);
  return formatSignature({
    algorithm: prehashed ? 'ED' : 'Ed',
    keyId: key.keyId,
    signature,
    trustedComment: opts.trustedComment,
    globalSignature,
    untrustedComment: opts.untrustedComment ?? DEFAULT_SIGNATURE_COMMENT,
  });
}

/** Writes signature parts in minisign's four-line layout; refuses what parseSignature would. */
export function formatSignature(sig: Omit<MinisignSignature, 'keyIdHex'>): string {
  checkCommentArg(sig.trustedComment, 'trustedComment');
  checkUntrustedArg(sig.untrustedComment);
  if (sig.keyId.length !== 8 || sig.signature.length !== 64 || sig.globalSignature.length !== 64) {
    throw new RangeError('key ID must be 8 bytes and signatures 64 bytes');
  }
  const alg = sig.algorithm === 'ED' ? ALG_ED_HASHED : ALG_ED;
  const text =
    `${UNTRUSTED_PREFIX}${sig.untrustedComment}\n${b64(concat(alg, sig.keyId, sig.signature))}\n` +
    `${TRUSTED_PREFIX}${sig.trustedComment}\n${b64(sig.globalSignature)}\n`;
  if (utf8.encode(text).length > MAX_FILE_BYTES) throw new RangeError(`signature file would exceed ${MAX_FILE_BYTES} bytes`);
  return text;
}

// ---- secret keys --------------------------------------------------------------------------

/**
 * Reads a minisign secret key: unencrypted (kdf "\0\0", from `minisign -G -W` or `-C -W`) or
 * scrypt-encrypted ("Sc"). A passphrase given for an unencrypted key is ignored.
 */
export function parseSecretKey(text: string, passphrase?: string): MinisignSecretKey {
  const fail = (why: string) => new MinisignError('bad-secret-key', `Not a usable minisign secret key: ${why}`);
  const raw = decodeBase64Exact(keyFileBase64(text, fail), SECRET_KEY_LEN);
  if (raw === null) throw fail('bad base64 or length');
  if (!equal(raw.subarray(0, 2), ALG_ED)) throw fail('algorithm is not Ed');
  if (!equal(raw.subarray(4, 6), CHK_BLAKE2)) throw fail('checksum algorithm is not B2');
  const kdf = raw.subarray(2, 4);
  const keynumSk = raw.slice(KEYNUM_SK_OFFSET);
  try {
    const encrypted = equal(kdf, KDF_SCRYPT);
    if (encrypted) {
      if (passphrase === undefined) throw new MinisignError('wrong-passphrase', 'The secret key is encrypted: a passphrase is needed');
      const view = new DataView(raw.buffer, raw.byteOffset);
      const limits = { opslimit: view.getBigUint64(38, true), memlimit: view.getBigUint64(46, true) };
      const stream = scryptStream(passphrase, raw.subarray(6, 38), limits, fail);
      for (let i = 0; i < keynumSk.length; i++) keynumSk[i]! ^= stream[i]!;
      stream.fill(0);
    } else if (!equal(kdf, KDF_NONE)) {
      throw fail('unknown key derivation');
    }
    const keyId = keynumSk.slice(0, 8);
    const secretKey = keynumSk.slice(8, 72);
    const stored = keynumSk.subarray(72);
    // minisign -G -W leaves the checksum all zero (it is only computed when encrypting).
    const unchecked = !encrypted && stored.every((b) => b === 0);
    if (!unchecked && !timingSafeEqual(stored, checksum(keyId, secretKey))) {
      throw encrypted ? new MinisignError('wrong-passphrase', 'Wrong passphrase for the secret key') : fail('checksum mismatch');
    }
    const publicKey = secretKey.slice(32);
    if (!equal(ed25519.getPublicKey(secretKey.subarray(0, 32)), publicKey)) {
      secretKey.fill(0);
      throw fail('public half does not match the secret half');
    }
    return { keyId, keyIdHex: formatKeyId(keyId), secretKey, publicKey };
  } finally {
    keynumSk.fill(0);
    raw.fill(0);
  }
}

/**
 * A new key pair in minisign's file formats. With a passphrase the secret key is scrypt-encrypted
 * like `minisign -G` (default limits are minisign's; `scrypt` lowers them, e.g. for tests);
 * without, it is unencrypted like `minisign -G -W`, but with a real checksum (minisign ignores it).
 * `untrustedComment` is the public key file's comment (default: minisign's, with the key ID).
 */
export function generateKeyPair(opts: { passphrase?: string; untrustedComment?: string; scrypt?: ScryptLimits } = {}): {
  publicKeyText: string;
  secretKeyText: string;
  keyIdHex: string;
} {
  const seed = new Uint8Array(randomBytes(32));
  const keyId = new Uint8Array(randomBytes(8));
  const publicKey = ed25519.getPublicKey(seed);
  const publicKeyText = formatPublicKey({ keyId, keyIdHex: formatKeyId(keyId), publicKey }, opts.untrustedComment);
  const secretKey = concat(seed, publicKey);
  const keynumSk = concat(keyId, secretKey, checksum(keyId, secretKey));
  const header = new Uint8Array(KEYNUM_SK_OFFSET);
  header.set(ALG_ED, 0);
  header.set(CHK_BLAKE2, 4);
  if (opts.passphrase !== undefined) {
    const pass = opts.passphrase;
    const passBytes = utf8.encode(pass).length;
    // minisign reads the passphrase as one line from a terminal: it could not type these.
    if (passBytes === 0 || passBytes > PASSWORD_MAX_BYTES || /[\0\r\n]/.test(pass)) {
      throw new RangeError(`passphrase must be 1 to ${PASSWORD_MAX_BYTES} bytes without NUL, CR or LF`);
    }
    const { opslimit, memlimit } = opts.scrypt ?? DEFAULT_SCRYPT;
    if (!Number.isSafeInteger(opslimit) || !Number.isSafeInteger(memlimit) || opslimit < 0 || memlimit < 0) {
      throw new RangeError('scrypt limits must be non-negative safe integers');
    }
    const salt = new Uint8Array(randomBytes(32));
    header.set(KDF_SCRYPT, 2);
    header.set(salt, 6);
    const view = new DataView(header.buffer);
    view.setBigUint64(38, BigInt(opslimit), true);
    view.setBigUint64(46, BigInt(memlimit), true);
    const limits = { opslimit: BigInt(opslimit), memlimit: BigInt(memlimit) };
    const stream = scryptStream(pass, salt, limits, (why) => new RangeError(`scrypt limits refused: ${why}`));
    for (let i = 0; i < keynumSk.length; i++) keynumSk[i]! ^= stream[i]!;
    stream.fill(0);
  }
  const secretKeyText = `${UNTRUSTED_PREFIX}${SECRET_KEY_COMMENT}\n${b64(concat(header, keynumSk))}\n`;
  seed.fill(0);
  secretKey.fill(0);
  keynumSk.fill(0);
  return { publicKeyText, secretKeyText, keyIdHex: formatKeyId(keyId) };
}

/**
 * libsodium's pickparams (crypto_pwhash/scryptsalsa208sha256/pwhash_scryptsalsa208sha256.c):
 * how crypto_pwhash_scryptsalsa208sha256 turns (opslimit, memlimit) into scrypt's N, r, p.
 */
export function pickScryptParams(opslimit: bigint, memlimit: bigint): { logN: number; r: number; p: number } {
  const ops = opslimit < 32768n ? 32768n : opslimit;
  const r = 8n;
  const firstLogN = (maxN: bigint) => {
    let logN = 1n;
    while (logN < 63n && !(1n << logN > maxN / 2n)) logN++;
    return logN;
  };
  if (ops < memlimit / 32n) {
    return { logN: Number(firstLogN(ops / (r * 4n))), r: 8, p: 1 };
  }
  const logN = firstLogN(memlimit / (r * 128n));
  let maxrp = ops / 4n / (1n << logN);
  if (maxrp > 0x3fffffffn) maxrp = 0x3fffffffn;
  return { logN: Number(logN), r: 8, p: Number(maxrp / r) };
}

// ---- internals ----------------------------------------------------------------------------

function scryptStream(
  passphrase: string,
  salt: Uint8Array,
  limits: { opslimit: bigint; memlimit: bigint },
  fail: (why: string) => Error,
): Uint8Array {
  const { logN, r, p } = pickScryptParams(limits.opslimit, limits.memlimit);
  const N = 1n << BigInt(logN);
  const memory = 128n * BigInt(r) * N;
  if (p < 1 || memory > MAX_SCRYPT_MEMORY || memory * BigInt(p) > MAX_SCRYPT_WORK) throw fail('scrypt parameters out of range');
  // OpenSSL needs 128·r·(N + 2 + p) bytes; a little slack on top.
  const maxmem = 128 * r * (Number(N) + 2 + p) + (1 << 20);
  return new Uint8Array(scryptSync(utf8.encode(passphrase), salt, 104, { N: Number(N), r, p, maxmem }));
}

function checksum(keyId: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return blake2b(concat(ALG_ED, keyId, secretKey), { dkLen: 32 });
}

function prehash(message: Uint8Array): Uint8Array {
  return blake2b(message, { dkLen: 64 });
}

/**
 * crypto_sign_verify_detached of libsodium (without ED25519_COMPAT): S < L; A canonical, on the
 * curve and not of small order; R not of small order; and [S]B − [k]A must encode to exactly R.
 * The cofactorless equation and byte comparison also refuse non-canonical R.
 */
function verifyEd25519(sig: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (sig.length !== 64 || publicKey.length !== 32) return false;
  const rBytes = sig.subarray(0, 32);
  const s = bytesToNumberLE(sig.subarray(32));
  if (s >= L) return false;
  if (!isStrictPoint(publicKey)) return false;
  // libsodium checks R's encoding only; an R that is no canonical point cannot equal the
  // recomputed R below, so decoding it (costly) would change nothing.
  if (hasSmallOrderEncoding(rBytes)) return false;
  // With those checks done, the rest is RFC 8032's cofactorless equation with a byte comparison of
  // R, which is what OpenSSL's native Ed25519 does too — about 20× faster than the JS below.
  const native = nativeVerify(sig, message, publicKey);
  if (native !== null) return native;
  const k = bytesToNumberLE(sha512(concat(rBytes, publicKey, message))) % L;
  const A = ed25519.Point.fromBytes(publicKey, false);
  const check = ed25519.Point.BASE.multiplyUnsafe(s).subtract(A.multiplyUnsafe(k));
  return equal(check.toBytes(), rBytes);
}

const P = 2n ** 255n - 19n;
/** y of the points of order 8 (the other is P - Y8); libsodium's blacklist in ge25519_has_small_order. */
const Y8 = 0x05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826n;
const SMALL_ORDER_Y = [0n, 1n, Y8, P - Y8, P - 1n, P, P + 1n].map((y) => Buffer.from(y.toString(16).padStart(64, '0'), 'hex').reverse());

/** Whether 32 bytes encode (canonically or not, either sign) a point of small order. */
function hasSmallOrderEncoding(encoded: Uint8Array): boolean {
  return SMALL_ORDER_Y.some((y) => {
    for (let i = 0; i < 31; i++) if (encoded[i] !== y[i]) return false;
    return ((encoded[31] ?? 0) & 0x7f) === y[31];
  });
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** node:crypto's Ed25519 verification, or null where the runtime lacks it. */
const keyObjects = new Map<string, KeyObject>();

function nativeVerify(sig: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean | null {
  try {
    const id = Buffer.from(publicKey).toString('hex');
    let key = keyObjects.get(id);
    if (!key) {
      key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, publicKey]), format: 'der', type: 'spki' });
      if (keyObjects.size > 1024) keyObjects.clear();
      keyObjects.set(id, key);
    }
    return cryptoVerify(null, message, key, sig);
  } catch {
    return null;
  }
}

// A trusted key signs many bundles: its (costly) point checks are remembered.
const strictKeys = new Map<string, boolean>();

function isStrictPoint(publicKey: Uint8Array): boolean {
  const id = Buffer.from(publicKey).toString('hex');
  const known = strictKeys.get(id);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    ok = !ed25519.Point.fromBytes(publicKey, false).isSmallOrder();
  } catch {
    ok = false;
  }
  if (strictKeys.size > 1024) strictKeys.clear();
  strictKeys.set(id, ok);
  return ok;
}

/** The base64 line of a key file: "untrusted comment: …\n<base64>[\n]" or "<base64>[\n]". */
function keyFileBase64(text: string, fail: (why: string) => Error): string {
  const lines = splitLines(strictText(text, fail), fail);
  if (lines.length === 1) return lines[0]!;
  if (lines.length !== 2) throw fail('not one or two lines');
  const [comment, b64line] = lines as [string, string];
  if (!comment.startsWith(UNTRUSTED_PREFIX)) throw fail('no untrusted comment line');
  const commentText = comment.slice(UNTRUSTED_PREFIX.length);
  if (!isCommentText(commentText)) throw fail('control character in the comment');
  if (utf8.encode(commentText).length > MAX_UNTRUSTED_COMMENT_BYTES) throw fail('comment too long');
  return b64line;
}

function strictText(data: Uint8Array | string, fail: (why: string) => Error): string {
  // A string is never shorter in UTF-16 units than in UTF-8 bytes: cheap early size check.
  if (data.length > MAX_FILE_BYTES) throw fail(`larger than ${MAX_FILE_BYTES} bytes`);
  const raw = typeof data === 'string' ? utf8.encode(data) : data;
  if (raw.length > MAX_FILE_BYTES) throw fail(`larger than ${MAX_FILE_BYTES} bytes`);
  let text: string;
  try {
    text = utf8Strict.decode(raw);
  } catch {
    throw fail('not valid UTF-8');
  }
  // Lone surrogates in a string input were replaced by U+FFFD when encoding.
  if (typeof data === 'string' && text !== data) throw fail('not valid Unicode');
  return text;
}

function splitLines(text: string, fail: (why: string) => Error): string[] {
  if (text.includes('\r')) throw fail('carriage return');
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function isCommentText(s: string): boolean {
  // Tab is allowed: minisign's default trusted comment uses it.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return false;
  }
  return true;
}

function checkCommentArg(s: string, name: string): void {
  if (!isCommentText(s)) throw new RangeError(`${name} must be one line without control characters (tab allowed)`);
}

function checkUntrustedArg(s: string): void {
  checkCommentArg(s, 'untrustedComment');
  if (utf8.encode(s).length > MAX_UNTRUSTED_COMMENT_BYTES) {
    throw new RangeError(`untrustedComment must be at most ${MAX_UNTRUSTED_COMMENT_BYTES} bytes`);
  }
}

const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Canonical standard base64 of exactly `length` bytes (padding required, unused bits zero). */
function decodeBase64Exact(s: string, length: number): Uint8Array | null {
  if (s.length !== 4 * Math.ceil(length / 3) || !BASE64_RE.test(s)) return null;
  const buf = Buffer.from(s, 'base64');
  if (buf.length !== length || buf.toString('base64') !== s) return null;
  return new Uint8Array(buf);
}

function b64(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.length).toString('base64');
}

function bytes(s: string): Uint8Array {
  return utf8.encode(s);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
