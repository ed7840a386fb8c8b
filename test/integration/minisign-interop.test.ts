// Interoperability with the real minisign 0.11 tool, both ways: its keys and signatures through our
// parser and verifier, ours through minisign; the same edge cases refused by both.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type MinisignPublicKey,
  MAX_UNTRUSTED_COMMENT_BYTES,
  MinisignError,
  formatKeyIdUnpadded,
  formatSignature,
  generateKeyPair,
  normaliseKeyIdHex,
  parsePublicKey,
  parseSecretKey,
  parseSignature,
  signMessage,
  verifySignature,
} from '../../main/bundle/minisign';
import { minisign, torsionSignature, withNonCanonicalS } from '../support/minisign-cli';
import { tempDir } from '../support/temp';

const FAST_SCRYPT = { opslimit: 1 << 20, memlimit: 1 << 24 };
const TRUSTED = 'baken-bundle/1 5d1c0f5e-2a47-4b8e-8f0c-6a1e9b3d7c20';
const MESSAGE = new TextEncoder().encode('{"bundleId":"5d1c0f5e-2a47-4b8e-8f0c-6a1e9b3d7c20","files":[]}\n');

let tmp: ReturnType<typeof tempDir>;
let dir: string;
const at = (name: string) => join(dir, name);
const read = (name: string) => readFileSync(at(name), 'utf8');

