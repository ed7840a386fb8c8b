// Messages between the import worker and its bundle reader thread (bundle-reader-worker.ts), which
// reads the next small bundles while the import worker commits the current one.
import type { BundleLimits } from '../../core/bundle/limits';
import type { RejectionCode } from '../../core/bundle/rejections';
import type { AgeKeys } from '../bundle/age-stream';
import type { CompleteOutcome } from './read-bundle';

/** A trusted intake key as it was when the import started; revocation is checked again at commit. */
export type SignerSnapshot = { keyIdHex: string; publicKey: Uint8Array; revoked: boolean };

export type ReaderInput = {
  ageKeys: AgeKeys;
  /** The blob store's key: attachments come back sealed, so the import worker only writes them. */
  blobKey: Uint8Array;
  signers: SignerSnapshot[];
  limits: BundleLimits;
  /** The import's cancel flag: one Int32, 1 = cancel. */
  cancelFlag: SharedArrayBuffer;
};

export type ReaderRequest = { id: number; path: string };

/** A bundle read into memory (only small files are read this way), attachments sealed for the blob store. */
export type SealedAttachment = { sealed: Uint8Array };
export type ReadInMemory = CompleteOutcome<SealedAttachment>;

export type ReaderReply = { id: number; fileSha256: string; fileSize: number; verifiedBundleId: string | null } & (
  | { kind: 'complete'; outcome: ReadInMemory }
  | { kind: 'rejected'; code: RejectionCode; detail: string }
  | { kind: 'cancelled' }
  /** Something other than a rejection went wrong (the error's name only). */
  | { kind: 'failed'; name: string }
);

export type ReaderMessage = { kind: 'ready' } | { kind: 'reply'; reply: ReaderReply };
