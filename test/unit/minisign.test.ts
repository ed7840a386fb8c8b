// minisign keys and signatures: round trips, and every kind of tampering refused for the right reason.
import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type MinisignPublicKey,
  type MinisignSecretKey,
  type MinisignSignature,
  MAX_FILE_BYTES,
  MAX_UNTRUSTED_COMMENT_BYTES,
  MinisignError,
  formatKeyId,
  formatKeyIdUnpadded,
  formatSignature,
  generateKeyPair,
  normaliseKeyIdHex,
  parsePublicKey,
  parseSecretKey,
  parseSignature,
  pickScryptParams,
  signMessage,
  verifySignature,
} from '../../main/bundle/minisign';
import { identityRSignature, torsionSignature, withNonCanonicalS } from '../support/minisign-cli';
import { tempDir } from '../support/temp';

// Cheap scrypt (N = 2^14, r = 8, p = 2) so the tests stay fast; the format is the same.
const FAST_SCRYPT = { opslimit: 1 << 20, memlimit: 1 << 24 };
const MESSAGE = new TextEncoder().encode('{"bundleId":"0b7e3c1a-8f1e-4c0b-9a55-2f4f2d1e6c11"}\n');
const TRUSTED = 'baken-bundle/1 0b7e3c1a-8f1e-4c0b-9a55-2f4f2d1e6c11';

let tmp: ReturnType<typeof tempDir>;
let pub: MinisignPublicKey;
let sec: MinisignSecretKey;
let sigText: string;

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof MinisignError) return error.reason;
    throw error;
  }
  throw new Error('expected a MinisignError');
}

function edit(text: string, line: number, change: (l: string) => string): string {
  const lines = text.split('\n');
  lines[line] = change(lines[line]!);
  return lines.join('\n');
}

function flipBase64Byte(line: string, index: number): string {
  const raw = Buffer.from(line, 'base64');
  raw[index]! ^= 0x01;
  return raw.toString('base64');
}

// Sets an unused low bit of the last base64 character before the padding: same bytes, non-canonical text.
function spareBitSet(line: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const end = line.indexOf('=');
  return `${line.slice(0, end - 1)}${alphabet[alphabet.indexOf(line[end - 1]!) ^ 1]}${line.slice(end)}`;
}

function verifyText(text: string, message = MESSAGE, key = pub) {
  return verifySignature(parseSignature(text), key, message);
}

function seedOf(key: MinisignSecretKey): Uint8Array {
  return key.secretKey.subarray(0, 32);
}

beforeAll(() => {
  tmp = tempDir('baken-minisign-');
  const pair = generateKeyPair();
  writeFileSync(join(tmp.path, 'k.pub'), pair.publicKeyText);
  writeFileSync(join(tmp.path, 'k.key'), pair.secretKeyText, { mode: 0o600 });
  writeFileSync(join(tmp.path, 'manifest.json'), MESSAGE);
  pub = parsePublicKey(readFileSync(join(tmp.path, 'k.pub'), 'utf8'));
  sec = parseSecretKey(readFileSync(join(tmp.path, 'k.key'), 'utf8'));
  sigText = signMessage(readFileSync(join(tmp.path, 'manifest.json')), sec, { trustedComment: TRUSTED });
  writeFileSync(join(tmp.path, 'manifest.json.minisig'), sigText);
});
afterAll(() => tmp.cleanup());

