// Interop of main/bundle/age-stream with the real `age` CLI and with typage, both directions, on
// real files in a temp dir. age 1.1.1 has no post-quantum keys (`age-keygen -pq` arrived in 1.3):
// PQ interop is checked against typage, and against the CLI only where it supports PQ.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { armor, Decrypter, Encrypter, generateHybridIdentity, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgeError, type AgeKeys, type AgeRecipients, collect, decryptAge, encryptAge } from '../../main/bundle/age-stream';
import {
  AGE_AVAILABLE,
  type AgeKeyPair,
  ageDecrypt,
  ageDecryptOk,
  ageDecryptPassphrase,
  ageEncrypt,
  ageEncryptPassphrase,
  ageKeygen,
  ageKeygenHasPq,
  PTY_AVAILABLE,
} from '../support/age-cli';
import { tempDir } from '../support/temp';

const SIZES = [0, 1, 65535, 65536, 65537, 3 * 65536, 5 * 1024 * 1024 + 7];
const CT_CHUNK = 65536 + 16;

let tmp: ReturnType<typeof tempDir>;
let seq = 0;
beforeAll(() => {
  tmp = tempDir('baken-age-interop-');
});
afterAll(() => tmp.cleanup());

function file(name: string): string {
  return join(tmp.path, `${++seq}-${name}`);
}

function plainFile(n: number): { path: string; data: Buffer } {
  const data = randomBytes(n);
  const path = file(`plain-${n}.bin`);
  writeFileSync(path, data);
  return { path, data };
}

/** decryptAge over a file read the way the bundle import reads it (1 MiB pieces). */
function decryptFile(path: string, keys: AgeKeys): Promise<Buffer> {
  return collect(decryptAge(createReadStream(path, { highWaterMark: 1 << 20 }), keys));
}

async function encryptFile(plain: string, to: AgeRecipients, armored = false): Promise<string> {
  const out = file(armored ? 'ours.age.asc' : 'ours.age');
  await pipeline(createReadStream(plain, { highWaterMark: 1 << 20 }), (src) => encryptAge(src, to, { armor: armored }), createWriteStream(out));
  return out;
}

async function failCode(path: string, keys: AgeKeys): Promise<string> {
  try {
    await decryptFile(path, keys);
  } catch (e) {
    if (e instanceof AgeError) return e.code;
    throw e;
  }
  return 'ok';
}

