// Streaming age v1 (age-encryption.org/v1, C2SP age spec) decryption and encryption.
//
// Why not typage's Decrypter: its payload path (pure-JS ChaCha20-Poly1305) runs at ~90 MB/s here,
// while bundles carry attachments up to 2 GiB. So the header is parsed and written here, the payload
// STREAM runs on node:crypto's native 'chacha20-poly1305', and typage is used only to wrap/unwrap
// the 16-byte file key with its identity/recipient classes (see age-typage.ts).
//
// Strictness (what the spec allows us to reject, we reject):
//   - header: exact version line, canonical unpadded base64 everywhere, body lines of 64 columns
//     ended by a shorter (possibly empty) line, arguments of VCHARs, MAC line "--- " + 43 chars,
//     at most MAX_STANZAS stanzas and MAX_HEADER_BYTES bytes;
//   - known stanza types (X25519, mlkem768x25519, scrypt) are checked for shape before any key is
//     tried; an scrypt stanza must be the only stanza; scrypt work factor ≤ MAX_SCRYPT_LOG_N;
//   - payload: 16-byte nonce, 64 KiB chunks, the last one flagged, non-empty unless the whole
//     plaintext is empty, no trailing bytes (they turn the real last chunk into a non-final one,
//     which then fails authentication).
// Recipients that are neither X25519 nor PQ hybrid (plugins, SSH, tag recipients) are not supported.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { ArmorDecoder, ArmorEncoder } from './age-armor';
import { NativeX25519Identity } from './age-x25519';
import {
  loadNobleChaCha20Poly1305,
  loadTypageRecipients,
  type TypageIdentity,
  type TypageRecipient,
  type TypageRecipients,
  type TypageStanza,
} from './age-typage';

export type AgeErrorCode = 'not-age' | 'wrong-recipient' | 'decrypt-failed';

export class AgeError extends Error {
  constructor(
    readonly code: AgeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AgeError';
  }
}

export type AgeKeys = {
  /** AGE-SECRET-KEY-1… (X25519) and AGE-SECRET-KEY-PQ-1… (ML-KEM-768+X25519) strings. */
  identities: string[];
  passphrase?: string;
};

export type AgeRecipients = { recipients: string[] /* age1… and age1pq1… */ } | { passphrase: string; scryptLogN?: number };

/** Payload plaintext chunk size fixed by the spec. */
export const AGE_CHUNK_SIZE = 64 * 1024;
const TAG_SIZE = 16;
const CT_CHUNK_SIZE = AGE_CHUNK_SIZE + TAG_SIZE;
const FILE_KEY_SIZE = 16;
const PAYLOAD_NONCE_SIZE = 16;
/** One PQ stanza is ~1.56 KB, so 64 of them (~100 KB) still fit. */
export const MAX_HEADER_BYTES = 128 * 1024;
export const MAX_STANZAS = 64;
/** typage's ScryptIdentity refuses more (age's CLI writes 18); 2^20 × 1 KiB = 1 GiB of scrypt memory. */
export const MAX_SCRYPT_LOG_N = 20;
/** Lowest work factor encryptAge writes: below this a passphrase is barely stretched. */
export const MIN_SCRYPT_LOG_N = 10;
export const DEFAULT_SCRYPT_LOG_N = 18;

const VERSION_LINE = 'age-encryption.org/v1';
const X25519_PREFIX = 'AGE-SECRET-KEY-1';
const PQ_IDENTITY_PREFIX = 'AGE-SECRET-KEY-PQ-1';
const PQ_RECIPIENT_PREFIX = 'age1pq1';
const X25519_RECIPIENT_PREFIX = 'age1';

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Decrypts an age file streamed from `source`, yielding plaintext chunks as soon as each is
 * authenticated. Binary or armored (detected from the first byte). Throws AgeError: not-age (not an
 * age file / malformed header / bad armor), wrong-recipient (no identity or passphrase opens any
 * stanza), decrypt-failed (header MAC wrong, a chunk fails authentication, truncation, trailing
 * data). Never yields unauthenticated plaintext, but a truncated or tampered file still yields the
 * chunks before the damage: treat the output as final only once the generator has returned.
 * Memory stays bounded (about one input piece + one chunk) whatever the input size.
 * A malformed identity string throws TypeError before anything is read.
 */
