// Keys derived from the vault master key (VMK), one per purpose, so that holding one (e.g. the
// database key) does not give another (e.g. the audit MAC key).
import { hkdfSync } from 'node:crypto';

export type SubkeyPurpose = 'database' | 'audit' | 'blobs';

export function deriveSubkey(vmk: Uint8Array, purpose: SubkeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', vmk, Buffer.alloc(0), `baken/v1/${purpose}`, 32));
}
