// Computes the authenticity signals of one report from what import recorded (fingerprints,
// contact keys, sightings, attachment forensics) and the report itself. Facts carry numbers,
// dates, types and station labels, never the reporter's identity or contact details; other
// reports are named by report id. `refreshSignals` also recomputes the reports a change touches.
import type { Signal, SignalKind } from '../../core/review/signals';
import { fingerprintOf, lshCandidates, replaceSignals, reportsOfPseudonym, sharedContacts, signalOf, sightings, upsertSignal } from '../../db/queries/review';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statement-cache';
import { loadReport } from '../cases/case-view';
import { type AttachmentForensics, isEditingSoftware } from './forensics';
import { estimateJaccard, jaccard, lshKeys, shingleSet } from './fingerprint';
import { distanceKm, inNetherlands, municipalityCentre } from './municipalities';

/** Estimated similarity from which a candidate is compared exactly, and the exact one that counts. */
const ESTIMATE_MIN = 0.4;
/** Bounds on the near-duplicate search, whatever the vault holds: band members read, candidates estimated, compared exactly. */
const LSH_PER_KEY = 50;
const LSH_CANDIDATES = 30;
const EXACT_COMPARISONS = 8;
export const NEAR_DUPLICATE_MIN = 0.5;
const BURST_SIMILAR_HOURS = 48;
const BURST_SIMILAR_MIN = 2;
const BURST_STATION_MINUTES = 60;
const BURST_STATION_MIN = 10;
const BUNDLE_LONG_AFTER_DAYS = 30;
/** Camera clocks are local time without a zone: a photo is "after" only beyond this slack. */
const EXIF_SLACK_HOURS = 14;
const GPS_FAR_KM = 50;
const MAX_RELATED = 20;

type ReportFacts = {
  reportId: string;
  caseId: number;
  receivedAt: string;
  narrative: string;
  pseudonym: string | null;
  municipality: string | null;
  bundleCreatedAt: string;
  signerKeyId: string;
  signerLabel: string | null;
  signerRevoked: boolean;
  bundleId: string;
};

function reportFacts(db: Db, reportId: string): ReportFacts | null {
  const row = stmt(
    db,
    `SELECT r.report_id, r.received_at, cr.case_id, b.created_at AS bundle_created, b.bundle_id, b.signer_key_id, k.label, k.revoked_at
     FROM reports r JOIN bundles b ON b.bundle_id = r.bundle_id JOIN case_reports cr ON cr.report_id = r.report_id
     LEFT JOIN intake_keys k ON k.key_id = b.signer_key_id WHERE r.report_id = ?`,
  ).get(reportId) as
    | { report_id: string; received_at: string; case_id: number; bundle_created: string; bundle_id: string; signer_key_id: string; label: string | null; revoked_at: string | null }
    | undefined;
  const loaded = row ? loadReport(db, reportId) : null;
  if (!row || !loaded) return null;
  const { reporter, incident } = loaded.report;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  return {
    reportId: row.report_id,
    caseId: row.case_id,
    receivedAt: row.received_at,
    narrative: str(incident.narrative) ?? '',
    pseudonym: str(reporter.pseudonym),
    municipality: str(incident.municipality) ?? str(reporter.municipality),
    bundleCreatedAt: row.bundle_created,
    signerKeyId: row.signer_key_id,
    signerLabel: row.label,
    signerRevoked: row.revoked_at !== null,
    bundleId: row.bundle_id,
  };
}

function narrativeOf(db: Db, reportId: string): string {
  return loadReport(db, reportId)?.report.incident.narrative ?? '';
}

const hours = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / 3_600_000;

/** Near-duplicates: LSH candidates, then the MinHash estimate, then the exact shingle Jaccard. */
function nearDuplicates(db: Db, r: ReportFacts): { reportId: string; similarity: number }[] {
  const sig = fingerprintOf(db, r.reportId);
  if (!sig) return [];
  const candidates = lshCandidates(db, r.reportId, lshKeys(sig), LSH_PER_KEY, LSH_CANDIDATES);
  const close = candidates
    .map((id) => ({ id, est: estimateJaccard(sig, fingerprintOf(db, id) ?? new Uint32Array(sig.length)) }))
    .filter((c) => c.est >= ESTIMATE_MIN)
    .sort((a, b) => b.est - a.est)
    .slice(0, EXACT_COMPARISONS);
  if (close.length === 0) return [];
  const mine = shingleSet(r.narrative);
  return close
    .map((c) => ({ reportId: c.id, similarity: jaccard(mine, shingleSet(narrativeOf(db, c.id))) }))
    .filter((c) => c.similarity >= NEAR_DUPLICATE_MIN)
    .sort((a, b) => b.similarity - a.similarity);
}