export async function* decryptAge(source: AsyncIterable<Uint8Array>, keys: AgeKeys): AsyncGenerator<Uint8Array> {
  const typage = await loadTypageRecipients();
  const aead = await chunkAead();
  const identities = buildIdentities(typage, keys, aead);
  const parser = new HeaderParser();
  let payload: PayloadDecryptor | undefined;
  try {
    for await (const piece of binaryInput(source)) {
      let pieces: Uint8Array[];
      if (payload) {
        pieces = [piece];
      } else {
        const parsed = parser.push(piece);
        if (!parsed) continue;
        const fileKey = await openHeader(parsed.header, identities);
        payload = new PayloadDecryptor(fileKey, aead);
        fileKey.fill(0);
        pieces = parsed.rest;
      }
      for (const p of pieces) {
        for (const out of payload.push(p)) yield out;
      }
    }
    if (!payload) throw parser.truncatedError();
    const last = payload.finish();
    if (last.length > 0) yield last;
  } finally {
    // Also when the consumer stops early or an error escapes.
    payload?.dispose();
  }
}

/**
 * Encrypts a plaintext stream to an age v1 file (binary, or armored when armor: true), yielding
 * ciphertext chunks. Refuses (TypeError) invalid or unsupported recipients, mixing post-quantum and
 * classic recipients (the spec says SHOULD NOT; age ≥ 1.3 refuses too), more than MAX_STANZAS
 * recipients, and a scrypt work factor outside [MIN_SCRYPT_LOG_N, MAX_SCRYPT_LOG_N].
 */
export async function* encryptAge(
  source: AsyncIterable<Uint8Array>,
  to: AgeRecipients,
  opts: { armor?: boolean } = {},
): AsyncGenerator<Uint8Array> {
  const typage = await loadTypageRecipients();
  const recipients = buildRecipients(typage, to);
  const aead = await chunkAead();
  const fileKey = randomBytes(FILE_KEY_SIZE);
  const armor = opts.armor ? new ArmorEncoder() : null;
  const out = (b: Buffer): Buffer => (armor ? armor.push(b) : b);
  try {
    const stanzas: TypageStanza[] = [];
    for (const r of recipients) stanzas.push(...(await r.wrapFileKey(fileKey)));
    const header = encodeHeader(stanzas, fileKey);
    const payload = new PayloadEncryptor(fileKey, aead);
    yield out(Buffer.concat([header, payload.nonce]));
    for await (const piece of source) {
      for (const c of payload.push(piece)) {
        const o = out(c);
        if (o.length > 0) yield o;
      }
    }
    for (const c of payload.finish()) {
      const o = out(c);
      if (o.length > 0) yield o;
    }
    if (armor) yield armor.finish();
  } finally {
    fileKey.fill(0);
  }
}

/** Test/helper convenience: the whole stream in one Buffer. */
export async function collect(gen: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const p of gen) parts.push(p);
  return Buffer.concat(parts);
}

// ---------------------------------------------------------------------------------------------
// Keys

// Parsing an identity (a PQ one derives ML-KEM keys) costs more than opening a small bundle; an
// import of many bundles reuses them. Bounded, and cleared by forgetAgeIdentities().
const identityCache = new Map<string, TypageIdentity>();
const IDENTITY_CACHE_MAX = 16;

export function forgetAgeIdentities(): void {
  identityCache.clear();
}

