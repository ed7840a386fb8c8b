// The producer side (intake): makes a bundle exactly as BUNDLE-FORMAT.md says — manifest first,
// its minisign signature second, then reports and attachments — as a tar stream encrypted with age.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type Report, reportSchema, describeIssues } from '../../core/bundle/schemas';
import { type AgeRecipients, encryptAge } from './age-stream';
import { type MinisignSecretKey, signMessage } from './minisign';
import { type TarInputEntry, writeTar } from './tar';

export type PackAttachment = { sha256: string; size: number; data: Uint8Array | (() => AsyncIterable<Uint8Array>) };
export type PackInput = {
  reports: Buffer[];
  attachments: PackAttachment[];
  station: string;
  signer: MinisignSecretKey;
  to: AgeRecipients;
  armor?: boolean;
  bundleId?: string;
  createdAt?: Date;
};

export class PackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackError';
  }
}

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

/** An attachment read from a file: hashed now, streamed again when written. */
export async function attachmentFromFile(path: string): Promise<PackAttachment> {
  const h = createHash('sha256');
  let size = 0;
  for await (const c of createReadStream(path) as AsyncIterable<Buffer>) {
    h.update(c);
    size += c.length;
  }
  return { sha256: h.digest('hex'), size, data: () => createReadStream(path) as AsyncIterable<Buffer> };
}

export function attachmentFromBytes(bytes: Uint8Array): PackAttachment {
  return { sha256: sha256(bytes), size: bytes.length, data: bytes };
}

/** Validates the reports and their attachments, then streams the encrypted bundle. */
export function packBundle(input: PackInput): { bundleId: string; stream: AsyncGenerator<Uint8Array> } {
  const bundleId = input.bundleId ?? randomUUID();
  const parsed: Report[] = input.reports.map((bytes, i) => {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw new PackError(`report ${i + 1} is not valid UTF-8 JSON`);
    }
    const r = reportSchema.safeParse(json);
    if (!r.success) throw new PackError(describeIssues(r.error, `report ${i + 1}`));
    return r.data;
  });
  const ids = new Set<string>();
  const byHash = new Map(input.attachments.map((a) => [a.sha256, a]));
  for (const r of parsed) {
    if (ids.has(r.reportId)) throw new PackError(`report ${r.reportId} is given twice`);
    ids.add(r.reportId);
    for (const a of r.attachments ?? []) {
      if (!byHash.has(a.sha256)) throw new PackError(`report ${r.reportId} names attachment ${a.sha256}, which was not given`);
    }
  }
  const files = [
    ...parsed.map((r, i) => ({ path: `reports/${r.reportId}.json`, sha256: sha256(input.reports[i] ?? Buffer.alloc(0)), size: input.reports[i]?.length ?? 0 })),
    ...[...byHash.values()].map((a) => ({ path: `attachments/${a.sha256}`, sha256: a.sha256, size: a.size })),
  ];
  const createdAt = (input.createdAt ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const manifest = Buffer.from(JSON.stringify({ format: 'baken-bundle/1', bundleId, createdAt, producer: { station: input.station }, files }, null, 2));
  const signature = Buffer.from(signMessage(manifest, input.signer, { trustedComment: `baken-bundle/1 ${bundleId}` }), 'utf8');

  function* entries(): Generator<TarInputEntry> {
    yield { path: 'manifest.json', size: manifest.length, data: manifest };
    yield { path: 'manifest.json.minisig', size: signature.length, data: signature };
    for (const [i, r] of parsed.entries()) {
      const bytes = input.reports[i] ?? Buffer.alloc(0);
      yield { path: `reports/${r.reportId}.json`, size: bytes.length, data: bytes };
    }
    for (const a of byHash.values()) {
      yield { path: `attachments/${a.sha256}`, size: a.size, data: typeof a.data === 'function' ? a.data() : a.data };
    }
  }
  return { bundleId, stream: encryptAge(writeTar(entries()), input.to, { armor: input.armor ?? false }) };
}