describe.skipIf(!AGE_AVAILABLE)('real age CLI', () => {
  let a: AgeKeyPair;
  let b: AgeKeyPair;
  beforeAll(() => {
    a = ageKeygen(tmp.path, 'a');
    b = ageKeygen(tmp.path, 'b');
  });

  it('age -r (X25519) → decryptAge, binary and armored, every size', async () => {
    for (const n of SIZES) {
      const { path, data } = plainFile(n);
      for (const armored of [false, true]) {
        const enc = file(armored ? 'age.asc' : 'age.age');
        ageEncrypt(path, enc, [a.recipient], armored);
        expect((await decryptFile(enc, { identities: [a.identity] })).equals(data), `n=${n} armor=${armored}`).toBe(true);
      }
    }
  });

  it('age -r A -r B → decryptAge with B only', async () => {
    const { path, data } = plainFile(200_000);
    const enc = file('two.age');
    ageEncrypt(path, enc, [a.recipient, b.recipient]);
    expect((await decryptFile(enc, { identities: [b.identity] })).equals(data)).toBe(true);
    expect(await failCode(enc, { identities: [await generateX25519Identity()] })).toBe('wrong-recipient');
  });

  it('encryptAge (X25519) → age -d, binary and armored, every size', async () => {
    for (const n of SIZES) {
      const { path, data } = plainFile(n);
      for (const armored of [false, true]) {
        const enc = await encryptFile(path, { recipients: [a.recipient] }, armored);
        expect(ageDecryptOk(enc, [a.keyFile]).equals(data), `n=${n} armor=${armored}`).toBe(true);
      }
    }
  });

  it('encryptAge to A and B → age -d with B', async () => {
    const { path, data } = plainFile(70_000);
    const enc = await encryptFile(path, { recipients: [a.recipient, b.recipient] });
    expect(ageDecryptOk(enc, [b.keyFile]).equals(data)).toBe(true);
  });

  it('armor with CRLF line endings: age and decryptAge both accept it', async () => {
    const { path, data } = plainFile(10_000);
    const enc = file('crlf.age.asc');
    ageEncrypt(path, enc, [a.recipient], true);
    const crlf = file('crlf2.age.asc');
    writeFileSync(crlf, readFileSync(enc, 'latin1').replaceAll('\n', '\r\n'), 'latin1');
    expect((await decryptFile(crlf, { identities: [a.identity] })).equals(data)).toBe(true);
    expect(ageDecryptOk(crlf, [a.keyFile]).equals(data)).toBe(true);
  });

  it('damaged files: age and decryptAge both refuse them', async () => {
    const { path } = plainFile(3 * 65536 + 500);
    const enc = file('victim.age');
    ageEncrypt(path, enc, [a.recipient]);
    const ct = readFileSync(enc);
    const headerEnd = ct.indexOf('\n', ct.indexOf('\n--- ') + 1) + 1;
    const chunk = (i: number) => headerEnd + 16 + i * CT_CHUNK;
    const flip = (at: number) => {
      const x = Buffer.from(ct);
      x[at] = (x[at] as number) ^ 1;
      return x;
    };
    // Another base64 character, so the MAC stays well-formed and only its value is wrong.
    const swapChar = (at: number) => {
      const x = Buffer.from(ct);
      x[at] = x[at] === 0x41 ? 0x42 : 0x41;
      return x;
    };
    const variants: [string, Buffer, string][] = [
      ['final chunk dropped at a boundary', ct.subarray(0, chunk(3)), 'decrypt-failed'],
      ['one byte short', ct.subarray(0, ct.length - 1), 'decrypt-failed'],
      ['trailing byte', Buffer.concat([ct, Buffer.from([0])]), 'decrypt-failed'],
      ['middle chunk flipped', flip(chunk(1) + 9), 'decrypt-failed'],
      ['nonce flipped', flip(headerEnd + 3), 'decrypt-failed'],
      ['MAC changed', swapChar(ct.indexOf('\n--- ') + 6), 'decrypt-failed'],
      ['chunks swapped', Buffer.concat([ct.subarray(0, chunk(0)), ct.subarray(chunk(1), chunk(2)), ct.subarray(chunk(0), chunk(1)), ct.subarray(chunk(2))]), 'decrypt-failed'],
      ['header only', ct.subarray(0, headerEnd), 'decrypt-failed'],
      ['version line changed', flip(5), 'not-age'],
    ];
    for (const [why, bytes, expected] of variants) {
      const p = file('damaged.age');
      writeFileSync(p, bytes);
      expect(ageDecrypt(p, [a.keyFile]).status, `age: ${why}`).not.toBe(0);
      expect(await failCode(p, { identities: [a.identity] }), why).toBe(expected);
    }
    // Armor with a short line in the middle.
    const asc = file('victim.age.asc');
    ageEncrypt(path, asc, [a.recipient], true);
    const lines = readFileSync(asc, 'latin1').split('\n');
    lines[5] = (lines[5] as string).slice(0, 60);
    const badAsc = file('bad.age.asc');
    writeFileSync(badAsc, lines.join('\n'), 'latin1');
    expect(ageDecrypt(badAsc, [a.keyFile]).status).not.toBe(0);
    expect(await failCode(badAsc, { identities: [a.identity] })).toBe('not-age');
  });

  describe.skipIf(!PTY_AVAILABLE)('passphrases (age reads them from a terminal: driven through a pty)', () => {
    const PASS = 'interop passphrase 7f3a';

    it('age -p (scrypt 2^18) → decryptAge', async () => {
      const { path, data } = plainFile(150_000);
      const enc = file('pass.age');
      ageEncryptPassphrase(path, enc, PASS);
      expect(readFileSync(enc, 'latin1')).toMatch(/^age-encryption\.org\/v1\n-> scrypt \S+ 18\n/);
      expect((await decryptFile(enc, { identities: [], passphrase: PASS })).equals(data)).toBe(true);
      expect(await failCode(enc, { identities: [], passphrase: 'wrong' })).toBe('wrong-recipient');
      const asc = file('pass.age.asc');
      ageEncryptPassphrase(path, asc, PASS, true);
      expect((await decryptFile(asc, { identities: [], passphrase: PASS })).equals(data)).toBe(true);
    }, 120_000);

    it('encryptAge (passphrase, 2^10 and 2^18) → age -d', async () => {
      for (const scryptLogN of [10, 18]) {
        const { path, data } = plainFile(100_000);
        const enc = await encryptFile(path, { passphrase: PASS, scryptLogN }, scryptLogN === 10);
        const out = file('pass.out');
        const r = ageDecryptPassphrase(enc, out, PASS);
        expect(r.status, r.stderr).toBe(0);
        expect(readFileSync(out).equals(data)).toBe(true);
      }
    }, 120_000);
  });

  it('post-quantum identities from age-keygen -pq (needs age ≥ 1.3)', async (ctx) => {
    if (!ageKeygenHasPq()) {
      ctx.skip(); // age 1.1.1 here: PQ is covered against typage below
      return;
    }
    const pq = ageKeygen(tmp.path, 'pq', true);
    const { path, data } = plainFile(100_000);
    const enc = file('pq.age');
    ageEncrypt(path, enc, [pq.recipient]);
    expect((await decryptFile(enc, { identities: [pq.identity] })).equals(data)).toBe(true);
    const ours = await encryptFile(path, { recipients: [pq.recipient] });
    expect(ageDecryptOk(ours, [pq.keyFile]).equals(data)).toBe(true);
  });
});

