// Authenticity signals as import computes them, on a real vault with real bundles: each signal
// from a crafted fixture, reports named by id in both directions, and no identity or contact
// details anywhere in what the signals store.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Signal } from '../../core/review/signals';
import { signalsOf } from '../../db/queries/review';
import { importFiles } from '../../main/import/import-files';
import { ADMIN_PASS } from '../support/vault';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { exiftoolJpeg, pdfWithJavaScript, windowsExecutable } from '../support/forensic-fixtures';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;

const NARRATIVE =
  'Een man van het consulaat belde mij op dinsdagavond en zei dat mijn broer in Izmir zou worden opgepakt als ik niet zou stoppen met het organiseren van de bijeenkomsten in Rotterdam. Hij kende mijn adres en de namen van mijn kinderen en noemde de school.';
const IDENTITY = { name: 'Ayşe Yılmaz', phone: '+31 6 12345678', email: 'ayse.yilmaz@example.nl', municipality: 'Zwolle' };

function report(o: { pseudonym: string; narrative: string; receivedAt: string; municipality?: string; attachments: { bytes: Buffer; filename: string; mediaType: string }[] }) {
  const base = reportObject() as Record<string, unknown>;
  return {
    ...base,
    reportId: randomUUID(),
    receivedAt: o.receivedAt,
    reporter: { pseudonym: o.pseudonym, ...IDENTITY, consent: { contact: true, referral: false, anonymisedAnalysis: true } },
    incident: { summary: 'Bedreiging', narrative: o.narrative, categories: ['intimidation'], ...(o.municipality ? { municipality: o.municipality } : {}) },
    attachments: o.attachments.map((a) => ({ sha256: sha(a.bytes), filename: a.filename, mediaType: a.mediaType })),
  };
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let first: ReturnType<typeof report>;
let second: ReturnType<typeof report>;
let firstBundle: Buffer;

function signals(reportId: string): Map<string, Signal> {
  const rows = signalsOf(v.t.dispatcher.sessions.require().vault.db, reportId);
  return new Map(rows.map((r) => [r.kind, { kind: r.kind, strength: r.strength, facts: JSON.parse(r.facts), related: JSON.parse(r.related) } as Signal]));
}

beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  // Taken a day after the report came in, edited in Photoshop, GPS in Istanbul for a report from Amsterdam.
  const photo = exiftoolJpeg(tmp.path, {
    DateTimeOriginal: '2026:11:28 15:30:00',
    Software: 'Adobe Photoshop 25.0',
    Make: 'Canon',
    Model: 'EOS 80D',
    GPSLatitude: '41.0082',
    GPSLatitudeRef: 'N',
    GPSLongitude: '28.9784',
    GPSLongitudeRef: 'E',
  });
  const exe = windowsExecutable();
  const pdf = pdfWithJavaScript();
  first = report({
    pseudonym: 'Lavendel-42',
    narrative: NARRATIVE,
    receivedAt: '2026-11-27T09:00:00Z',
    municipality: 'Amsterdam',
    attachments: [
      { bytes: photo, filename: 'foto.jpg', mediaType: 'image/jpeg' },
      { bytes: exe, filename: 'vakantie.jpg', mediaType: 'image/jpeg' },
      { bytes: pdf, filename: 'brief.pdf', mediaType: 'application/pdf' },
    ],
  });
  const b1 = await buildBundle({ reports: [jsonBytes(first)], attachments: [photo, exe, pdf], signer: v.intake, to: v.to });
  firstBundle = b1.bytes;
  // Another pseudonym, the same phone number and e-mail, nearly the same story, the same photo.
  second = report({ pseudonym: 'Kastanje-7', narrative: NARRATIVE.replace('dinsdagavond', 'woensdagavond'), receivedAt: '2026-11-27T11:00:00Z', attachments: [{ bytes: photo, filename: 'IMG_2231.jpg', mediaType: 'image/jpeg' }] });
  const b2 = await buildBundle({ reports: [jsonBytes(second)], attachments: [photo], signer: v.intake, to: v.to });
  const results = await v.importHere([v.put(b1.bytes), v.put(b2.bytes)]);
  expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
}, 60_000);
afterAll(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

describe('signals at import', () => {
  it('finds the near-duplicate, the shared contact details and the shared photo, both ways', () => {
    const s2 = signals(second.reportId);
    expect(s2.get('near-duplicate')).toMatchObject({ related: [first.reportId] });
    expect(Number(s2.get('near-duplicate')?.facts.similarity)).toBeGreaterThanOrEqual(70);
    expect(s2.get('shared-contact')).toMatchObject({ related: [first.reportId], facts: { kinds: 'email,phone' } });
    expect(s2.get('shared-attachment')).toMatchObject({ related: [first.reportId] });
    const s1 = signals(first.reportId);
    expect(s1.get('near-duplicate')?.related).toEqual([second.reportId]);
    expect(s1.get('shared-contact')?.related).toEqual([second.reportId]);
    expect(s1.get('shared-attachment')?.related).toEqual([second.reportId]);
  });

  it('reads the attachments: executable and PDF JavaScript, a renamed type, EXIF time, software and GPS', () => {
    const s1 = signals(first.reportId);
    expect(s1.get('dangerous-attachment')?.facts.dangers).toBe('executable,pdf-javascript');
    expect(s1.get('type-mismatch')).toMatchObject({ strength: 1, facts: { attachments: 1 } });
    expect(s1.get('exif-after-received')?.facts).toMatchObject({ photos: 1 });
    expect(s1.get('exif-editing-software')?.facts.software).toBe('Adobe Photoshop 25.0');
    expect(Number(s1.get('exif-gps-far')?.facts.km)).toBeGreaterThan(2000);
    // Without an incident municipality the reporter's is used; the facts give only the distance.
    expect(Object.keys(signals(second.reportId).get('exif-gps-far')?.facts ?? {})).toEqual(['km']);
  });

  it('counts a bundle delivered again as another delivery of its reports', async () => {
    expect(signals(first.reportId).has('seen-before')).toBe(false);
    const [again] = await v.importHere([v.put(firstBundle, 'again.baken')]);
    expect(again?.status).toBe('duplicate');
    expect(signals(first.reportId).get('seen-before')?.facts).toEqual({ deliveries: 2 });
  });

  it('computes at unlock the signals a stopped import job left pending', async () => {
    const late = report({ pseudonym: 'Wilg-3', narrative: NARRATIVE, receivedAt: '2026-11-27T12:00:00Z', attachments: [] });
    const bundle = await buildBundle({ reports: [jsonBytes(late)], signer: v.intake, to: v.to });
    // Imported without the job's review step, as if the job was stopped right after its commits.
    await importFiles(v.env(), [{ path: v.put(bundle.bytes, 'late.baken'), medium: 'USB' }]);
    expect(signals(late.reportId).size).toBe(0);
    await v.t.ok('session.lock', {});
    await v.t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
    expect(signals(late.reportId).get('near-duplicate')?.related).toEqual(expect.arrayContaining([first.reportId, second.reportId]));
  });

  it('stores no identity or contact details in any signal', () => {
    const db = v.t.dispatcher.sessions.require().vault.db;
    const all = JSON.stringify(db.prepare('SELECT * FROM report_signals').all()) + JSON.stringify(db.prepare('SELECT * FROM report_contacts').all());
    for (const secret of [IDENTITY.name, '12345678', IDENTITY.email, 'ayse', 'Zwolle', 'Lavendel', 'Kastanje']) expect(all).not.toContain(secret);
  });
});
