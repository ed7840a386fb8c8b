// Reads one bundle in a single streaming pass: age → tar → manifest → minisign → per-entry SHA-256
// → report schema, with the limits of §5 enforced as headers arrive. Attachments stream into the
// encrypted blob store; reports stay in memory. Nothing is committed to the database here.
import { createHash, type Hash } from 'node:crypto';
import { type BundleLimits } from '../../core/bundle/limits';
import { type Manifest, type Report, SHA256_HEX, UUID, describeIssues, manifestSchema, reportSchema } from '../../core/bundle/schemas';
import { AgeError, type AgeKeys, decryptAge } from '../bundle/age-stream';
import { MinisignError, type MinisignPublicKey, parseSignature, verifySignature } from '../bundle/minisign';
import { TarError, readTar } from '../bundle/tar';
import { type AttachmentForensics, AttachmentInspector } from '../review/forensics';
import { BundleRejected, ImportCancelled } from './rejection';

export type SignerLookup = (keyIdHex: string) => { key: MinisignPublicKey; revoked: boolean } | null;

/** Takes one attachment's bytes; commit() says where they are now. */
export interface AttachmentWriter<S> {
  write(chunk: Uint8Array): void;
  commit(): S;
  abort(): void;
}

export type ReaderDeps<S> = {
  ageKeys: AgeKeys;
  lookupSigner: SignerLookup;
  isKnownBundle: (bundleId: string) => boolean;
  /**
   * Where an attachment's bytes go once its tar header is read: a blob store writer, an in-memory
   * buffer (bundle-reader-worker.ts), or null for one the vault already has.
   */
  openAttachment: (sha256: string, size: number) => AttachmentWriter<S> | null;
  limits: BundleLimits;
  signal?: { readonly aborted: boolean };
};

export type ParsedReport = { reportId: string; bytes: Buffer; sha256: string; report: Report };
/** `stored` is what the attachment writer made of it (null when the vault already had it); `forensics` what its bytes showed. */
export type StoredAttachment<S> = { sha256: string; size: number; stored: S | null; forensics: AttachmentForensics };

export type CompleteOutcome<S> = Extract<ReadOutcome<S>, { kind: 'complete' }>;

export type ReadOutcome<S> =
  | { kind: 'duplicate'; bundleId: string }
  | {
      kind: 'complete';
      manifest: Manifest;
      manifestBytes: Buffer;
      signatureText: string;
      signerKeyId: string;
      reports: ParsedReport[];
      attachments: StoredAttachment<S>[];
    };

const REPORT_PATH = /^reports\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;
const ATTACHMENT_PATH = /^attachments\/([0-9a-f]{64})$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeJson(bytes: Buffer, code: 'manifest-invalid' | 'report-invalid', where: string): unknown {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    throw new BundleRejected(code, `${where}: not valid UTF-8 JSON`);
  }
}

type Current =
  | { kind: 'buffer'; path: string; size: number; parts: Buffer[]; received: number; hash: Hash | null }
  | { kind: 'attachment'; path: string; sha256: string; size: number; hash: Hash; received: number; inspector: AttachmentInspector };

/**
 * Reads and verifies a bundle. On failure only the blob being written is dropped: the caller
 * rolls the store back to its mark for the blobs this bundle finished (BlobStore.rollbackTo).
 */
export async function readBundle<S>(source: AsyncIterable<Uint8Array>, deps: ReaderDeps<S>): Promise<ReadOutcome<S>> {
  let writer: AttachmentWriter<S> | null = null;
  try {
    return await readInner(source, deps, (w) => {
      writer = w;
    });
  } catch (error) {
    (writer as AttachmentWriter<S> | null)?.abort();
    throw translate(error);
  }
}

function translate(error: unknown): unknown {
  if (error instanceof AgeError) return new BundleRejected(error.code, error.message);
  if (error instanceof TarError) return new BundleRejected(error.code, error.detail);
  return error;
}

async function readInner<S>(
  source: AsyncIterable<Uint8Array>,
  deps: ReaderDeps<S>,
  setWriter: (w: AttachmentWriter<S> | null) => void,
): Promise<ReadOutcome<S>> {
  // The tar reader stops at the end-of-archive blocks; the age stream is then drained to its end so
  // that truncation or tampering after them is still detected, and the whole file is hashed.
  const plain = decryptAge(source, deps.ageKeys);
  try {
    return await readEntries(plain, deps, setWriter);
  } finally {
    await plain.return(undefined);
  }
}

function keepOpen(it: AsyncGenerator<Uint8Array>): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]: () => ({
      next: () => it.next(),
      return: async () => ({ done: true as const, value: undefined }),
    }),
  };
}