function attachmentsOf(db: Db, reportId: string): { sha256: string; filename: string; mediaType: string; forensics: AttachmentForensics | null }[] {
  const rows = stmt(
    db,
    `SELECT ra.sha256, ra.filename, ra.media_type, f.real_type, f.dangers, f.exif FROM report_attachments ra
     LEFT JOIN attachment_forensics f ON f.sha256 = ra.sha256 WHERE ra.report_id = ? ORDER BY ra.position`,
  ).all(reportId) as { sha256: string; filename: string; media_type: string; real_type: string | null; dangers: string | null; exif: string | null }[];
  return rows.map((x) => ({
    sha256: x.sha256,
    filename: x.filename,
    mediaType: x.media_type,
    forensics: x.real_type === null ? null : { realType: x.real_type, dangers: JSON.parse(x.dangers ?? '[]') as AttachmentForensics['dangers'], exif: x.exif ? (JSON.parse(x.exif) as AttachmentForensics['exif']) : null },
  }));
}

const EXTENSION_FAMILY: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', bmp: 'image/bmp', webp: 'image/webp', heic: 'image/heic', tif: 'image/tiff', tiff: 'image/tiff',
  pdf: 'application/pdf', txt: 'text/plain', mp4: 'video/mp4', mov: 'video/quicktime', mp3: 'audio/mpeg', m4a: 'audio/mp4', ogg: 'audio/ogg', wav: 'audio/wav',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', zip: 'application/zip',
};

/** How far a claimed type is from the real one: 0 same, 0.5 same family (image/png for image/jpeg), 1 another family. */
function typeDistance(claimed: string, real: string): number {
  const c = claimed.toLowerCase().split(';')[0]?.trim() ?? '';
  if (c === real) return 0;
  if (c === '' || c === 'application/octet-stream') return 0;
  return c.split('/')[0] === real.split('/')[0] ? 0.5 : 1;
}

