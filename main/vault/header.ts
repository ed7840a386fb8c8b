// vault.json: the format marker, the vault-wide salt and the KDF cost. Public, and says nothing
// about who works here.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BakenError } from '../../core/errors';
import { writeFileAtomic } from '../fs/atomic-write';

/** scrypt N = 2^18, r = 8, p = 1 (256 MiB): about 0.85 s per unlock on the reference machine. */
export const DEFAULT_KDF = { alg: 'scrypt', logN: 18, r: 8, p: 1 } as const;

const kdfSchema = z.object({
  alg: z.literal('scrypt'),
  // Bounded both ways: a tampered header must not make unlocking trivial or exhaust memory.
  logN: z.number().int().min(14).max(22),
  r: z.number().int().min(8).max(16),
  p: z.number().int().min(1).max(4),
});
const headerSchema = z.object({
  format: z.literal('baken-vault/1'),
  salt: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  kdf: kdfSchema,
});

export type KdfParams = z.infer<typeof kdfSchema>;
export type VaultHeader = { salt: Buffer; kdf: KdfParams };

export function newHeader(kdf: KdfParams = DEFAULT_KDF): VaultHeader {
  return { salt: randomBytes(32), kdf: kdfSchema.parse(kdf) };
}

export function writeHeader(file: string, header: VaultHeader): void {
  const json = JSON.stringify({ format: 'baken-vault/1', salt: header.salt.toString('base64'), kdf: header.kdf }, null, 2);
  writeFileAtomic(file, Buffer.from(`${json}\n`), 0o644);
}

export function readHeader(file: string): VaultHeader {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new BakenError('vault-not-found');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new BakenError('vault-corrupt', 'vault.json is not valid JSON');
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format.startsWith('baken-vault/') && format !== 'baken-vault/1') {
    throw new BakenError('vault-newer-version');
  }
  const result = headerSchema.safeParse(parsed);
  if (!result.success) throw new BakenError('vault-corrupt', 'vault.json does not have the expected fields');
  return { salt: Buffer.from(result.data.salt, 'base64'), kdf: result.data.kdf };
}
