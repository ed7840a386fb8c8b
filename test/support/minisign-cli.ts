// Runs the real `minisign` tool, and crafts Ed25519 edge cases on which strict (libsodium) and
// lenient verifiers disagree, so the tests can compare our verifier with minisign's.
import { spawnSync } from 'node:child_process';
import { ed25519, ED25519_TORSION_SUBGROUP } from '@noble/curves/ed25519.js';
import { bytesToNumberLE, numberToBytesLE } from '@noble/curves/utils.js';
import { sha512 } from '@noble/hashes/sha2.js';

export type MinisignRun = { status: number | null; stdout: string; stderr: string };

/** `input` goes to stdin: minisign 0.11 reads passwords from there when it is not a terminal. */
export function minisign(args: string[], opts: { cwd: string; input?: string }): MinisignRun {
  const r = spawnSync('minisign', args, {
    cwd: opts.cwd,
    input: opts.input ?? '',
    encoding: 'utf8',
    // HOME points at the temp folder so minisign never reads or writes ~/.minisign.
    env: { PATH: process.env.PATH, HOME: opts.cwd },
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const L = ed25519.Point.Fn.ORDER;

/** The same signature with S + L in place of S: the same point maths, a non-canonical encoding. */
export function withNonCanonicalS(sig: Uint8Array): Uint8Array {
  const out = sig.slice();
  out.set(numberToBytesLE(bytesToNumberLE(sig.subarray(32)) + L, 32), 32);
  return out;
}

/**
 * A signature whose R carries an order-8 torsion component: it passes the cofactored equation
 * (noble's verify, even with zip215: false) but not libsodium's cofactorless one.
 */
/** A signature with R = identity and s = k·a: the bare cofactorless equation holds, libsodium refuses R. */
export function identityRSignature(message: Uint8Array, seed: Uint8Array): Uint8Array {
  const { scalar, pointBytes } = ed25519.utils.getExtendedPublicKey(seed);
  const R = ed25519.Point.ZERO.toBytes();
  const k = bytesToNumberLE(sha512(new Uint8Array([...R, ...pointBytes, ...message]))) % L;
  return new Uint8Array([...R, ...numberToBytesLE((k * scalar) % L, 32)]);
}

export function torsionSignature(message: Uint8Array, seed: Uint8Array): Uint8Array {
  const { scalar, pointBytes } = ed25519.utils.getExtendedPublicKey(seed);
  const torsion = ed25519.Point.fromHex(ED25519_TORSION_SUBGROUP[1]!);
  const r = bytesToNumberLE(sha512(message)) % L || 1n;
  const R = ed25519.Point.BASE.multiply(r).add(torsion).toBytes();
  const k = bytesToNumberLE(sha512(new Uint8Array([...R, ...pointBytes, ...message]))) % L;
  const s = (r + k * scalar) % L;
  return new Uint8Array([...R, ...numberToBytesLE(s, 32)]);
}