describe('key IDs', () => {
  it('are the 8 bytes read as a little-endian u64: 16 uppercase hex digits, or minisign 0.11’s unpadded %lX', () => {
    expect(formatKeyId(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8))).toBe('0807060504030201');
    expect(formatKeyId(Uint8Array.of(0xab, 0xcd, 0xef, 0, 0, 0, 0, 0))).toBe('0000000000EFCDAB');
    expect(formatKeyIdUnpadded(Uint8Array.of(0xab, 0xcd, 0xef, 0, 0, 0, 0, 0))).toBe('EFCDAB');
    expect(formatKeyIdUnpadded(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8))).toBe('807060504030201');
    expect(formatKeyIdUnpadded(new Uint8Array(8))).toBe('0');
    expect(() => formatKeyId(new Uint8Array(7))).toThrow(RangeError);
  });

  it('normalise from any case and from the unpadded form, and anything else is null', () => {
    expect(normaliseKeyIdHex('40739314ba81b3ec')).toBe('40739314BA81B3EC');
    expect(normaliseKeyIdHex('40739314Ba81B3eC')).toBe('40739314BA81B3EC');
    expect(normaliseKeyIdHex('40739314BA81B3EC')).toBe('40739314BA81B3EC');
    expect(normaliseKeyIdHex('7665544332211')).toBe('0007665544332211');
    expect(normaliseKeyIdHex('efcdab')).toBe('0000000000EFCDAB');
    for (const bad of ['', '40739314BA81B3EC0', '0x40739314BA81B3', ' 40739314BA81B3EC', '40739314BA81B3EG', '40739314BA81B3EC\n', '-1', '١٢']) {
      expect(normaliseKeyIdHex(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('agree between the generated pair, both key files and the signature', () => {
    const pair = generateKeyPair();
    const p = parsePublicKey(pair.publicKeyText);
    expect(p.keyIdHex).toBe(pair.keyIdHex);
    expect(parseSecretKey(pair.secretKeyText).keyIdHex).toBe(pair.keyIdHex);
    expect(pair.publicKeyText.split('\n')[0]).toBe(`untrusted comment: minisign public key ${pair.keyIdHex}`);
    expect(parseSignature(sigText).keyIdHex).toBe(pub.keyIdHex);
  });
});

describe('round trips', () => {
  it('signs prehashed (ED) by default and the signature verifies', () => {
    const sig = parseSignature(readFileSync(join(tmp.path, 'manifest.json.minisig')));
    expect(sig.algorithm).toBe('ED');
    expect(sig.trustedComment).toBe(TRUSTED);
    expect(sig.untrustedComment).toBe('signature from minisign secret key');
    expect(verifySignature(sig, pub, readFileSync(join(tmp.path, 'manifest.json')))).toEqual({ ok: true });
  });

  it('signs legacy (Ed) on request, with custom comments and tabs', () => {
    const text = signMessage(MESSAGE, sec, { trustedComment: 'a\tb', untrustedComment: 'from intake 3', prehashed: false });
    const sig = parseSignature(text);
    expect(sig).toMatchObject({ algorithm: 'Ed', trustedComment: 'a\tb', untrustedComment: 'from intake 3' });
    expect(verifySignature(sig, pub, MESSAGE)).toEqual({ ok: true });
    expect(verifySignature(sig, pub, blake2b(MESSAGE))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('writes exactly four LF-terminated lines, and reads them with or without the final LF', () => {
    expect(sigText.split('\n')).toHaveLength(5);
    expect(sigText.endsWith('\n')).toBe(true);
    expect(verifyText(sigText.slice(0, -1))).toEqual({ ok: true });
    expect(formatSignature(parseSignature(sigText))).toBe(sigText);
  });

  it('accepts bytes and strings alike, and an empty message', () => {
    expect(verifySignature(parseSignature(new TextEncoder().encode(sigText)), pub, MESSAGE)).toEqual({ ok: true });
    const empty = signMessage(new Uint8Array(0), sec, { trustedComment: '' });
    expect(verifyText(empty, new Uint8Array(0))).toEqual({ ok: true });
  });

  it('refuses comments it could not write on one line', () => {
    expect(() => signMessage(MESSAGE, sec, { trustedComment: 'a\nb' })).toThrow(RangeError);
    expect(() => signMessage(MESSAGE, sec, { trustedComment: 'a\rb' })).toThrow(RangeError);
    expect(() => signMessage(MESSAGE, sec, { trustedComment: 'ok', untrustedComment: 'x\x00' })).toThrow(RangeError);
  });
});

describe('tampering', () => {
  it('a flipped message byte → bad-signature (both algorithms)', () => {
    const changed = MESSAGE.slice();
    changed[5]! ^= 0x20;
    expect(verifyText(sigText, changed)).toEqual({ ok: false, reason: 'bad-signature' });
    const legacy = signMessage(MESSAGE, sec, { trustedComment: TRUSTED, prehashed: false });
    expect(verifyText(legacy, changed)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyText(sigText, MESSAGE.subarray(1))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('a flipped signature byte → bad-signature, wherever it is', () => {
    for (const i of [10, 41, 42, 73]) {
      expect(verifyText(edit(sigText, 1, (l) => flipBase64Byte(l, i))), `byte ${i}`).toEqual({ ok: false, reason: 'bad-signature' });
    }
  });

  it('a changed trusted comment → bad-global-signature', () => {
    for (const comment of [`${TRUSTED} `, TRUSTED.slice(0, -1), '', TRUSTED.replace('1', '2')]) {
      expect(verifyText(edit(sigText, 2, () => `trusted comment: ${comment}`))).toEqual({ ok: false, reason: 'bad-global-signature' });
    }
  });

  it('a flipped global signature byte → bad-global-signature', () => {
    for (const i of [0, 31, 32, 63]) {
      expect(verifyText(edit(sigText, 3, (l) => flipBase64Byte(l, i)))).toEqual({ ok: false, reason: 'bad-global-signature' });
    }
  });

  it('the untrusted comment is not signed: changing it changes nothing', () => {
    expect(verifyText(edit(sigText, 0, () => 'untrusted comment: anything'))).toEqual({ ok: true });
  });

  it('a changed key ID → key-mismatch; another key → key-mismatch or bad-signature', () => {
    expect(verifyText(edit(sigText, 1, (l) => flipBase64Byte(l, 2)))).toEqual({ ok: false, reason: 'key-mismatch' });
    const other = parsePublicKey(generateKeyPair().publicKeyText);
    expect(verifyText(sigText, MESSAGE, other)).toEqual({ ok: false, reason: 'key-mismatch' });
    // Same key ID, different key: an attacker choosing a trusted key's ID gains nothing.
    expect(verifyText(sigText, MESSAGE, { ...other, keyId: pub.keyId, keyIdHex: pub.keyIdHex })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('algorithm bytes: ED↔Ed swapped → bad-signature; anything else → bad-signature-format', () => {
    const swapped = edit(sigText, 1, (l) => {
      const raw = Buffer.from(l, 'base64');
      raw[1] = 0x64; // "ED" → "Ed"
      return raw.toString('base64');
    });
    expect(parseSignature(swapped).algorithm).toBe('Ed');
    expect(verifyText(swapped)).toEqual({ ok: false, reason: 'bad-signature' });
    for (const alg of ['ed', 'EE', 'Sc', '\0\0']) {
      const bad = edit(sigText, 1, (l) => {
        const raw = Buffer.from(l, 'base64');
        raw.write(alg, 0, 'latin1');
        return raw.toString('base64');
      });
      expect(reason(() => parseSignature(bad)), alg).toBe('bad-signature-format');
    }
  });

  it('a non-canonical S (S + L) → bad-signature / bad-global-signature', () => {
    const sig = parseSignature(sigText);
    expect(verifySignature({ ...sig, signature: withNonCanonicalS(sig.signature) }, pub, MESSAGE)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifySignature({ ...sig, globalSignature: withNonCanonicalS(sig.globalSignature) }, pub, MESSAGE)).toEqual({
      ok: false,
      reason: 'bad-global-signature',
    });
  });

  it('an R with a torsion component → bad-signature, though the cofactored equation holds', () => {
    const sig = parseSignature(sigText);
    const prehashed = blake2b(MESSAGE, { dkLen: 64 });
    const crafted = torsionSignature(prehashed, seedOf(sec));
    // noble's strict mode still uses the cofactored equation: it accepts what libsodium refuses.
    expect(ed25519.verify(crafted, prehashed, pub.publicKey, { zip215: false })).toBe(true);
    expect(verifySignature({ ...sig, signature: crafted }, pub, MESSAGE)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('an R that is the identity → bad-signature, though the cofactorless equation holds', () => {
    const sig = parseSignature(sigText);
    const prehashed = blake2b(MESSAGE, { dkLen: 64 });
    const crafted = identityRSignature(prehashed, seedOf(sec));
    // OpenSSL's Ed25519 checks only the equation: R = identity, s = k·a satisfies it.
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), pub.publicKey]);
    expect(cryptoVerify(null, prehashed, createPublicKey({ key: spki, format: 'der', type: 'spki' }), crafted)).toBe(true);
    expect(verifySignature({ ...sig, signature: crafted }, pub, MESSAGE)).toEqual({ ok: false, reason: 'bad-signature' });
  });
});

describe('signature format', () => {
  const badFormat = (text: string | Uint8Array) => reason(() => parseSignature(text));

  it('refuses missing, extra and empty lines', () => {
    const lines = sigText.split('\n').slice(0, 4);
    expect(badFormat(lines.slice(0, 3).join('\n'))).toBe('bad-signature-format');
    expect(badFormat(`${lines.slice(0, 3).join('\n')}\n`)).toBe('bad-signature-format');
    expect(badFormat(`${sigText}\n`)).toBe('bad-signature-format');
    expect(badFormat(`${sigText}extra\n`)).toBe('bad-signature-format');
    expect(badFormat(`\n${sigText}`)).toBe('bad-signature-format');
    expect(badFormat([lines[0], lines[1], lines[3], lines[2]].join('\n'))).toBe('bad-signature-format');
    expect(badFormat('')).toBe('bad-signature-format');
    expect(badFormat('\n')).toBe('bad-signature-format');
  });

  it('refuses wrong prefixes, CR, a BOM and control characters', () => {
    expect(badFormat(edit(sigText, 0, (l) => l.replace('untrusted', 'Untrusted')))).toBe('bad-signature-format');
    expect(badFormat(edit(sigText, 2, (l) => l.replace('trusted comment: ', 'trusted comment:')))).toBe('bad-signature-format');
    expect(badFormat(sigText.replaceAll('\n', '\r\n'))).toBe('bad-signature-format');
    expect(badFormat(edit(sigText, 2, (l) => `${l}\r`))).toBe('bad-signature-format');
    expect(badFormat(`\uFEFF${sigText}`)).toBe('bad-signature-format');
    for (const c of ['\x00', '\x1b', '\x7f', '\x0b', '\x0c']) {
      expect(badFormat(edit(sigText, 2, (l) => `${l}${c}`)), JSON.stringify(c)).toBe('bad-signature-format');
      expect(badFormat(edit(sigText, 0, (l) => `${l}${c}`)), JSON.stringify(c)).toBe('bad-signature-format');
    }
  });

  it('refuses invalid UTF-8 and lone surrogates', () => {
    const raw = Buffer.from(sigText);
    const at = raw.indexOf('trusted comment: ', 30) + 17;
    for (const bytes of [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
      const bad = Buffer.concat([raw.subarray(0, at), Buffer.from(bytes), raw.subarray(at)]);
      expect(badFormat(new Uint8Array(bad)), bytes.join(',')).toBe('bad-signature-format');
    }
    expect(badFormat(edit(sigText, 2, (l) => `${l}\uD800`))).toBe('bad-signature-format');
    expect(verifyText(signMessage(MESSAGE, sec, { trustedComment: 'Ŝ → 署名 😀' }))).toEqual({ ok: true });
  });

  it('refuses bad base64: wrong alphabet, padding, spare bits, length, whitespace', () => {
    const sigLine = sigText.split('\n')[1]!;
    const globalLine = sigText.split('\n')[3]!;
    const variants = [
      sigLine.replace(/[+/]/g, (c) => (c === '+' ? '-' : '_')).replace(/^(.)/, '-'), // base64url
      sigLine.replace(/=+$/, ''), // padding dropped
      `${sigLine}=`,
      `${sigLine.slice(0, 20)} ${sigLine.slice(20)}`,
      `${sigLine.slice(0, 20)}\t${sigLine.slice(21)}`,
      ` ${sigLine}`,
      Buffer.concat([Buffer.from(sigLine, 'base64'), Buffer.of(0)]).toString('base64'), // 75 bytes
      Buffer.from(sigLine, 'base64').subarray(0, 73).toString('base64'), // 73 bytes
      `${sigLine.slice(0, -2)}`,
      `${sigLine.slice(0, -4)}!!!=`,
    ];
    variants.push(spareBitSet(sigLine));
    expect(Buffer.from(variants.at(-1)!, 'base64').equals(Buffer.from(sigLine, 'base64'))).toBe(true); // lenient decoders agree
    for (const v of variants) expect(badFormat(edit(sigText, 1, () => v)), v).toBe('bad-signature-format');
    expect(badFormat(edit(sigText, 3, () => globalLine.replace(/=+$/, '')))).toBe('bad-signature-format');
    expect(badFormat(edit(sigText, 3, () => spareBitSet(globalLine)))).toBe('bad-signature-format');
  });

  it(`refuses input over ${MAX_FILE_BYTES} bytes, accepts exactly ${MAX_FILE_BYTES}`, () => {
    const base = signMessage(MESSAGE, sec, { trustedComment: '', untrustedComment: '' });
    const room = MAX_FILE_BYTES - Buffer.byteLength(base);
    const full = signMessage(MESSAGE, sec, { trustedComment: 'x'.repeat(room), untrustedComment: '' });
    expect(Buffer.byteLength(full)).toBe(MAX_FILE_BYTES);
    expect(verifyText(full)).toEqual({ ok: true });
    expect(() => signMessage(MESSAGE, sec, { trustedComment: 'x'.repeat(room + 1), untrustedComment: '' })).toThrow(RangeError);
    const over = edit(full, 0, (l) => `${l}x`);
    expect(badFormat(over)).toBe('bad-signature-format');
    expect(badFormat(new TextEncoder().encode(over))).toBe('bad-signature-format');
    // Multi-byte characters count as bytes, not UTF-16 units.
    expect(badFormat(edit(full, 2, (l) => `${l.slice(0, -1)}é`))).toBe('bad-signature-format');
    expect(badFormat('x'.repeat(10_000_000))).toBe('bad-signature-format');
  });

  it(`limits the untrusted comment to ${MAX_UNTRUSTED_COMMENT_BYTES} bytes, as minisign 0.11 does`, () => {
    const longest = signMessage(MESSAGE, sec, { trustedComment: TRUSTED, untrustedComment: 'x'.repeat(MAX_UNTRUSTED_COMMENT_BYTES) });
    expect(verifyText(longest)).toEqual({ ok: true });
    expect(badFormat(edit(longest, 0, (l) => `${l}x`))).toBe('bad-signature-format');
    expect(badFormat(edit(longest, 0, (l) => `${l.slice(0, -1)}é`))).toBe('bad-signature-format');
    expect(() => signMessage(MESSAGE, sec, { trustedComment: TRUSTED, untrustedComment: 'x'.repeat(MAX_UNTRUSTED_COMMENT_BYTES + 1) })).toThrow(RangeError);
  });
});

describe('public keys', () => {
  const text = () => readFileSync(join(tmp.path, 'k.pub'), 'utf8');
  const badKey = (t: string) => reason(() => parsePublicKey(t));

  it('reads the file, the file without its final LF, and the base64 line alone', () => {
    const b64 = text().split('\n')[1]!;
    for (const t of [text(), text().slice(0, -1), b64, `${b64}\n`]) expect(parsePublicKey(t)).toEqual(pub);
    expect(pub.publicKey).toHaveLength(32);
    expect(pub.keyId).toHaveLength(8);
  });

  it('refuses other layouts, CR, bad base64, wrong lengths and algorithms', () => {
    const [comment, b64] = text().split('\n') as [string, string];
    const raw = Buffer.from(b64, 'base64');
    const variants = [
      '',
      `${b64}\n\n`,
      `${comment}\n${b64}\n${b64}\n`,
      `${comment}\r\n${b64}\r\n`,
      `comment: x\n${b64}\n`,
      `${comment}\n ${b64}\n`,
      `${comment}\n${b64.slice(0, -1)}\n`,
      `${comment}\n${b64}=\n`,
      Buffer.concat([raw, Buffer.of(0)]).toString('base64'),
      raw.subarray(0, 41).toString('base64'),
      Buffer.concat([Buffer.from('ED'), raw.subarray(2)]).toString('base64'),
      Buffer.concat([Buffer.from('Ex'), raw.subarray(2)]).toString('base64'),
      `${comment}\x01\n${b64}\n`,
      `untrusted comment: ${'x'.repeat(MAX_UNTRUSTED_COMMENT_BYTES + 1)}\n${b64}\n`,
    ];
    for (const v of variants) expect(badKey(v), JSON.stringify(v)).toBe('bad-public-key');
  });

  it('refuses keys libsodium would refuse: small order, non-canonical, off the curve', () => {
    const withPoint = (hex: string) => Buffer.concat([Buffer.from('Ed'), Buffer.from(pub.keyId), Buffer.from(hex, 'hex')]).toString('base64');
    const identity = `01${'00'.repeat(31)}`;
    const order8 = 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a';
    const yIsP = `ed${'ff'.repeat(30)}7f`; // y = p, non-canonical encoding of y = 0
    const yIsPPlus2 = `ef${'ff'.repeat(30)}7f`;
    const notOnCurve = `02${'00'.repeat(31)}`;
    for (const hex of [identity, order8, yIsP, yIsPPlus2, notOnCurve, '00'.repeat(32)]) {
      expect(badKey(withPoint(hex)), hex).toBe('bad-public-key');
    }
  });
});

describe('secret keys', () => {
  const badSecret = (t: string, pass?: string) => reason(() => parseSecretKey(t, pass));
  const rawOf = (t: string) => Buffer.from(t.split('\n')[1]!, 'base64');
  const withRaw = (t: string, raw: Buffer) => `${t.split('\n')[0]}\n${raw.toString('base64')}\n`;

  it('an unencrypted key round-trips and signs what its public key verifies', () => {
    const pair = generateKeyPair();
    const key = parseSecretKey(pair.secretKeyText);
    expect(key.secretKey).toHaveLength(64);
    expect(key.publicKey).toEqual(parsePublicKey(pair.publicKeyText).publicKey);
    expect(key.secretKey.subarray(32)).toEqual(key.publicKey);
    const raw = rawOf(pair.secretKeyText);
    expect(raw.subarray(0, 6).toString('latin1')).toBe('Ed\0\0B2');
    expect(verifyText(signMessage(MESSAGE, key, { trustedComment: 't' }), MESSAGE, parsePublicKey(pair.publicKeyText))).toEqual({ ok: true });
    // A passphrase for an unencrypted key is ignored.
    expect(parseSecretKey(pair.secretKeyText, 'anything').keyIdHex).toBe(pair.keyIdHex);
  });

  it('an encrypted key needs the right passphrase', () => {
    const pair = generateKeyPair({ passphrase: 'correct horse', scrypt: FAST_SCRYPT });
    expect(rawOf(pair.secretKeyText).subarray(0, 6).toString('latin1')).toBe('EdScB2');
    expect(parseSecretKey(pair.secretKeyText, 'correct horse').keyIdHex).toBe(pair.keyIdHex);
    expect(badSecret(pair.secretKeyText, 'correct horse ')).toBe('wrong-passphrase');
    expect(badSecret(pair.secretKeyText, '')).toBe('wrong-passphrase');
    expect(badSecret(pair.secretKeyText)).toBe('wrong-passphrase');
  });

  it('accepts the all-zero checksum of minisign -G -W, refuses a wrong one', () => {
    const pair = generateKeyPair();
    const raw = rawOf(pair.secretKeyText);
    raw.fill(0, raw.length - 32);
    expect(parseSecretKey(withRaw(pair.secretKeyText, raw)).keyIdHex).toBe(pair.keyIdHex);
    raw[raw.length - 1] = 1;
    expect(badSecret(withRaw(pair.secretKeyText, raw))).toBe('bad-secret-key');
  });

  it('refuses a secret key whose public half does not match, or unknown algorithms', () => {
    const pair = generateKeyPair();
    const raw = rawOf(pair.secretKeyText);
    const zeroChk = (r: Buffer) => (r.fill(0, r.length - 32), r);
    const pkFlipped = Buffer.from(raw);
    pkFlipped[54 + 8 + 40]! ^= 1;
    expect(badSecret(withRaw(pair.secretKeyText, zeroChk(pkFlipped)))).toBe('bad-secret-key');
    for (const [at, value] of [[0, 'ED'], [2, 'Ar'], [2, 'SC'], [4, 'B3']] as const) {
      const bad = Buffer.from(raw);
      bad.write(value, at, 'latin1');
      expect(badSecret(withRaw(pair.secretKeyText, bad)), value).toBe('bad-secret-key');
    }
    expect(badSecret(`${pair.secretKeyText}\n`)).toBe('bad-secret-key');
    expect(badSecret(withRaw(pair.secretKeyText, raw.subarray(1)))).toBe('bad-secret-key');
  });

  it('refuses scrypt limits beyond 1 GiB of memory without running scrypt', () => {
    const pair = generateKeyPair({ passphrase: 'pw', scrypt: FAST_SCRYPT });
    const raw = rawOf(pair.secretKeyText);
    raw.writeBigUInt64LE(1n << 40n, 38);
    raw.writeBigUInt64LE(1n << 40n, 46);
    const started = Date.now();
    expect(badSecret(withRaw(pair.secretKeyText, raw), 'pw')).toBe('bad-secret-key');
    expect(Date.now() - started).toBeLessThan(1000);
    raw.writeBigUInt64LE(0xffffffffffffffffn, 38);
    expect(badSecret(withRaw(pair.secretKeyText, raw), 'pw')).toBe('bad-secret-key');
  });

  it('generateKeyPair refuses passphrases minisign could not type', () => {
    for (const p of ['', 'a\nb', 'a\rb', 'a\0b', 'x'.repeat(1024)]) expect(() => generateKeyPair({ passphrase: p }), JSON.stringify(p)).toThrow(RangeError);
  });
});

describe("libsodium's pickparams", () => {
  it('maps (opslimit, memlimit) to scrypt N, r, p as libsodium does', () => {
    // minisign's defaults (OPSLIMIT/MEMLIMIT_SENSITIVE) and libsodium's INTERACTIVE pair.
    expect(pickScryptParams(33_554_432n, 1_073_741_824n)).toEqual({ logN: 20, r: 8, p: 1 });
    expect(pickScryptParams(524_288n, 16_777_216n)).toEqual({ logN: 14, r: 8, p: 1 });
    // opslimit < memlimit / 32: p = 1, N from opslimit.
    expect(pickScryptParams(32_768n, 1n << 30n)).toEqual({ logN: 10, r: 8, p: 1 });
    expect(pickScryptParams(1n, 1n << 30n)).toEqual({ logN: 10, r: 8, p: 1 }); // opslimit raised to 32768
    // otherwise N from memlimit, p from what is left of opslimit.
    expect(pickScryptParams(1n << 20n, 1n << 24n)).toEqual({ logN: 14, r: 8, p: 2 });
    expect(pickScryptParams(0n, 0n)).toEqual({ logN: 1, r: 8, p: 512 });
    expect(pickScryptParams(1n << 62n, 0n)).toEqual({ logN: 1, r: 8, p: Math.floor(0x3fffffff / 8) }); // maxrp capped
  });
});

// Keep the helpers honest: the signature objects they build are what parseSignature returns.
describe('formatSignature', () => {
  it('round-trips parseSignature and refuses wrong lengths', () => {
    const sig: MinisignSignature = parseSignature(sigText);
    expect(formatSignature(sig)).toBe(sigText);
    expect(() => formatSignature({ ...sig, signature: sig.signature.subarray(1) })).toThrow(RangeError);
  });
});
