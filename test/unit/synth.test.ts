// The synthetic report generator (main/bundle/synth.ts): every report satisfies the format's schema,
// a seed reproduces the bytes, the mix of languages, consents, attachments and near-duplicates is
// what the generator promises, and the attachments are real PNG, PDF and UTF-8 text files.
import { createHash } from 'node:crypto';
import { crc32, inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, CHANNELS, reportSchema, UUID } from '../../core/bundle/schemas';
import { Rng, createSynth, type SynthOptions, type SynthReport } from '../../main/bundle/synth';

const FROM = new Date('2025-01-01T00:00:00Z');
const TO = new Date('2026-06-30T23:59:59Z');
const opts = (seed: number, extra: Partial<SynthOptions> = {}): SynthOptions => ({ seed, receivedFrom: FROM, receivedTo: TO, ...extra });
const generate = (o: SynthOptions, n: number) => {
  const s = createSynth(o);
  return Array.from({ length: n }, () => s.next());
};

type Json = {
  reportId: string;
  receivedAt: string;
  channel: string;
  language: string;
  urgentSafetyRisk?: boolean;
  reporter: { name?: string; phone?: string; email?: string; consent: { contact: boolean; referral: boolean; anonymisedAnalysis: boolean } };
  incident: { summary: string; narrative: string; startedOn?: string; lastOccurredOn?: string; countryOfConcern?: string; categories?: string[] };
  attachments?: { sha256: string; filename: string; mediaType: string; description?: string }[];
};

const N = 2000;
let reports: SynthReport[] = [];
let parsed: Json[] = [];
beforeAll(() => {
  reports = generate(opts(20260101), N);
  parsed = reports.map((r) => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(r.json)) as Json);
});

const cp = (s: string) => [...s].length;
const share = (pred: (p: Json) => boolean) => parsed.filter(pred).length / parsed.length;
const primary = (tag: string) => tag.split('-')[0] ?? tag;
const hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The real type from the first bytes, as the import's forensics will see it. */
function sniff(b: Buffer): string {
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  new TextDecoder('utf-8', { fatal: true }).decode(b); // throws if not UTF-8
  return 'text/plain';
}