function buildIdentities(typage: TypageRecipients, keys: AgeKeys, aead: ChunkAead): TypageIdentity[] {
  const out: TypageIdentity[] = [];
  for (const s of keys.identities) {
    const cached = identityCache.get(s);
    if (cached) {
      out.push(cached);
      continue;
    }
    // Checked with startsWith in this order: the PQ prefix also starts with "AGE-SECRET-KEY-".
    const Cls = s.startsWith(PQ_IDENTITY_PREFIX)
      ? typage.HybridIdentity
      : s.startsWith(X25519_PREFIX)
        ? typage.X25519Identity
        : null;
    if (!Cls) throw new TypeError('unsupported age identity (expected AGE-SECRET-KEY-1… or AGE-SECRET-KEY-PQ-1…)');
    try {
      const identity = Cls === typage.X25519Identity ? new NativeX25519Identity(s, aead.open) : new Cls(s);
      if (identityCache.size >= IDENTITY_CACHE_MAX) identityCache.clear();
      identityCache.set(s, identity);
      out.push(identity);
    } catch {
      // The library's message may quote the key; never let it escape.
      throw new TypeError('invalid age identity');
    }
  }
  if (keys.passphrase !== undefined) out.push(new typage.ScryptIdentity(keys.passphrase));
  return out;
}

function buildRecipients(typage: TypageRecipients, to: AgeRecipients): TypageRecipient[] {
  if ('passphrase' in to) {
    const logN = to.scryptLogN ?? DEFAULT_SCRYPT_LOG_N;
    if (!Number.isInteger(logN) || logN < MIN_SCRYPT_LOG_N || logN > MAX_SCRYPT_LOG_N) {
      throw new TypeError(`scrypt work factor must be an integer in [${MIN_SCRYPT_LOG_N}, ${MAX_SCRYPT_LOG_N}]`);
    }
    if (typeof to.passphrase !== 'string' || to.passphrase.length === 0) throw new TypeError('empty passphrase');
    return [new typage.ScryptRecipient(to.passphrase, logN)];
  }
  const list = to.recipients;
  if (list.length === 0) throw new TypeError('no age recipients');
  if (list.length > MAX_STANZAS) throw new TypeError(`more than ${MAX_STANZAS} age recipients`);
  let pq = 0;
  const out = list.map((s) => {
    const isPq = s.startsWith(PQ_RECIPIENT_PREFIX);
    if (!isPq && !s.startsWith(X25519_RECIPIENT_PREFIX)) throw new TypeError('unsupported age recipient (expected age1… or age1pq1…)');
    if (isPq) pq++;
    try {
      return isPq ? new typage.HybridRecipient(s) : new typage.X25519Recipient(s);
    } catch {
      throw new TypeError('invalid age recipient');
    }
  });
  // A classic stanza next to a PQ one would let a quantum attacker read the file anyway.
  if (pq > 0 && pq < list.length) throw new TypeError("can't mix post-quantum (age1pq1…) and classic (age1…) recipients");
  return out;
}

// ---------------------------------------------------------------------------------------------
// Input: binary or armored

/** Passes binary input through, or decodes armor. A binary age file starts with "a"; armor with
 *  whitespace or "-". Anything else is not an age file. */
async function* binaryInput(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let armor: ArmorDecoder | null | undefined;
  for await (const p of source) {
    if (p.length === 0) continue;
    if (armor === undefined) {
      const b = p[0] as number;
      if (b === 0x61) armor = null;
      else if (b === 0x2d || b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a) armor = new ArmorDecoder(notAge);
      else throw notAge('not an age file');
    }
    if (armor === null) {
      yield p;
    } else {
      const decoded = armor.push(p);
      if (decoded.length > 0) yield decoded;
    }
  }
  if (armor) {
    const decoded = armor.finish();
    if (decoded.length > 0) yield decoded;
  }
}

function notAge(message: string): AgeError {
  return new AgeError('not-age', message);
}

// ---------------------------------------------------------------------------------------------
// Header

type Header = {
  stanzas: TypageStanza[];
  /** The header up to and including "---", what the MAC covers. */
  macInput: Buffer;
  mac: Buffer;
};

const B64_CHARS = /^[A-Za-z0-9+/]*$/;
const ARGUMENT = /^[\x21-\x7e]+$/;
const MAC_LINE = /^--- ([A-Za-z0-9+/]{43})$/;