describe('typage (age-encryption) Encrypter/Decrypter', () => {
  type Setup = { name: string; enc: (e: Encrypter) => void; dec: (d: Decrypter) => void; to: AgeRecipients; keys: AgeKeys };
  const setups: Setup[] = [];
  beforeAll(async () => {
    const x = await generateX25519Identity();
    const pq = await generateHybridIdentity();
    const xr = await identityToRecipient(x);
    const pqr = await identityToRecipient(pq);
    setups.push(
      { name: 'X25519', enc: (e) => e.addRecipient(xr), dec: (d) => d.addIdentity(x), to: { recipients: [xr] }, keys: { identities: [x] } },
      { name: 'ML-KEM-768+X25519', enc: (e) => e.addRecipient(pqr), dec: (d) => d.addIdentity(pq), to: { recipients: [pqr] }, keys: { identities: [pq] } },
      {
        name: 'scrypt',
        enc: (e) => {
          e.setPassphrase('typage pass');
          e.setScryptWorkFactor(10);
        },
        dec: (d) => d.addPassphrase('typage pass'),
        to: { passphrase: 'typage pass', scryptLogN: 10 },
        keys: { identities: [], passphrase: 'typage pass' },
      },
    );
  });

  it('typage → decryptAge (binary and armored) and encryptAge → typage, for every recipient type', async () => {
    for (const s of setups) {
      for (const n of [0, 1, 65536, 65537, 300_000]) {
        const data = randomBytes(n);
        const e = new Encrypter();
        s.enc(e);
        const theirs = await e.encrypt(data);
        const theirsPath = file('typage.age');
        writeFileSync(theirsPath, theirs);
        expect((await decryptFile(theirsPath, s.keys)).equals(data), `${s.name} n=${n}`).toBe(true);
        const theirsAsc = file('typage.age.asc');
        writeFileSync(theirsAsc, armor.encode(theirs));
        expect((await decryptFile(theirsAsc, s.keys)).equals(data), `${s.name} armored n=${n}`).toBe(true);

        const d = new Decrypter();
        s.dec(d);
        const plain = file('plain.bin');
        writeFileSync(plain, data);
        const ours = readFileSync(await encryptFile(plain, s.to));
        expect(Buffer.from(await d.decrypt(ours)).equals(data), `${s.name} → typage n=${n}`).toBe(true);
        const oursAsc = readFileSync(await encryptFile(plain, s.to, true), 'latin1');
        expect(Buffer.from(await d.decrypt(armor.decode(oursAsc))).equals(data), `${s.name} armored → typage n=${n}`).toBe(true);
      }
    }
  });
});
