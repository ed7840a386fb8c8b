// Unlock cost: one scrypt run (N = 2^18, r = 8, p = 1) plus opening the database. Target 0.5–2 s
// per unlock; the reference is a bare scrypt of the same cost in the same run.
import { scrypt } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_KDF } from '../../main/vault/header';
import { createVault, unlockVault } from '../../main/vault/vault';
import { tempDir } from '../support/temp';
import { type BenchResult, median, timeAsync } from './measure';

export async function benchUnlock(): Promise<BenchResult> {
  const tmp = tempDir('baken-bench-');
  try {
    const dir = join(tmp.path, 'vault');
    const pass = 'benchmark passphrase of decent length';
    (await createVault(dir, { username: 'bench', displayName: 'Bench', passphrase: pass })).vault.close();
    const N = 2 ** DEFAULT_KDF.logN;
    const bare = () =>
      new Promise<void>((resolve, reject) =>
        scrypt(pass, Buffer.alloc(32), 64, { N, r: DEFAULT_KDF.r, p: DEFAULT_KDF.p, maxmem: 256 * N * DEFAULT_KDF.r + 2 ** 20 }, (e) => (e ? reject(e) : resolve())),
      );
    const unlockTimes: number[] = [];
    const kdfTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      kdfTimes.push(await timeAsync(bare));
      unlockTimes.push(await timeAsync(async () => (await unlockVault(dir, 'bench', pass)).vault.close()));
    }
    const unlock = median(unlockTimes);
    const kdf = median(kdfTimes);
    return {
      name: 'unlock (one KDF run + open database)',
      value: `${unlock.toFixed(0)} ms (target 500–2000 ms: ${unlock >= 500 && unlock <= 2000 ? 'met' : 'NOT met'})`,
      reference: `bare scrypt N=2^${DEFAULT_KDF.logN} r=${DEFAULT_KDF.r}: ${kdf.toFixed(0)} ms`,
      ratio: unlock / kdf,
    };
  } finally {
    tmp.cleanup();
  }
}