/** Canonical unpadded base64 (RFC 4648 §3.5), or null. */
function decodeBase64Strict(s: string): Buffer | null {
  if (s.length % 4 === 1 || !B64_CHARS.test(s)) return null;
  const b = Buffer.from(s, 'base64');
  // Re-encoding catches non-zero padding bits, the only other way to be non-canonical.
  return b.toString('base64').replace(/=+$/, '') === s ? b : null;
}

function encodeBase64NoPad(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64').replace(/=+$/, '');
}

/** Incremental header parser: push() input until it returns the header and the bytes after it. */
class HeaderParser {
  private buf = Buffer.allocUnsafe(4096);
  private len = 0;
  /** Start of the first line not yet parsed. */
  private pos = 0;
  private state: 'version' | 'stanza' | 'body' = 'version';
  private readonly stanzas: TypageStanza[] = [];
  private args: string[] = [];
  private body: Buffer[] = [];

  push(p: Uint8Array): { header: Header; rest: Uint8Array[] } | null {
    const room = MAX_HEADER_BYTES - this.len;
    const take = Math.min(room, p.length);
    if (this.len + take > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.min(MAX_HEADER_BYTES, Math.max(this.buf.length * 2, this.len + take)));
      this.buf.copy(grown, 0, 0, this.len);
      this.buf = grown;
    }
    this.buf.set(p.subarray(0, take), this.len);
    this.len += take;
    for (;;) {
      const nl = this.buf.subarray(0, this.len).indexOf(0x0a, this.pos);
      if (nl < 0) break;
      const line = this.buf.toString('latin1', this.pos, nl);
      const lineStart = this.pos;
      this.pos = nl + 1;
      const header = this.line(line, lineStart);
      if (header) {
        // Copy what follows the header: buf is reused by nobody, but keep rest independent of it.
        const rest = [Buffer.from(this.buf.subarray(this.pos, this.len)), p.subarray(take)];
        return { header, rest: rest.filter((r) => r.length > 0) };
      }
    }
    if (this.len >= MAX_HEADER_BYTES) throw notAge(`age header larger than ${MAX_HEADER_BYTES} bytes`);
    return null;
  }

  truncatedError(): AgeError {
    return notAge(this.len === 0 ? 'empty input: not an age file' : 'truncated age header');
  }

  private line(line: string, lineStart: number): Header | null {
    switch (this.state) {
      case 'version':
        if (line !== VERSION_LINE) throw notAge('not an age v1 file');
        this.state = 'stanza';
        return null;
      case 'body': {
        if (line.length > 64) throw notAge('stanza body line longer than 64 columns');
        const part = decodeBase64Strict(line);
        if (!part) throw notAge('stanza body is not canonical base64');
        this.body.push(part);
        if (line.length < 64) {
          this.stanzas.push({ args: this.args, body: Buffer.concat(this.body) });
          this.state = 'stanza';
        }
        return null;
      }
      case 'stanza': {
        if (line.startsWith('-> ')) {
          if (this.stanzas.length >= MAX_STANZAS) throw notAge(`more than ${MAX_STANZAS} stanzas`);
          const args = line.slice(3).split(' ');
          if (!args.every((a) => ARGUMENT.test(a))) throw notAge('malformed stanza arguments');
          this.args = args;
          this.body = [];
          this.state = 'body';
          return null;
        }
        const m = MAC_LINE.exec(line);
        if (!m) throw notAge('malformed age header');
        if (this.stanzas.length === 0) throw notAge('age header has no stanza');
        const mac = decodeBase64Strict(m[1] as string);
        if (!mac || mac.length !== 32) throw notAge('malformed header MAC');
        return { stanzas: this.stanzas, macInput: Buffer.from(this.buf.subarray(0, lineStart + 3)), mac };
      }
    }
  }
}

