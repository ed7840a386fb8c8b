// Attachment forensics while an attachment streams in: the real type from its first bytes, what
// dangerous content it holds (executables, scripts, macros, PDF JavaScript, launch actions and
// embedded files), and for photos the EXIF/XMP facts (capture time, software, camera, GPS).
// Only formats that can hold a danger are scanned past their first 64 KiB, so a large video costs
// nothing extra. Nothing here opens or renders the file.
import exifr from 'exifr';
import { SNIFF_BYTES, detectType } from '../attachments/detect-type';

export const DANGERS = ['executable', 'script', 'macro', 'pdf-javascript', 'pdf-launch', 'embedded-file'] as const;
export type Danger = (typeof DANGERS)[number];

export type ExifFacts = {
  /** As the camera clock wrote it, ISO 8601; with an offset only when the photo records one. */
  takenAt: string | null;
  software: string | null;
  make: string | null;
  model: string | null;
  gps: { lat: number; lon: number } | null;
};

export type AttachmentForensics = { realType: string; dangers: Danger[]; exif: ExifFacts | null };

const EXECUTABLE_TYPES = new Set([
  'application/x-msdownload',
  'application/x-dosexec',
  'application/x-elf',
  'application/x-mach-binary',
  'application/java-vm',
  'application/java-archive',
  'application/vnd.android.package-archive',
  'application/vnd.android.dex',
  'application/wasm',
  'application/x-ms-shortcut',
]);
const SCRIPT_TYPES = new Set(['text/x-script', 'application/x-executable-script']);
const EXIF_TYPES = new Set(['image/jpeg', 'image/tiff', 'image/heic', 'image/avif', 'image/png', 'image/webp']);

/** Byte patterns (latin1) that mark a danger, per family of formats worth scanning. */
const PATTERNS: { danger: Danger; re: RegExp; when: (realType: string) => boolean }[] = [
  { danger: 'pdf-javascript', re: /\/(?:JavaScript|JS)(?![A-Za-z])/, when: (t) => t === 'application/pdf' },
  { danger: 'pdf-launch', re: /\/Launch(?![A-Za-z])/, when: (t) => t === 'application/pdf' },
  { danger: 'embedded-file', re: /\/EmbeddedFiles?(?![A-Za-z])/, when: (t) => t === 'application/pdf' },
  { danger: 'macro', re: /vbaProject\.bin|_\0V\0B\0A\0_\0P\0R\0O\0J\0E\0C\0T|Basic\/[^\0]{0,64}\.xml/, when: (t) => t.startsWith('application/vnd.') || t === 'application/x-cfb' || t === 'application/zip' },
  { danger: 'script', re: /<script[\s>]/i, when: (t) => t === 'text/html' || t === 'image/svg+xml' || t === 'application/xml' },
];
/** Longest pattern match, kept from one chunk to the next so a split token is still seen. */
const OVERLAP = 96;

const EDITING_SOFTWARE = /photoshop|gimp|lightroom|affinity|pixelmator|snapseed|facetune|picsart|paint\.net|canva|photopea|luminar|capture one/i;

export function isEditingSoftware(software: string | null): boolean {
  return software !== null && EDITING_SOFTWARE.test(software);
}

export class AttachmentInspector {
  private head: Buffer[] = [];
  private headLength = 0;
  private realType: string | null = null;
  private active: typeof PATTERNS = [];
  private carry = '';
  private readonly found = new Set<Danger>();

  feed(chunk: Uint8Array): void {
    if (this.realType === null) {
      this.head.push(Buffer.from(chunk));
      this.headLength += chunk.length;
      if (this.headLength >= SNIFF_BYTES) this.decide(false);
      return;
    }
    this.scan(chunk);
  }

  async finish(): Promise<AttachmentForensics> {
    if (this.realType === null) this.decide(true);
    const realType = this.realType ?? 'application/octet-stream';
    if (EXECUTABLE_TYPES.has(realType)) this.found.add('executable');
    if (SCRIPT_TYPES.has(realType)) this.found.add('script');
    const exif = EXIF_TYPES.has(realType) ? await readExif(Buffer.concat(this.head)) : null;
    this.head = [];
    return { realType, dangers: DANGERS.filter((d) => this.found.has(d)), exif };
  }

  private decide(complete: boolean): void {
    const head = Buffer.concat(this.head);
    this.head = [head.subarray(0, SNIFF_BYTES)];
    this.realType = detectType(head.subarray(0, SNIFF_BYTES), complete && head.length <= SNIFF_BYTES).realType;
    this.active = PATTERNS.filter((p) => p.when(this.realType ?? ''));
    this.scan(head);
  }

  private scan(chunk: Uint8Array): void {
    if (this.active.length === 0) return;
    const text = this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    for (const p of this.active) if (!this.found.has(p.danger) && p.re.test(text)) this.found.add(p.danger);
    this.carry = text.slice(-OVERLAP);
  }
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : null;
}

/** "2026:11:20 14:03:00" (+ "+01:00") → ISO 8601; null when it is not a date. */
function exifDate(v: unknown, offset: unknown): string | null {
  const m = typeof v === 'string' ? /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(v) : null;
  if (!m) return null;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}

async function readExif(head: Buffer): Promise<ExifFacts | null> {
  let raw: Record<string, unknown> | undefined;
  try {
    // reviveValues off: dates stay as the camera wrote them (exifr would read them as local time).
    raw = (await exifr.parse(head, { tiff: true, exif: true, gps: true, xmp: true, reviveValues: false, translateValues: false })) as Record<string, unknown> | undefined;
  } catch {
    return null;
  }
  if (!raw) return null;
  const lat = typeof raw.latitude === 'number' ? raw.latitude : null;
  const lon = typeof raw.longitude === 'number' ? raw.longitude : null;
  const facts: ExifFacts = {
    takenAt: exifDate(raw.DateTimeOriginal ?? raw.CreateDate, raw.OffsetTimeOriginal),
    software: text(raw.Software) ?? text(raw.CreatorTool),
    make: text(raw.Make),
    model: text(raw.Model),
    gps: lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null,
  };
  return Object.values(facts).some((v) => v !== null) ? facts : null;
}
