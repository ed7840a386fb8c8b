// Builds real bundles for tests, with hooks to break them in every way BUNDLE-FORMAT.md forbids.
import { createHash, randomUUID } from 'node:crypto';
import { type AgeRecipients, collect, encryptAge } from '../../main/bundle/age-stream';
import { type MinisignSecretKey, generateKeyPair, parseSecretKey, signMessage } from '../../main/bundle/minisign';
import { type TarInputEntry, writeTar } from '../../main/bundle/tar';

export type Intake = { key: MinisignSecretKey; publicKeyText: string; secretKeyText: string; keyIdHex: string };

export function newIntake(): Intake {
  const kp = generateKeyPair();
  return { key: parseSecretKey(kp.secretKeyText), publicKeyText: kp.publicKeyText, secretKeyText: kp.secretKeyText, keyIdHex: kp.keyIdHex };
}

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

type Json = Record<string, unknown>;

export function reportObject(extra: { attachments?: Uint8Array[]; reportId?: string } = {}): Json {
  const reportId = extra.reportId ?? randomUUID();
  return {
    format: 'baken-report/1',
    reportId,
    receivedAt: '2026-11-27T14:05:00Z',
    channel: 'phone',
    language: 'tr',
    urgentSafetyRisk: false,
    reporter: {
      pseudonym: 'Lavendel-42',
      name: 'Ayşe Yılmaz',
      phone: '+31 6 12345678',
      consent: { contact: true, referral: false, anonymisedAnalysis: true },
    },
    incident: {
      summary: 'Tehdit telefonla',
      narrative: 'Konsolosluktan biri aradı ve ailemin gözaltına alınacağını söyledi.',
      categories: ['intimidation', 'family-pressure'],
      countryOfConcern: 'TR',
    },
    attachments: (extra.attachments ?? []).map((a, i) => ({ sha256: sha256(a), filename: `bijlage-${i}.txt`, mediaType: 'text/plain' })),
    futureField: { kept: true },
  };
}

export const jsonBytes = (o: unknown) => Buffer.from(JSON.stringify(o, null, 2));

export type BuildOptions = {
  reports: Buffer[];
  attachments?: Uint8Array[];
  signer: Intake;
  to: AgeRecipients;
  bundleId?: string;
  /** Change the manifest object before it is serialised and signed. */
  manifest?: (m: Json & { files: Json[] }) => unknown;
  /** Replace the signature bytes (given the manifest bytes). */
  signature?: (manifest: Buffer) => Buffer;
  /** Change the list of tar entries (order, additions, removals). */
  entries?: (list: TarInputEntry[]) => TarInputEntry[];
  /** Change the plaintext tar bytes before encryption. */
  rawTar?: (tar: Buffer) => Buffer;
  armor?: boolean;
};

export async function buildBundle(o: BuildOptions): Promise<{ bundleId: string; bytes: Buffer; tar: Buffer; manifest: Buffer }> {
  const bundleId = o.bundleId ?? randomUUID();
  const reportEntries = o.reports.map((bytes) => {
    const id = (JSON.parse(bytes.toString('utf8')) as { reportId?: unknown }).reportId;
    return { path: `reports/${typeof id === 'string' ? id : 'x'}.json`, data: bytes };
  });
  const uniqueAtts = [...new Map((o.attachments ?? []).map((a) => [sha256(a), a])).values()];
  const fileEntries = [...reportEntries, ...uniqueAtts.map((a) => ({ path: `attachments/${sha256(a)}`, data: a }))];
  const manifestObj = {
    format: 'baken-bundle/1',
    bundleId,
    createdAt: '2026-11-28T09:30:00Z',
    producer: { station: 'intake-test' },
    files: fileEntries.map((f) => ({ path: f.path, sha256: sha256(f.data), size: f.data.length })),
  };
  const manifest = jsonBytes(o.manifest ? o.manifest(manifestObj) : manifestObj);
  const sig = o.signature ? o.signature(manifest) : Buffer.from(signMessage(manifest, o.signer.key, { trustedComment: `baken-bundle/1 ${bundleId}` }));
  let entries: TarInputEntry[] = [
    { path: 'manifest.json', size: manifest.length, data: manifest },
    { path: 'manifest.json.minisig', size: sig.length, data: sig },
    ...fileEntries.map((f) => ({ path: f.path, size: f.data.length, data: f.data })),
  ];
  if (o.entries) entries = o.entries(entries);
  let tar = await collect(writeTar(entries));
  if (o.rawTar) tar = o.rawTar(tar);
  const bytes = await collect(encryptAge((async function* () { yield tar; })(), o.to, { armor: o.armor ?? false }));
  return { bundleId, bytes, tar, manifest };
}

/** A raw ustar header (and data) for entry kinds the writer refuses to make. */
export function rawEntry(name: string | Buffer, type: string, data: Buffer = Buffer.alloc(0), linkname = ''): Buffer {
  const h = Buffer.alloc(512);
  const nameBytes = typeof name === 'string' ? Buffer.from(name, 'utf8') : name;
  nameBytes.copy(h, 0, 0, Math.min(100, nameBytes.length));
  h.write('0000644\0', 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  h.write('00000000000\0', 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(type, 156, 'ascii');
  h.write(linkname, 157, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([h, data, pad]);
}

/** Inserts raw entries before the end-of-archive blocks of a tar made by writeTar. */
export function appendRaw(tar: Buffer, ...raw: Buffer[]): Buffer {
  return Buffer.concat([tar.subarray(0, tar.length - 1024), ...raw, Buffer.alloc(1024)]);
}
