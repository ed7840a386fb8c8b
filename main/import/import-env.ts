// Builds what an import needs from an open database connection and the vault's subkeys.
import { allIdentities } from '../../db/queries/identities';
import { attachmentExists, bundleExists } from '../../db/queries/intake';
import { findIntakeKey, listIntakeKeys } from '../../db/queries/trust';
import type { Db } from '../../db/open';
import type { BundleLimits } from '../../core/bundle/limits';
import { appendAudit } from '../audit/chain';
import { BlobStore } from '../blobs/blob-store';
import { contactKeyFrom } from '../review/contacts';
import type { Clock } from '../services/clock';
import { vaultPaths } from '../vault/layout';
import type { ImportEnv } from './import-files';

export function importEnv(args: {
  db: Db;
  vaultDir: string;
  auditKey: Uint8Array;
  blobKey: Uint8Array;
  user: string;
  bundlePassphrase: string | null;
  limits: BundleLimits;
  clock: Pick<Clock, 'now'>;
}): ImportEnv {
  const { db } = args;
  return {
    db,
    user: args.user,
    now: () => args.clock.now(),
    contactKey: contactKeyFrom(args.blobKey),
    audit: (e) => appendAudit(db, args.auditKey, e, args.clock.now()),
    blobs: new BlobStore(vaultPaths(args.vaultDir).blobs, Buffer.from(args.blobKey)),
    blobKey: () => Uint8Array.from(args.blobKey),
    // Retired identities too: bundles made for an older recipient may still be in transit.
    ageKeys: { identities: allIdentities(db).map((i) => i.identity), ...(args.bundlePassphrase ? { passphrase: args.bundlePassphrase } : {}) },
    lookupSigner: (keyIdHex) => {
      const row = findIntakeKey(db, keyIdHex);
      if (!row) return null;
      // minisign prints the 8 key-ID bytes as a little-endian number: reverse the hex to get them back.
      const keyId = Buffer.from(row.keyId, 'hex').reverse();
      return { key: { keyId, keyIdHex: row.keyId, publicKey: new Uint8Array(row.publicKey) }, revoked: row.revokedAt !== null };
    },
    listSigners: () => listIntakeKeys(db).map((k) => ({ keyIdHex: k.keyId, publicKey: new Uint8Array(k.publicKey), revoked: k.revokedAt !== null })),
    isKnownBundle: (bundleId) => bundleExists(db, bundleId),
    hasAttachment: (sha256) => attachmentExists(db, sha256),
    limits: args.limits,
  };
}