describe('synth: reports', () => {
  it('every report passes reportSchema and carries its reportId', () => {
    for (const [i, r] of reports.entries()) {
      const json = JSON.parse(r.json.toString('utf8'));
      const res = reportSchema.safeParse(json);
      if (!res.success) throw new Error(`report ${i}: ${JSON.stringify(res.error.issues.slice(0, 3))}`);
      expect(res.data.reportId).toBe(r.reportId);
      expect(r.reportId).toMatch(UUID);
      expect(r.reportId[14]).toBe('4'); // version-4 shaped
      expect('89ab').toContain(r.reportId[19]);
    }
    expect(new Set(reports.map((r) => r.reportId)).size).toBe(N);
  });

  it('keeps summaries within 500 code points and narratives within 300–4000, with no unfilled slots', () => {
    for (const p of parsed) {
      expect(cp(p.incident.summary)).toBeLessThanOrEqual(500);
      expect(cp(p.incident.summary)).toBeGreaterThan(0);
      expect(cp(p.incident.narrative)).toBeGreaterThanOrEqual(300);
      expect(cp(p.incident.narrative)).toBeLessThanOrEqual(4000);
      expect(p.incident.narrative).toContain('\n\n'); // several paragraphs
      expect(`${p.incident.summary}${p.incident.narrative}`).not.toMatch(/\{[A-Za-z_]+\}/);
    }
  });

  it('dates are consistent: receivedAt in the window, startedOn ≤ lastOccurredOn ≤ receivedAt', () => {
    for (const p of parsed) {
      expect(p.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const t = Date.parse(p.receivedAt);
      expect(t).toBeGreaterThanOrEqual(FROM.getTime());
      expect(t).toBeLessThanOrEqual(TO.getTime());
      const day = p.receivedAt.slice(0, 10);
      const { startedOn, lastOccurredOn } = p.incident;
      if (startedOn) expect(startedOn <= day).toBe(true);
      if (lastOccurredOn) expect(lastOccurredOn <= day).toBe(true);
      if (startedOn && lastOccurredOn) expect(startedOn <= lastOccurredOn).toBe(true);
    }
    // Spread over the window, not bunched at one end.
    const mid = (FROM.getTime() + TO.getTime()) / 2;
    expect(share((p) => Date.parse(p.receivedAt) < mid)).toBeGreaterThan(0.4);
    expect(share((p) => Date.parse(p.receivedAt) < mid)).toBeLessThan(0.6);
  });

  it('covers the languages and scripts of the communities', () => {
    const langs = new Set(parsed.map((p) => primary(p.language)));
    for (const l of ['nl', 'tr', 'ar', 'ru', 'zh', 'en', 'fa']) expect(langs).toContain(l);
    const text = (l: string) => parsed.filter((p) => primary(p.language) === l).map((p) => `${p.incident.summary}\n${p.incident.narrative}`).join('\n');
    const tr = text('tr');
    for (const ch of ['ğ', 'ş', 'ı', 'İ', 'ç', 'ö', 'ü']) expect(tr).toContain(ch);
    for (const w of ['gözaltına', 'tehdit', 'konsolosluk']) expect(tr.toLocaleLowerCase('tr')).toContain(w);
    expect(text('ar')).toMatch(/[\u0600-\u06ff]{4,}/);
    expect(text('fa')).toMatch(/[\u06a9\u06cc]/); // Persian keheh and yeh, not the Arabic letters
    expect(text('fa')).toContain('\u200c'); // zero-width non-joiner
    expect(text('ru')).toMatch(/[\u0400-\u04ff]{6,}/);
    expect(text('zh')).toMatch(/[\u4e00-\u9fff，。]{25,}/); // Chinese runs without spaces
    // A narrative is in the report's language: no Latin words in the Chinese ones beyond names.
    for (const p of parsed.filter((q) => primary(q.language) === 'zh')) expect(p.incident.narrative.replace(/[A-Za-z]+/g, '').length / p.incident.narrative.length).toBeGreaterThan(0.9);
  });

  it('mixes channels, categories (including unknown future codes), countries and urgency', () => {
    for (const c of CHANNELS) expect(share((p) => p.channel === c)).toBeGreaterThan(0);
    const codes = new Set(parsed.flatMap((p) => p.incident.categories ?? []));
    for (const c of CATEGORIES) expect(codes).toContain(c);
    const known = new Set<string>(CATEGORIES);
    const unknown = share((p) => (p.incident.categories ?? []).some((c) => !known.has(c)));
    expect(unknown).toBeGreaterThan(0.003);
    expect(unknown).toBeLessThan(0.04);
    for (const p of parsed) expect((p.incident.categories ?? []).length).toBeGreaterThanOrEqual(1);
    for (const p of parsed) expect((p.incident.categories ?? []).length).toBeLessThanOrEqual(4);
    expect(share((p) => p.incident.countryOfConcern === undefined)).toBeGreaterThan(0.02);
    expect(new Set(parsed.map((p) => p.incident.countryOfConcern).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
    const urgent = share((p) => p.urgentSafetyRisk === true);
    expect(urgent).toBeGreaterThan(0.02);
    expect(urgent).toBeLessThan(0.09);
  });

  it('mixes consents and contact details, with some reporters giving none at all', () => {
    const contact = share((p) => p.reporter.consent.contact);
    const referral = share((p) => p.reporter.consent.referral);
    const analysis = share((p) => p.reporter.consent.anonymisedAnalysis);
    expect(contact).toBeGreaterThan(0.6);
    expect(contact).toBeLessThan(0.9);
    expect(referral).toBeGreaterThan(0.4);
    expect(referral).toBeLessThan(0.6);
    expect(analysis).toBeGreaterThan(0.72);
    expect(analysis).toBeLessThan(0.88);
    const anonymous = share((p) => !p.reporter.name && !p.reporter.phone && !p.reporter.email);
    expect(anonymous).toBeGreaterThan(0.08);
    expect(anonymous).toBeLessThan(0.35);
    expect(share((p) => /^(\+31 ?6|06)/.test(p.reporter.phone ?? ''))).toBeGreaterThan(0.2);
    expect(share((p) => /^\+(?!31)\d/.test(p.reporter.phone ?? ''))).toBeGreaterThan(0.01);
    for (const p of parsed) if (p.reporter.email) expect(p.reporter.email).toMatch(/^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+$/);
  });
});

describe('synth: attachments', () => {
  const all = () => reports.flatMap((r) => r.attachments);

  it('lists each attachment in the report with the hash of its bytes', () => {
    for (const [i, r] of reports.entries()) {
      const listed = parsed[i]?.attachments ?? [];
      expect(listed.map((a) => [a.sha256, a.filename, a.mediaType])).toEqual(r.attachments.map((a) => [a.sha256, a.filename, a.mediaType]));
      for (const a of r.attachments) expect(hex(a.bytes)).toBe(a.sha256);
      expect(r.attachments.length).toBeLessThanOrEqual(2);
    }
    const any = share((p) => (p.attachments ?? []).length > 0);
    expect(any).toBeGreaterThan(0.28);
    expect(any).toBeLessThan(0.42);
    const kinds = new Set(all().map((a) => a.actualMediaType));
    expect([...kinds].sort()).toEqual(['application/pdf', 'image/png', 'text/plain']);
    // Some file names are in the report's own script.
    expect(all().some((a) => /[^\x20-\x7e]/.test(a.filename))).toBe(true);
  });

  it('declares the true media type except on a small share', () => {
    const atts = all();
    for (const a of atts) expect(sniff(a.bytes)).toBe(a.actualMediaType);
    const wrong = atts.filter((a) => a.mediaType !== a.actualMediaType).length / atts.length;
    expect(wrong).toBeGreaterThan(0.004);
    expect(wrong).toBeLessThan(0.05);
  });

  it('writes PNGs that decode: signature, IHDR, CRCs, IDAT of the right size, IEND', () => {
    const pngs = all().filter((a) => a.actualMediaType === 'image/png');
    expect(pngs.length).toBeGreaterThan(50);
    for (const { bytes } of pngs) {
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const chunks: { type: string; data: Buffer }[] = [];
      for (let off = 8; off < bytes.length; ) {
        const len = bytes.readUInt32BE(off);
        const type = bytes.subarray(off + 4, off + 8).toString('latin1');
        const data = bytes.subarray(off + 8, off + 8 + len);
        expect(bytes.readUInt32BE(off + 8 + len)).toBe(crc32(bytes.subarray(off + 4, off + 8 + len)));
        chunks.push({ type, data });
        off += 12 + len;
      }
      const ihdr = chunks[0];
      expect(ihdr?.type).toBe('IHDR');
      expect(ihdr?.data.length).toBe(13);
      const w = ihdr?.data.readUInt32BE(0) ?? 0;
      const h = ihdr?.data.readUInt32BE(4) ?? 0;
      expect(w).toBeGreaterThan(0);
      expect(h).toBeGreaterThan(0);
      expect([...(ihdr?.data.subarray(8) ?? [])]).toEqual([8, 2, 0, 0, 0]);
      expect(chunks.at(-1)?.type).toBe('IEND');
      const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
      expect(raw.length).toBe(h * (1 + 3 * w));
    }
  });

  it('writes PDFs with a valid header, cross-reference table and %%EOF', () => {
    const pdfs = all().filter((a) => a.actualMediaType === 'application/pdf');
    expect(pdfs.length).toBeGreaterThan(10);
    for (const { bytes } of pdfs) {
      const s = bytes.toString('latin1');
      expect(s.startsWith('%PDF-1.4\n')).toBe(true);
      expect(s.endsWith('%%EOF')).toBe(true);
      const startxref = Number(/startxref\n(\d+)\n%%EOF$/.exec(s)?.[1]);
      expect(s.slice(startxref, startxref + 5)).toBe('xref\n');
      const entries = [...s.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
      expect(entries.length).toBe(6);
      entries.forEach((off, i) => expect(s.slice(off, off + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
      const len = Number(/\/Length (\d+) >>\nstream\n/.exec(s)?.[1]);
      const start = s.indexOf('stream\n') + 'stream\n'.length;
      expect(s.slice(start + len, start + len + 'endstream'.length)).toBe('endstream');
    }
  });

  it('writes notes as UTF-8 text in the report language', () => {
    const notes = all().filter((a) => a.actualMediaType === 'text/plain');
    expect(notes.length).toBeGreaterThan(100);
    for (const { bytes } of notes) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    expect(notes.some((n) => /[\u0600-\u06ff\u0400-\u04ff\u4e00-\u9fff]/.test(n.bytes.toString('utf8')))).toBe(true);
  });
});

describe('synth: determinism', () => {
  it('reproduces the same bytes from the same seed, and others from another seed', () => {
    const a = generate(opts(42), 300);
    const b = generate(opts(42), 300);
    for (let i = 0; i < a.length; i++) {
      expect(a[i]?.json.equals(b[i]?.json as Buffer)).toBe(true);
      expect(a[i]?.attachments.map((x) => x.bytes.toString('hex'))).toEqual(b[i]?.attachments.map((x) => x.bytes.toString('hex')));
      expect(a[i]?.nearDuplicateOf).toBe(b[i]?.nearDuplicateOf);
    }
    const c = generate(opts(43), 300);
    expect(c[0]?.json.equals(a[0]?.json as Buffer)).toBe(false);
    expect(new Set([...a, ...c].map((r) => r.reportId)).size).toBe(600);
  });

  it('bundle ids come from their own stream: drawing them leaves the reports unchanged', () => {
    const plain = generate(opts(7), 50);
    const s = createSynth(opts(7));
    const ids: string[] = [];
    const mixed = Array.from({ length: 50 }, () => {
      ids.push(s.nextBundleId());
      return s.next();
    });
    expect(mixed.map((r) => r.json.toString('hex'))).toEqual(plain.map((r) => r.json.toString('hex')));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(createSynth(opts(7)).nextBundleId()).toBe(ids[0]);
  });

  it('another receivedAt window gives other report ids (no import conflicts between runs)', () => {
    const a = generate(opts(1), 20);
    const b = generate(opts(1, { receivedTo: new Date('2026-07-01T00:00:00Z') }), 20);
    expect(new Set([...a, ...b].map((r) => r.reportId)).size).toBe(40);
  });

  it('rejects unusable options', () => {
    expect(() => createSynth(opts(1, { receivedFrom: TO, receivedTo: FROM }))).toThrow(RangeError);
    expect(() => createSynth(opts(1, { receivedTo: new Date('nope') }))).toThrow(RangeError);
    expect(() => createSynth(opts(1.5))).toThrow(RangeError);
    expect(() => createSynth(opts(1, { nearDuplicateRate: 2 }))).toThrow(RangeError);
  });

  it('a zero-length window gives that exact time', () => {
    const t = new Date('2026-03-01T12:00:00Z');
    for (const r of generate({ seed: 5, receivedFrom: t, receivedTo: t }, 30)) expect(JSON.parse(r.json.toString()).receivedAt).toBe('2026-03-01T12:00:00Z');
  });
});

describe('synth: near-duplicates', () => {
  const words = (text: string, lang: string) =>
    [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLowerCase());
  const shingles = (p: Json) => {
    const w = words(p.incident.narrative, primary(p.language));
    const out = new Set<string>();
    for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
    return out;
  };
  const jaccard = (a: Set<string>, b: Set<string>) => {
    let both = 0;
    for (const x of a) if (b.has(x)) both++;
    return both / (a.size + b.size - both);
  };

  it('marks about 3 % of reports as near-duplicates of an earlier report in the same language', () => {
    const index = new Map(reports.map((r, i) => [r.reportId, i]));
    const dups = reports.filter((r) => r.nearDuplicateOf);
    expect(dups.length / N).toBeGreaterThan(0.015);
    expect(dups.length / N).toBeLessThan(0.05);
    for (const r of dups) {
      const i = index.get(r.reportId) ?? -1;
      const j = index.get(r.nearDuplicateOf ?? '') ?? -1;
      expect(j).toBeGreaterThanOrEqual(0);
      expect(j).toBeLessThan(i);
      expect(parsed[i]?.language).toBe(parsed[j]?.language);
      expect(parsed[i]?.incident.narrative).not.toBe(parsed[j]?.incident.narrative);
      expect(Date.parse(parsed[i]?.receivedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(parsed[j]?.receivedAt ?? ''));
    }
  });

  it('a Jaccard check over word 3-grams finds them, and rarely anything else', () => {
    const THRESHOLD = 0.7;
    const sh = parsed.map(shingles);
    const origin = reports.map((r) => r.nearDuplicateOf);
    const related = (i: number, j: number) => {
      const a = reports[i]?.reportId;
      const b = reports[j]?.reportId;
      return origin[i] === b || origin[j] === a || (origin[i] !== undefined && origin[i] === origin[j]);
    };
    let found = 0;
    let truePositives = 0;
    let accidental = 0;
    for (let i = 0; i < N; i++) {
      let best = 0;
      let bestJ = -1;
      for (let j = 0; j < i; j++) {
        if (primary(parsed[j]?.language ?? '') !== primary(parsed[i]?.language ?? '')) continue;
        const v = jaccard(sh[i] as Set<string>, sh[j] as Set<string>);
        if (v > best) [best, bestJ] = [v, j];
      }
      if (best < THRESHOLD) continue;
      found++;
      if (related(i, bestJ)) truePositives++;
      else accidental++;
    }
    const marked = origin.filter(Boolean).length;
    expect(truePositives / marked).toBeGreaterThan(0.9);
    expect(accidental / N).toBeLessThan(0.01);
    expect(found / N).toBeGreaterThan(0.015);
    expect(found / N).toBeLessThan(0.06);
  });

  it('follows the nearDuplicateRate option', () => {
    expect(generate(opts(3, { nearDuplicateRate: 0 }), 500).filter((r) => r.nearDuplicateOf)).toEqual([]);
    const many = generate(opts(3, { nearDuplicateRate: 0.2 }), 1000).filter((r) => r.nearDuplicateOf).length / 1000;
    expect(many).toBeGreaterThan(0.15);
    expect(many).toBeLessThan(0.25);
  });
});

describe('synth: volume', () => {
  it('generates 10,000 reports', () => {
    const s = createSynth(opts(99));
    let bytes = 0;
    for (let i = 0; i < 10_000; i++) bytes += s.next().json.length;
    expect(bytes).toBeGreaterThan(10_000 * 1000);
  });
});

describe('synth: seeding', () => {
  it('gives 300,000 per-report streams distinct states (a 32-bit seed hash would repeat about ten)', () => {
    // The per-report seeds are [u32, u32, counter] with the words from a stream, as in createSynth.
    const stream = new Rng([7]);
    const seen = new Set<string>();
    for (let i = 0; i < 300_000; i++) {
      const r = new Rng([stream.u32(), stream.u32(), i]);
      seen.add(`${r.u32()}:${r.u32()}`);
    }
    expect(seen.size).toBe(300_000);
  });
});