export function computeSignals(db: Db, reportId: string): Signal[] {
  const r = reportFacts(db, reportId);
  if (!r) return [];
  const out: Signal[] = [];
  const add = (kind: SignalKind, strength: number, facts: Signal['facts'], related: string[] = []) => {
    if (strength > 0) out.push({ kind, strength: Math.min(1, strength), facts, related: related.slice(0, MAX_RELATED) });
  };

  // Provenance.
  if (r.signerRevoked) add('revoked-signer', 1, { station: r.signerLabel, keyId: r.signerKeyId });
  const gap = hours(r.bundleCreatedAt, r.receivedAt);
  if (gap < -1) add('bundle-before-received', 1, { hours: Math.round(-gap) });
  if (gap > BUNDLE_LONG_AFTER_DAYS * 24) add('bundle-long-after', Math.min(1, gap / 24 / 180), { days: Math.round(gap / 24) });
  const seen = sightings(db, reportId);
  if (seen > 1) add('seen-before', 1, { deliveries: seen });

  // Near-duplicates, and bursts of them.
  const dups = nearDuplicates(db, r);
  if (dups.length > 0) add('near-duplicate', dups[0]?.similarity ?? 0, { similarity: Math.round((dups[0]?.similarity ?? 0) * 100), count: dups.length }, dups.map((d) => d.reportId));
  const times = new Map(dups.map((d) => [d.reportId, stmt(db, 'SELECT received_at FROM reports WHERE report_id = ?').pluck().get(d.reportId) as string]));
  const inBurst = dups.filter((d) => Math.abs(hours(times.get(d.reportId) ?? '', r.receivedAt)) <= BURST_SIMILAR_HOURS);
  if (inBurst.length >= BURST_SIMILAR_MIN) add('burst-similar', inBurst.length / 5, { count: inBurst.length + 1, hours: BURST_SIMILAR_HOURS }, inBurst.map((d) => d.reportId));
  const from = new Date(Date.parse(r.receivedAt) - BURST_STATION_MINUTES * 60_000).toISOString();
  const to = new Date(Date.parse(r.receivedAt) + BURST_STATION_MINUTES * 60_000).toISOString();
  const station = Number(
    stmt(db, `SELECT count(*) FROM reports x JOIN bundles b ON b.bundle_id = x.bundle_id WHERE x.received_at BETWEEN ? AND ? AND b.signer_key_id = ?`).pluck().get(from, to, r.signerKeyId),
  );
  if (station >= BURST_STATION_MIN) add('burst-station', (station - BURST_STATION_MIN + 1) / 20, { count: station, minutes: BURST_STATION_MINUTES * 2, station: r.signerLabel });

  // The same contact details under another pseudonym.
  const contacts = sharedContacts(db, reportId, MAX_RELATED);
  if (contacts.length > 0) add('shared-contact', 1, { kinds: [...new Set(contacts.map((c) => c.kind))].sort().join(',') }, [...new Set(contacts.map((c) => c.reportId))]);

  // Attachments: shared with unrelated reports, forensics.
  const atts = attachmentsOf(db, reportId);
  const shared = new Set<string>();
  for (const a of atts) {
    const others = stmt(
      db,
      `SELECT ra.report_id FROM report_attachments ra JOIN case_reports cr ON cr.report_id = ra.report_id
       WHERE ra.sha256 = ? AND ra.report_id <> ? AND cr.case_id <> ?
         AND NOT EXISTS (SELECT 1 FROM case_links l WHERE (l.case_a = cr.case_id AND l.case_b = ?) OR (l.case_b = cr.case_id AND l.case_a = ?))
       LIMIT 200`,
    ).pluck().all(a.sha256, reportId, r.caseId, r.caseId, r.caseId) as string[];
    for (const o of others) shared.add(o);
  }
  if (shared.size > 0) add('shared-attachment', 1, { reports: shared.size }, [...shared]);
  const dangers = new Set(atts.flatMap((a) => a.forensics?.dangers ?? []));
  if (dangers.size > 0) add('dangerous-attachment', 1, { dangers: [...dangers].sort().join(','), attachments: atts.filter((a) => (a.forensics?.dangers.length ?? 0) > 0).length });
  let mismatch = 0;
  let mismatched = 0;
  for (const a of atts) {
    if (!a.forensics) continue;
    const ext = /\.([a-z0-9]{1,5})$/i.exec(a.filename)?.[1]?.toLowerCase();
    const d = Math.max(typeDistance(a.mediaType, a.forensics.realType), ext && EXTENSION_FAMILY[ext] ? typeDistance(EXTENSION_FAMILY[ext] ?? '', a.forensics.realType) : 0);
    if (d > 0) mismatched++;
    mismatch = Math.max(mismatch, d);
  }
  if (mismatch > 0) add('type-mismatch', mismatch, { attachments: mismatched });
  const photos = atts.flatMap((a) => (a.forensics?.exif ? [a.forensics.exif] : []));
  const late = photos.filter((p) => p.takenAt !== null && hours(p.takenAt, r.receivedAt) > EXIF_SLACK_HOURS);
  if (late.length > 0) add('exif-after-received', 1, { photos: late.length, hoursAfter: Math.round(Math.max(...late.map((p) => hours(p.takenAt ?? '', r.receivedAt)))) });
  const edited = photos.filter((p) => isEditingSoftware(p.software));
  if (edited.length > 0) add('exif-editing-software', 1, { software: edited[0]?.software ?? null, photos: edited.length });
  const located = photos.flatMap((p) => (p.gps ? [p.gps] : []));
  if (located.length > 0 && r.municipality) {
    const centre = municipalityCentre(r.municipality);
    const far = centre ? Math.max(...located.map((g) => distanceKm(centre, [g.lat, g.lon]))) : null;
    if (far !== null && far > GPS_FAR_KM) add('exif-gps-far', Math.min(1, far / 500), { km: Math.round(far) });
    else if (far === null && located.some((g) => !inNetherlands(g.lat, g.lon))) add('exif-gps-far', 1, { outsideNetherlands: true });
  }
  const cameras = new Set(photos.some((p) => p.make || p.model) ? cameraModels(db, r) : []);
  if (cameras.size >= 2) add('camera-mismatch', Math.min(1, (cameras.size - 1) / 2), { cameras: cameras.size });
  return out;
}

/** Camera make/model of this reporter's photos: this report's, and those of reports under the same pseudonym. */
function cameraModels(db: Db, r: ReportFacts): string[] {
  const ids = r.pseudonym ? reportsOfPseudonym(db, r.pseudonym, 50) : [r.reportId];
  const out: string[] = [];
  for (const id of ids) {
    for (const a of attachmentsOf(db, id)) {
      const e = a.forensics?.exif;
      if (e && (e.make || e.model)) out.push(`${e.make ?? ''}|${e.model ?? ''}`.toLowerCase());
    }
  }
  return out;
}