function ok(args: string[], input?: string) {
  const r = minisign(args, { cwd: dir, input });
  expect(r.status, `minisign ${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

/** minisign -V on a signature text; returns minisign's exit status and output. */
function cliVerify(sigText: string, pubFile: string, extra: string[] = []) {
  writeFileSync(at('check.minisig'), sigText);
  return minisign(['-V', ...extra, '-p', pubFile, '-m', 'manifest.json', '-x', 'check.minisig'], { cwd: dir });
}

/** An unencrypted secret key file built from the format description alone (zero checksum, like -W). */
function handmadeSecretKey(keyId: Uint8Array, seed: Uint8Array): string {
  const header = Buffer.alloc(54);
  header.write('Ed\0\0B2', 0, 'latin1');
  const raw = Buffer.concat([header, keyId, seed, ed25519.getPublicKey(seed), Buffer.alloc(32)]);
  return `untrusted comment: handmade\n${raw.toString('base64')}\n`;
}

/** The key ID in minisign's public key comment, as printed (0.11 drops leading zeros). */
function keyIdInComment(pubText: string): string {
  const m = /^untrusted comment: minisign public key ([0-9A-F]{1,16})\n/.exec(pubText);
  if (!m) throw new Error('no key ID in the public key comment');
  return m[1]!;
}

beforeAll(() => {
  tmp = tempDir('baken-minisign-interop-');
  dir = tmp.path;
  writeFileSync(at('manifest.json'), MESSAGE);
  ok(['-G', '-W', '-p', 'cli.pub', '-s', 'cli.key']);
  ok(['-G', '-W', '-p', 'other.pub', '-s', 'other.key']);
});
afterAll(() => tmp.cleanup());

describe('minisign → Baken', () => {
  let pub: MinisignPublicKey;
  beforeAll(() => {
    pub = parsePublicKey(read('cli.pub'));
  });

  it('reads the key ID minisign prints (comment and -V key mismatch)', () => {
    expect(normaliseKeyIdHex(keyIdInComment(read('cli.pub')))).toBe(pub.keyIdHex);
    expect([pub.keyIdHex, formatKeyIdUnpadded(pub.keyId)]).toContain(keyIdInComment(read('cli.pub')));
    ok(['-S', '-s', 'cli.key', '-m', 'manifest.json']);
    const sig = parseSignature(read('manifest.json.minisig'));
    expect(sig.keyIdHex).toBe(pub.keyIdHex);
    const mismatch = minisign(['-V', '-p', 'other.pub', '-m', 'manifest.json'], { cwd: dir });
    expect(mismatch.status).toBe(1);
    const printed = /key id in manifest\.json\.minisig is ([0-9A-F]+)\nbut the key id in the public key is ([0-9A-F]+)\n/.exec(mismatch.stderr);
    expect(printed, mismatch.stderr).not.toBeNull();
    expect(normaliseKeyIdHex(printed![1]!)).toBe(sig.keyIdHex);
    expect(normaliseKeyIdHex(printed![2]!)).toBe(parsePublicKey(read('other.pub')).keyIdHex);
  });

  it('verifies a default (prehashed ED) signature with minisign’s own trusted comment', () => {
    ok(['-S', '-s', 'cli.key', '-m', 'manifest.json']);
    const sig = parseSignature(readFileSync(at('manifest.json.minisig')));
    expect(sig.algorithm).toBe('ED');
    expect(sig.trustedComment).toMatch(/^timestamp:\d+\tfile:manifest\.json\thashed$/);
    expect(sig.untrustedComment).toBe('signature from minisign secret key');
    expect(verifySignature(sig, pub, MESSAGE)).toEqual({ ok: true });
  });

  it('verifies a legacy (-l, Ed) signature with given comments', () => {
    ok(['-S', '-l', '-s', 'cli.key', '-m', 'manifest.json', '-t', TRUSTED, '-c', 'intake station 2']);
    const sig = parseSignature(read('manifest.json.minisig'));
    expect(sig).toMatchObject({ algorithm: 'Ed', trustedComment: TRUSTED, untrustedComment: 'intake station 2' });
    expect(verifySignature(sig, pub, MESSAGE)).toEqual({ ok: true });
  });

  it('reads minisign’s unencrypted (-W) secret key, and signs byte for byte as minisign does', () => {
    const key = parseSecretKey(read('cli.key'));
    expect(key.keyIdHex).toBe(pub.keyIdHex);
    expect(key.publicKey).toEqual(pub.publicKey);
    for (const legacy of [false, true]) {
      ok(['-S', ...(legacy ? ['-l'] : []), '-s', 'cli.key', '-m', 'manifest.json', '-t', TRUSTED, '-c', 'same comment']);
      const ours = signMessage(MESSAGE, key, { trustedComment: TRUSTED, untrustedComment: 'same comment', prehashed: !legacy });
      expect(ours).toBe(read('manifest.json.minisig'));
    }
  });

  it('refuses minisign’s signatures once tampered with, as minisign does', () => {
    ok(['-S', '-s', 'cli.key', '-m', 'manifest.json', '-t', TRUSTED]);
    const good = read('manifest.json.minisig');
    const lines = good.split('\n');
    const cases: [string, string][] = [
      [[lines[0], lines[1], `trusted comment: ${TRUSTED}x`, lines[3], ''].join('\n'), 'bad-global-signature'],
      [good.replace(lines[1]!, flip(lines[1]!, 20)), 'bad-signature'],
      [good.replace(lines[3]!, flip(lines[3]!, 5)), 'bad-global-signature'],
    ];
    for (const [text, reason] of cases) {
      expect(cliVerify(text, 'cli.pub').status).not.toBe(0);
      expect(verifySignature(parseSignature(text), pub, MESSAGE)).toEqual({ ok: false, reason });
    }
  });
});

describe('Baken → minisign', () => {
  it('minisign -V accepts our prehashed signature, also with -H', () => {
    const pair = generateKeyPair();
    writeFileSync(at('ours.pub'), pair.publicKeyText);
    const text = signMessage(MESSAGE, parseSecretKey(pair.secretKeyText), { trustedComment: TRUSTED });
    for (const extra of [[], ['-H']]) {
      const r = cliVerify(text, 'ours.pub', extra);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(`Signature and comment signature verified\nTrusted comment: ${TRUSTED}\n`);
    }
  });

  it('minisign -V accepts our legacy signature, and -H refuses it as legacy', () => {
    const pair = generateKeyPair();
    writeFileSync(at('ours.pub'), pair.publicKeyText);
    const text = signMessage(MESSAGE, parseSecretKey(pair.secretKeyText), { trustedComment: 'tab\tand ünïcödé', prehashed: false });
    const r = cliVerify(text, 'ours.pub');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Trusted comment: tab\tand ünïcödé\n');
    const strict = cliVerify(text, 'ours.pub', ['-H']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('Legacy (non-prehashed) signature found');
  });

  it('minisign -R recreates our public key file byte for byte, but for the key ID’s padding', () => {
    const pair = generateKeyPair();
    writeFileSync(at('ours.key'), pair.secretKeyText, { mode: 0o600 });
    ok(['-R', '-f', '-s', 'ours.key', '-p', 'recreated.pub']);
    const unpadded = formatKeyIdUnpadded(parsePublicKey(pair.publicKeyText).keyId);
    expect([pair.publicKeyText, pair.publicKeyText.replace(pair.keyIdHex, unpadded)]).toContain(read('recreated.pub'));
  });

  it('a key ID with leading zeros: minisign 0.11 prints it unpadded, we normalise it to 16 digits', () => {
    const keyId = Uint8Array.of(0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x07, 0x00);
    writeFileSync(at('zero.key'), handmadeSecretKey(keyId, new Uint8Array(32).fill(7)), { mode: 0o600 });
    ok(['-R', '-f', '-s', 'zero.key', '-p', 'zero.pub']);
    const printed = keyIdInComment(read('zero.pub'));
    expect(['7665544332211', '0007665544332211']).toContain(printed); // 0.11: %lX; newer: %016X
    expect(formatKeyIdUnpadded(keyId)).toBe('7665544332211');
    expect(normaliseKeyIdHex(printed)).toBe('0007665544332211');
    expect(parsePublicKey(read('zero.pub')).keyIdHex).toBe('0007665544332211');
    expect(parseSecretKey(read('zero.key')).keyIdHex).toBe('0007665544332211');
    const text = signMessage(MESSAGE, parseSecretKey(read('zero.key')), { trustedComment: TRUSTED });
    const r = cliVerify(text, 'cli.pub');
    expect(r.stderr).toContain(`check.minisig is ${printed}\n`);
  });

  // Both of libsodium's pickparams branches: N from memlimit (p = 2), and N from opslimit (p = 1).
  for (const scrypt of [FAST_SCRYPT, { opslimit: 32_768, memlimit: 1 << 30 }]) {
    it(`minisign signs with our encrypted key (opslimit ${scrypt.opslimit}, memlimit ${scrypt.memlimit})`, () => {
      const pair = generateKeyPair({ passphrase: 'Zeven kikkers in één emmer', scrypt });
      writeFileSync(at('enc.key'), pair.secretKeyText, { mode: 0o600 });
      writeFileSync(at('enc.pub'), pair.publicKeyText);
      const wrong = minisign(['-S', '-s', 'enc.key', '-m', 'manifest.json'], { cwd: dir, input: 'zeven kikkers in één emmer\n' });
      expect(wrong.status).not.toBe(0);
      expect(wrong.stderr).toContain('Wrong password for that key');
      ok(['-S', '-s', 'enc.key', '-m', 'manifest.json', '-t', TRUSTED], 'Zeven kikkers in één emmer\n');
      const sig = parseSignature(read('manifest.json.minisig'));
      expect(verifySignature(sig, parsePublicKey(pair.publicKeyText), MESSAGE)).toEqual({ ok: true });
      ok(['-V', '-p', 'enc.pub', '-m', 'manifest.json']);
    });
  }

  it('minisign -C -W decrypts our key; we read the result (its checksum is real, not zero)', () => {
    const pair = generateKeyPair({ passphrase: 'pw', scrypt: FAST_SCRYPT });
    writeFileSync(at('dec.key'), pair.secretKeyText, { mode: 0o600 });
    ok(['-C', '-W', '-s', 'dec.key'], 'pw\n');
    const raw = Buffer.from(read('dec.key').split('\n')[1]!, 'base64');
    expect(raw.subarray(2, 4)).toEqual(Buffer.alloc(2));
    expect(raw.subarray(-32).equals(Buffer.alloc(32))).toBe(false);
    expect(parseSecretKey(read('dec.key')).keyIdHex).toBe(pair.keyIdHex);
  });

  it('minisign refuses the Ed25519 edge cases we refuse: S + L, torsion in R', () => {
    const pair = generateKeyPair();
    writeFileSync(at('edge.pub'), pair.publicKeyText);
    const key = parseSecretKey(pair.secretKeyText);
    const pub = parsePublicKey(pair.publicKeyText);
    const seed = key.secretKey.subarray(0, 32);
    const sig = parseSignature(signMessage(MESSAGE, key, { trustedComment: TRUSTED }));
    const signed = blake2b(MESSAGE, { dkLen: 64 });
    const torsion = torsionSignature(signed, seed);
    expect(ed25519.verify(torsion, signed, pub.publicKey, { zip215: false })).toBe(true); // cofactored check passes
    const globalFor = (s: Uint8Array) => ed25519.sign(new Uint8Array([...s, ...new TextEncoder().encode(TRUSTED)]), seed);
    const cases = [
      { parts: { ...sig, signature: withNonCanonicalS(sig.signature) }, reason: 'bad-signature', cli: 'Signature verification failed' },
      { parts: { ...sig, signature: torsion, globalSignature: globalFor(torsion) }, reason: 'bad-signature', cli: 'Signature verification failed' },
      { parts: { ...sig, globalSignature: withNonCanonicalS(sig.globalSignature) }, reason: 'bad-global-signature', cli: 'Comment signature verification failed' },
    ];
    for (const c of cases) {
      const text = formatSignature(c.parts);
      const r = cliVerify(text, 'edge.pub');
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(c.cli);
      expect(verifySignature(parseSignature(text), pub, MESSAGE)).toEqual({ ok: false, reason: c.reason });
    }
    // And the untampered one passes both.
    expect(cliVerify(formatSignature(sig), 'edge.pub').status).toBe(0);
  });
});

describe('limits', () => {
  it(`an untrusted comment of ${MAX_UNTRUSTED_COMMENT_BYTES} bytes is the longest both read`, () => {
    const pair = generateKeyPair();
    writeFileSync(at('limit.pub'), pair.publicKeyText);
    const longest = signMessage(MESSAGE, parseSecretKey(pair.secretKeyText), {
      trustedComment: TRUSTED,
      untrustedComment: 'x'.repeat(MAX_UNTRUSTED_COMMENT_BYTES),
    });
    expect(cliVerify(longest, 'limit.pub').status).toBe(0);
    const tooLong = longest.replace('untrusted comment: x', 'untrusted comment: xx');
    const r = cliVerify(tooLong, 'limit.pub');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Untrusted signature comment too long');
    expect(() => parseSignature(tooLong)).toThrow(MinisignError);
  });
});

describe('password-protected key from minisign -G (minisign’s default scrypt: N = 2^20, 1 GiB)', () => {
  it('reads it with the passphrase given on stdin, and minisign verifies what we sign with it', { timeout: 180_000 }, () => {
    ok(['-G', '-p', 'enc-cli.pub', '-s', 'enc-cli.key'], 'een lang wachtwoord\neen lang wachtwoord\n');
    const pub = parsePublicKey(read('enc-cli.pub'));
    const key = parseSecretKey(read('enc-cli.key'), 'een lang wachtwoord');
    expect(key.keyIdHex).toBe(pub.keyIdHex);
    expect(normaliseKeyIdHex(keyIdInComment(read('enc-cli.pub')))).toBe(key.keyIdHex);
    expect(key.publicKey).toEqual(pub.publicKey);
    const r = cliVerify(signMessage(MESSAGE, key, { trustedComment: TRUSTED }), 'enc-cli.pub');
    expect(r.status, r.stderr).toBe(0);
  });
});

function flip(b64line: string, index: number): string {
  const raw = Buffer.from(b64line, 'base64');
  raw[index]! ^= 0x01;
  return raw.toString('base64');
}