/** Shape checks of the spec for the stanza types we know, before any key is tried. */
function checkStanzas(stanzas: TypageStanza[]): void {
  const b64Len = (s: string | undefined, n: number): boolean => decodeBase64Strict(s ?? '!')?.length === n;
  for (const s of stanzas) {
    const [type] = s.args;
    switch (type) {
      case 'X25519':
        if (s.args.length !== 2 || !b64Len(s.args[1], 32) || s.body.length !== 32) throw notAge('malformed X25519 stanza');
        break;
      case 'mlkem768x25519':
        if (s.args.length !== 2 || !b64Len(s.args[1], 1120) || s.body.length !== 32) throw notAge('malformed mlkem768x25519 stanza');
        break;
      case 'scrypt': {
        // Alone, so that a passphrase-encrypted file is known to come from someone with the passphrase.
        if (stanzas.length !== 1) throw notAge('an scrypt stanza must be the only stanza');
        const logN = s.args[2] ?? '';
        if (s.args.length !== 3 || !b64Len(s.args[1], 16) || !/^[1-9][0-9]*$/.test(logN) || s.body.length !== 32) {
          throw notAge('malformed scrypt stanza');
        }
        if (Number(logN) > MAX_SCRYPT_LOG_N) throw notAge(`scrypt work factor above 2^${MAX_SCRYPT_LOG_N}`);
        break;
      }
      default:
        // Unknown stanza types (grease, plugins) are ignored, as the spec requires.
        break;
    }
  }
}

function headerMacKey(fileKey: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, Buffer.alloc(0), 'header', 32));
}

/** Unwraps the file key with the first identity that opens a stanza, then checks the header MAC. */
async function openHeader(header: Header, identities: TypageIdentity[]): Promise<Buffer> {
  checkStanzas(header.stanzas);
  let fileKey: Buffer | undefined;
  for (const identity of identities) {
    let k: Uint8Array | null;
    try {
      k = await identity.unwrapFileKey(header.stanzas);
    } catch {
      // e.g. an X25519 share giving an all-zero secret: the spec says abort.
      throw notAge('malformed recipient stanza');
    }
    if (k) {
      fileKey = Buffer.from(k);
      k.fill(0);
      break;
    }
  }
  if (!fileKey) throw new AgeError('wrong-recipient', 'no identity or passphrase matches this age file');
  if (fileKey.length !== FILE_KEY_SIZE) throw notAge('unwrapped file key has the wrong size');
  const macKey = headerMacKey(fileKey);
  const mac = createHmac('sha256', macKey).update(header.macInput).digest();
  macKey.fill(0);
  if (!timingSafeEqual(mac, header.mac)) {
    fileKey.fill(0);
    throw new AgeError('decrypt-failed', 'age header MAC does not match');
  }
  return fileKey;
}

function encodeHeader(stanzas: TypageStanza[], fileKey: Uint8Array): Buffer {
  let text = `${VERSION_LINE}\n`;
  for (const s of stanzas) {
    if (s.args.length === 0 || !s.args.every((a) => ARGUMENT.test(a))) throw new Error('recipient produced a malformed stanza');
    text += `-> ${s.args.join(' ')}\n`;
    const body = encodeBase64NoPad(s.body);
    for (let i = 0; i < body.length; i += 64) text += `${body.slice(i, i + 64)}\n`;
    // The body always ends with a line shorter than 64 columns, empty if need be.
    if (body.length % 64 === 0) text += '\n';
  }
  text += '---';
  const macKey = headerMacKey(fileKey);
  const mac = createHmac('sha256', macKey).update(text, 'latin1').digest();
  macKey.fill(0);
  text += ` ${encodeBase64NoPad(mac)}\n`;
  if (text.length > MAX_HEADER_BYTES) throw new TypeError('age header would exceed the size we accept when decrypting');
  return Buffer.from(text, 'latin1');
}

// ---------------------------------------------------------------------------------------------
// Payload: STREAM with ChaCha20-Poly1305

/** One AEAD operation per 64 KiB chunk. open() returns null when authentication fails. */
interface ChunkAead {
  seal(key: Buffer, nonce: Buffer, plaintext: Uint8Array): Buffer;
  open(key: Buffer, nonce: Buffer, ciphertextAndTag: Uint8Array): Buffer | null;
}