async function readEntries<S>(
  plain: AsyncGenerator<Uint8Array>,
  deps: ReaderDeps<S>,
  setWriter: (w: AttachmentWriter<S> | null) => void,
): Promise<ReadOutcome<S>> {
  const { limits } = deps;
  let manifestBytes: Buffer | null = null;
  let manifest: Manifest | null = null;
  let signatureText: string | null = null;
  let signerKeyId: string | null = null;
  let declared = new Map<string, { sha256: string; size: number }>();
  const seen = new Set<string>();
  const reports: ParsedReport[] = [];
  const attachments: StoredAttachment<S>[] = [];
  let writer: AttachmentWriter<S> | null = null;
  let current: Current | null = null;
  let entries = 0;

  for await (const event of readTar(keepOpen(plain), { maxPaxBytes: 64 * 1024, maxPathBytes: 200 })) {
    if (deps.signal?.aborted) throw new ImportCancelled();
    switch (event.kind) {
      case 'entry': {
        entries++;
        if (entries > limits.files + 2) throw new BundleRejected('too-large', `more than ${limits.files} files`);
        const { path, size } = event;
        if (event.index === 0) {
          if (path !== 'manifest.json') throw new BundleRejected('manifest-invalid', 'manifest.json is not the first entry');
          if (size > limits.manifestBytes) throw new BundleRejected('too-large', `manifest.json is ${size} bytes`);
          current = { kind: 'buffer', path, size, parts: [], received: 0, hash: null };
        } else if (event.index === 1) {
          if (path !== 'manifest.json.minisig') throw new BundleRejected('signature-invalid', 'manifest.json.minisig is not the second entry');
          if (size > limits.signatureBytes) throw new BundleRejected('too-large', `manifest.json.minisig is ${size} bytes`);
          current = { kind: 'buffer', path, size, parts: [], received: 0, hash: null };
        } else {
          const want = declared.get(path);
          if (!want) throw new BundleRejected('unlisted-file', `${path} is not in the manifest`);
          if (seen.has(path)) throw new BundleRejected('unsafe-entry', `duplicate-path: ${path}`);
          seen.add(path);
          if (want.size !== size) throw new BundleRejected('hash-mismatch', `${path}: size ${size}, manifest says ${want.size}`);
          const att = ATTACHMENT_PATH.exec(path);
          if (att?.[1]) {
            if (size > limits.attachmentBytes) throw new BundleRejected('too-large', `${path} is ${size} bytes`);
            const sha256 = att[1];
            writer = deps.openAttachment(sha256, size);
            setWriter(writer);
            current = { kind: 'attachment', path, sha256, size, hash: createHash('sha256'), received: 0, inspector: new AttachmentInspector() };
          } else {
            if (size > limits.reportBytes) throw new BundleRejected('too-large', `${path} is ${size} bytes`);
            current = { kind: 'buffer', path, size, parts: [], received: 0, hash: createHash('sha256') };
          }
        }
        break;
      }
      case 'data': {
        if (!current) throw new BundleRejected('bad-archive', 'data outside an entry');
        current.received += event.chunk.length;
        current.hash?.update(event.chunk);
        if (current.kind === 'buffer') current.parts.push(Buffer.from(event.chunk));
        else {
          writer?.write(event.chunk);
          current.inspector.feed(event.chunk);
        }
        break;
      }
      case 'entry-end': {
        if (!current) throw new BundleRejected('bad-archive', 'entry end outside an entry');
        const done: Current = current;
        current = null;
        if (done.kind === 'attachment') {
          const digest = done.hash.digest('hex');
          if (digest !== done.sha256 || digest !== declared.get(done.path)?.sha256) {
            throw new BundleRejected('hash-mismatch', `${done.path}: content does not match its hash`);
          }
          let stored: S | null = null;
          if (writer) {
            stored = writer.commit();
            writer = null;
            setWriter(null);
          }
          attachments.push({ sha256: done.sha256, size: done.size, stored, forensics: await done.inspector.finish() });
          break;
        }
        const bytes = Buffer.concat(done.parts);
        if (done.path === 'manifest.json' && manifestBytes === null) {
          manifestBytes = bytes;
          const parsed = manifestSchema.safeParse(decodeJson(bytes, 'manifest-invalid', 'manifest.json'));
          if (!parsed.success) throw new BundleRejected('manifest-invalid', describeIssues(parsed.error, 'manifest.json'));
          manifest = parsed.data;
          declared = checkManifestFiles(manifest, limits);
        } else if (done.path === 'manifest.json.minisig' && signatureText === null) {
          if (!manifest || !manifestBytes) throw new BundleRejected('manifest-invalid', 'no manifest before the signature');
          ({ text: signatureText, keyIdHex: signerKeyId } = verifyManifest(bytes, manifestBytes, manifest, deps));
          // A verified manifest names the bundle: one already imported changes nothing.
          if (deps.isKnownBundle(manifest.bundleId)) return { kind: 'duplicate', bundleId: manifest.bundleId };
        } else {
          const digest = done.hash?.digest('hex');
          if (digest === undefined || digest !== declared.get(done.path)?.sha256) throw new BundleRejected('hash-mismatch', `${done.path}: content does not match its hash`);
          reports.push(parseReport(done.path, bytes, digest));
        }
        break;
      }
      case 'archive-end':
        break;
      default: {
        const never: never = event;
        throw new Error(`unexpected tar event ${String(never)}`);
      }
    }
  }

  // Whatever follows the end-of-archive blocks is ignored, but must decrypt and authenticate.
  for (;;) {
    if (deps.signal?.aborted) throw new ImportCancelled();
    if ((await plain.next()).done) break;
  }
  if (!manifest || !manifestBytes) throw new BundleRejected('manifest-invalid', 'the archive holds no manifest.json');
  if (signatureText === null || signerKeyId === null) throw new BundleRejected('signature-invalid', 'the archive holds no manifest.json.minisig');
  for (const path of declared.keys()) if (!seen.has(path)) throw new BundleRejected('missing-file', `${path} is in the manifest but not in the archive`);
  const inBundle = new Set(attachments.map((a) => a.sha256));
  for (const r of reports) {
    for (const a of r.report.attachments ?? []) {
      if (!inBundle.has(a.sha256)) throw new BundleRejected('missing-file', `reports/${r.reportId}.json names attachment ${a.sha256} that is not in the bundle`);
    }
  }
  return { kind: 'complete', manifest, manifestBytes, signatureText, signerKeyId, reports, attachments };
}