/** The signals a new report gives the reports it names: the same kind, pointing back. */
const MUTUAL: readonly SignalKind[] = ['near-duplicate', 'shared-contact', 'shared-attachment'];

/**
 * Computes and stores the signals of these reports. The reports they name get this report added
 * to the same signal (no full recomputation: a flood of look-alikes must not cost a recompute of
 * every earlier one each time).
 */
export function refreshSignals(db: Db, reportIds: readonly string[], now: string): void {
  for (const id of reportIds) {
    const signals = computeSignals(db, id);
    replaceSignals(db, id, signals, now);
    for (const s of signals) {
      if (s.kind === 'burst-station') markStationBurst(db, id, s, now);
      if (!MUTUAL.includes(s.kind)) continue;
      for (const other of s.related) if (!reportIds.includes(other)) pointBack(db, other, s, id, now);
    }
  }
}

/**
 * The earlier reports of a station burst get the signal too, once each (a report that has it is
 * left alone), so a flood costs each report one write, not one per later report.
 */
function markStationBurst(db: Db, reportId: string, s: Signal, now: string): void {
  const r = stmt(db, 'SELECT x.received_at, b.signer_key_id FROM reports x JOIN bundles b ON b.bundle_id = x.bundle_id WHERE x.report_id = ?').get(reportId) as
    | { received_at: string; signer_key_id: string }
    | undefined;
  if (!r) return;
  const from = new Date(Date.parse(r.received_at) - BURST_STATION_MINUTES * 60_000).toISOString();
  const to = new Date(Date.parse(r.received_at) + BURST_STATION_MINUTES * 60_000).toISOString();
  const others = stmt(
    db,
    `SELECT x.report_id FROM reports x JOIN bundles b ON b.bundle_id = x.bundle_id
     WHERE x.received_at BETWEEN ? AND ? AND b.signer_key_id = ? AND x.report_id <> ?
       AND NOT EXISTS (SELECT 1 FROM report_signals g WHERE g.report_id = x.report_id AND g.kind = 'burst-station')
     LIMIT 500`,
  ).pluck().all(from, to, r.signer_key_id, reportId) as string[];
  for (const id of others) upsertSignal(db, id, { kind: 'burst-station', strength: s.strength, facts: s.facts, related: [] }, now);
}

function pointBack(db: Db, reportId: string, from: Signal, newId: string, now: string): void {
  const row = signalOf(db, reportId, from.kind);
  const related = row ? (JSON.parse(row.related) as string[]) : [];
  if (related.includes(newId)) return;
  const facts = row ? (JSON.parse(row.facts) as Signal['facts']) : {};
  const next: Signal['facts'] =
    from.kind === 'near-duplicate'
      ? { similarity: Math.max(Number(facts.similarity ?? 0), Number(from.facts.similarity ?? 0)), count: Number(facts.count ?? 0) + 1 }
      : from.kind === 'shared-attachment'
        ? { reports: Number(facts.reports ?? 0) + 1 }
        : { kinds: [...new Set([...String(facts.kinds ?? '').split(','), ...String(from.facts.kinds ?? '').split(',')].filter(Boolean))].sort().join(',') };
  const nextRelated = [newId, ...related].slice(0, MAX_RELATED);
  upsertSignal(db, reportId, { kind: from.kind, strength: Math.max(row?.strength ?? 0, from.strength), facts: next, related: nextRelated }, now);
  // A new look-alike can make a burst around an earlier report too.
  if (from.kind === 'near-duplicate') {
    const at = stmt(db, 'SELECT received_at FROM reports WHERE report_id = ?').pluck().get(reportId) as string | undefined;
    const inBurst = nextRelated.filter((id) => {
      const t = stmt(db, 'SELECT received_at FROM reports WHERE report_id = ?').pluck().get(id) as string | undefined;
      return at !== undefined && t !== undefined && Math.abs(hours(t, at)) <= BURST_SIMILAR_HOURS;
    });
    if (inBurst.length >= BURST_SIMILAR_MIN) {
      upsertSignal(db, reportId, { kind: 'burst-similar', strength: Math.min(1, inBurst.length / 5), facts: { count: inBurst.length + 1, hours: BURST_SIMILAR_HOURS }, related: inBurst }, now);
    }
  }
}