const nodeAead: ChunkAead = {
  seal(key, nonce, plaintext) {
    const c = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_SIZE });
    const ct = c.update(plaintext);
    c.final();
    const out = Buffer.allocUnsafe(ct.length + TAG_SIZE);
    out.set(ct, 0);
    out.set(c.getAuthTag(), ct.length);
    return out;
  },
  open(key, nonce, data) {
    const n = data.length - TAG_SIZE;
    const d = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_SIZE });
    d.setAuthTag(data.subarray(n));
    // update() hands out plaintext before final() has checked the tag: it is returned only after.
    const pt = d.update(data.subarray(0, n));
    try {
      d.final();
    } catch {
      pt.fill(0);
      return null;
    }
    return pt;
  },
};

function nodeHasChaCha20Poly1305(): boolean {
  try {
    createCipheriv('chacha20-poly1305', Buffer.alloc(32), Buffer.alloc(12), { authTagLength: TAG_SIZE });
    return true;
  } catch {
    return false;
  }
}

let aeadBackend: 'node' | 'noble' = nodeHasChaCha20Poly1305() ? 'node' : 'noble';

/** Which ChaCha20-Poly1305 runs the payload: native node:crypto, or (Electron/BoringSSL has no
 *  'chacha20-poly1305' cipher) typage's pure-JS @noble/ciphers, ~15× slower. */
export function ageAeadBackend(): 'node' | 'noble' {
  return aeadBackend;
}

/** Tests only: run the noble fallback even where node:crypto has the cipher. */
export function setAgeAeadBackendForTesting(backend: 'node' | 'noble'): void {
  if (backend === 'node' && !nodeHasChaCha20Poly1305()) throw new Error("node:crypto has no 'chacha20-poly1305' here");
  aeadBackend = backend;
}

async function chunkAead(): Promise<ChunkAead> {
  if (aeadBackend === 'node') return nodeAead;
  const chacha = await loadNobleChaCha20Poly1305();
  return {
    seal: (key, nonce, plaintext) => {
      const out = chacha(key, nonce).encrypt(plaintext);
      return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    },
    open: (key, nonce, data) => {
      try {
        const out = chacha(key, nonce).decrypt(data);
        return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
      } catch {
        return null;
      }
    },
  };
}

function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
}

/** The 12-byte chunk nonce: 11-byte big-endian counter || last-chunk flag, updated in place. */
class ChunkNonce {
  readonly bytes = Buffer.alloc(12);
  count = 0;

  set last(last: boolean) {
    this.bytes[11] = last ? 1 : 0;
  }

  increment(): void {
    this.count++;
    for (let i = 10; i >= 0; i--) {
      const v = ((this.bytes[i] as number) + 1) & 0xff;
      this.bytes[i] = v;
      if (v !== 0) return;
    }
    throw new AgeError('decrypt-failed', 'age payload chunk counter overflow');
  }
}

/**
 * Nonce then chunks. To know which chunk is last, one full chunk is held back until more bytes or
 * the end arrive. Chunks wholly inside an input piece (and not at its end) are opened in place;
 * only the piece's tail is copied into `carry`.
 */
class PayloadDecryptor {
  private readonly nonce = Buffer.alloc(PAYLOAD_NONCE_SIZE);
  private nonceLen = 0;
  private readonly fileKey: Buffer;
  private key: Buffer | null = null;
  private readonly counter = new ChunkNonce();
  private readonly carry = Buffer.allocUnsafe(CT_CHUNK_SIZE);
  private carryLen = 0;

  constructor(
    fileKey: Buffer,
    private readonly aead: ChunkAead,
  ) {
    this.fileKey = Buffer.from(fileKey);
  }