/** Checks the manifest's file list: allowed shapes, no duplicates, within the limits. */
function checkManifestFiles(manifest: Manifest, limits: BundleLimits): Map<string, { sha256: string; size: number }> {
  if (manifest.files.length > limits.files) throw new BundleRejected('too-large', `manifest lists ${manifest.files.length} files`);
  const out = new Map<string, { sha256: string; size: number }>();
  let reportCount = 0;
  for (const f of manifest.files) {
    if (out.has(f.path)) throw new BundleRejected('manifest-invalid', `manifest lists ${f.path} twice`);
    const att = ATTACHMENT_PATH.exec(f.path);
    if (att) {
      if (att[1] !== f.sha256) throw new BundleRejected('manifest-invalid', `${f.path}: name is not the hash of its content`);
    } else if (REPORT_PATH.test(f.path)) {
      reportCount++;
    } else {
      throw new BundleRejected('manifest-invalid', `manifest lists ${JSON.stringify(f.path.slice(0, 80))}, which is neither a report nor an attachment`);
    }
    out.set(f.path, { sha256: f.sha256, size: f.size });
  }
  if (reportCount > limits.reports) throw new BundleRejected('too-large', `manifest lists ${reportCount} reports`);
  return out;
}

/** Verifies the minisign signature over the manifest's exact bytes against the trust store. */
function verifyManifest(sigBytes: Buffer, manifestBytes: Buffer, manifest: Manifest, deps: Pick<ReaderDeps<unknown>, 'lookupSigner'>): { text: string; keyIdHex: string } {
  let sig;
  try {
    sig = parseSignature(sigBytes);
  } catch (error) {
    if (error instanceof MinisignError) throw new BundleRejected('signature-invalid', 'manifest.json.minisig is not a minisign signature');
    throw error;
  }
  const signer = deps.lookupSigner(sig.keyIdHex);
  if (!signer) throw new BundleRejected('untrusted-signer', `key ${sig.keyIdHex} is not in the trust store`);
  if (signer.revoked) throw new BundleRejected('revoked-signer', `key ${sig.keyIdHex} has been revoked`);
  const result = verifySignature(sig, signer.key, manifestBytes);
  if (!result.ok) throw new BundleRejected('signature-invalid', `${result.reason} for bundle ${manifest.bundleId}`);
  return { text: utf8.decode(sigBytes), keyIdHex: sig.keyIdHex };
}

function parseReport(path: string, bytes: Buffer, sha256: string): ParsedReport {
  const stem = REPORT_PATH.exec(path)?.[1];
  if (!stem || !UUID.test(stem)) throw new BundleRejected('report-invalid', `${path}: not a report path`);
  const parsed = reportSchema.safeParse(decodeJson(bytes, 'report-invalid', path));
  if (!parsed.success) throw new BundleRejected('report-invalid', describeIssues(parsed.error, path));
  if (parsed.data.reportId !== stem) throw new BundleRejected('report-invalid', `${path}: reportId differs from the file name`);
  for (const a of parsed.data.attachments ?? []) {
    if (!SHA256_HEX.test(a.sha256)) throw new BundleRejected('report-invalid', `${path}: bad attachment hash`);
  }
  return { reportId: stem, bytes, sha256, report: parsed.data };
}