  /** A generator, so that each chunk goes out as soon as it is authenticated, even when a later
   *  chunk of the same input piece then fails. */
  *push(p: Uint8Array): Generator<Buffer, void, undefined> {
    let off = 0;
    if (!this.key) {
      off = Math.min(PAYLOAD_NONCE_SIZE - this.nonceLen, p.length);
      this.nonce.set(p.subarray(0, off), this.nonceLen);
      this.nonceLen += off;
      if (this.nonceLen < PAYLOAD_NONCE_SIZE) return;
      this.key = payloadKey(this.fileKey, this.nonce);
      this.fileKey.fill(0);
    }
    if (off === p.length) return;
    if (this.carryLen > 0) {
      const take = Math.min(CT_CHUNK_SIZE - this.carryLen, p.length - off);
      this.carry.set(p.subarray(off, off + take), this.carryLen);
      this.carryLen += take;
      off += take;
      // Even a full carry may be the last chunk until a byte after it shows up.
      if (off === p.length) return;
      const pt = this.open(this.carry, false);
      this.carryLen = 0;
      yield pt;
    }
    while (p.length - off > CT_CHUNK_SIZE) {
      const pt = this.open(p.subarray(off, off + CT_CHUNK_SIZE), false);
      off += CT_CHUNK_SIZE;
      yield pt;
    }
    this.carry.set(p.subarray(off), 0);
    this.carryLen = p.length - off;
  }

  /** The final chunk's plaintext (possibly empty) once the input has ended. */
  finish(): Buffer {
    if (!this.key) throw new AgeError('decrypt-failed', 'age payload truncated (no nonce)');
    // Bytes are only ever opened as non-final when more follow, so an empty carry means no chunk at all.
    if (this.carryLen === 0) throw new AgeError('decrypt-failed', 'age payload truncated (no final chunk)');
    const pt = this.open(this.carry.subarray(0, this.carryLen), true);
    if (pt.length === 0 && this.counter.count > 1) {
      throw new AgeError('decrypt-failed', 'age payload ends with an empty chunk');
    }
    return pt;
  }

  /** Best-effort wipe of key material (JS gives no guarantee that no copy remains). */
  dispose(): void {
    this.fileKey.fill(0);
    this.key?.fill(0);
  }

  private open(chunk: Uint8Array, last: boolean): Buffer {
    if (chunk.length < TAG_SIZE) throw new AgeError('decrypt-failed', 'age payload truncated (short chunk)');
    this.counter.last = last;
    const pt = this.aead.open(this.key as Buffer, this.counter.bytes, chunk);
    if (!pt) {
      throw new AgeError('decrypt-failed', last ? 'age payload truncated or final chunk corrupted' : 'age payload chunk failed authentication');
    }
    this.counter.increment();
    return pt;
  }
}

/** Plaintext in, chunks out; the mirror image of PayloadDecryptor (holds back a full chunk too). */
class PayloadEncryptor {
  readonly nonce = randomBytes(PAYLOAD_NONCE_SIZE);
  private readonly key: Buffer;
  private readonly counter = new ChunkNonce();
  private readonly staging = Buffer.allocUnsafe(AGE_CHUNK_SIZE);
  private stagingLen = 0;

  constructor(
    fileKey: Uint8Array,
    private readonly aead: ChunkAead,
  ) {
    this.key = payloadKey(fileKey, this.nonce);
  }

  push(p: Uint8Array): Buffer[] {
    const out: Buffer[] = [];
    let off = 0;
    if (p.length === 0) return out;
    if (this.stagingLen > 0) {
      const take = Math.min(AGE_CHUNK_SIZE - this.stagingLen, p.length);
      this.staging.set(p.subarray(0, take), this.stagingLen);
      this.stagingLen += take;
      off = take;
      if (off === p.length) return out;
      out.push(this.seal(this.staging, false));
      this.stagingLen = 0;
    }
    while (p.length - off > AGE_CHUNK_SIZE) {
      out.push(this.seal(p.subarray(off, off + AGE_CHUNK_SIZE), false));
      off += AGE_CHUNK_SIZE;
    }
    this.staging.set(p.subarray(off), 0);
    this.stagingLen = p.length - off;
    return out;
  }

  finish(): Buffer[] {
    // Empty plaintext: a single empty final chunk, as the spec requires.
    const last = this.seal(this.staging.subarray(0, this.stagingLen), true);
    this.stagingLen = 0;
    this.key.fill(0);
    return [last];
  }

  private seal(chunk: Uint8Array, last: boolean): Buffer {
    this.counter.last = last;
    const ct = this.aead.seal(this.key, this.counter.bytes, chunk);
    this.counter.increment();
    return ct;
  }
}
