// Authenticity review as use cases: the queue by score, one report's review (without the reporter's
// identity), verdicts with four eyes for "fabricated", and the signal weights. Verdicts go to the
// audit log and the case timeline, where counsellors and coordinators see them.
import { BakenError } from '../../core/errors';
import { DEFAULT_SIGNAL_WEIGHTS, SIGNAL_KINDS, type Signal, type SignalKind, isSignalKind } from '../../core/review/signals';
import type { AttachmentForensicsView, Provenance, RelatedReport, ReviewCluster, ReviewQueueRow, ReviewReport, SharedPassages } from '../../core/review/types';
import { type Verdict, needsSecondReviewer } from '../../core/review/verdicts';
import { addCaseEvent, caseOfReport, caseReportIds, getCaseRow, touchCase } from '../../db/queries/cases';
import {
  effectiveVerdictId,
  insertVerdict,
  pendingVerdictId,
  reportHeadline,
  reviewQueue,
  setVerdictState,
  setWeight,
  signalsOf,
  sightings,
  verdictById,
  weightOverrides,
} from '../../db/queries/review';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statement-cache';
import { loadReport, reportView } from '../cases/case-view';
import { jaccard, sharedPassages, shingleSet } from '../review/fingerprint';
import { asVerdict } from '../review/verdict-records';
import type { ActiveSession } from './session';

export function signalWeights(db: Db): Record<SignalKind, number> {
  const out = { ...DEFAULT_SIGNAL_WEIGHTS };
  for (const o of weightOverrides(db)) if (isSignalKind(o.kind)) out[o.kind] = o.weight;
  return out;
}

export function setSignalWeights(s: ActiveSession, weights: Partial<Record<SignalKind, number>>): Record<SignalKind, number> {
  const { vault, user } = s;
  vault.db.transaction(() => {
    for (const kind of SIGNAL_KINDS) {
      const w = weights[kind];
      if (w === undefined) continue;
      setWeight(vault.db, kind, w === DEFAULT_SIGNAL_WEIGHTS[kind] ? null : w);
    }
    vault.audit({ actor: user.username, action: 'review.weights', details: { ...weights } });
  }).immediate();
  return signalWeights(vault.db);
}

const parseKinds = (json: string): SignalKind[] => (JSON.parse(json) as string[]).filter(isSignalKind).sort();

export function queue(s: ActiveSession, q: { minScore: number; open: boolean; signal?: SignalKind | undefined; limit: number; offset: number }): { rows: ReviewQueueRow[]; total: number } {
  const { rows, total } = reviewQueue(s.vault.db, { weights: JSON.stringify(signalWeights(s.vault.db)), minScore: q.minScore, open: q.open, kind: q.signal ?? null, limit: q.limit, offset: q.offset });
  return {
    total,
    rows: rows.map((r) => ({
      reportId: r.reportId,
      caseNumber: r.caseNumber,
      receivedAt: r.receivedAt,
      summary: r.summary,
      score: Math.round(r.score * 10) / 10,
      signals: parseKinds(r.kinds),
      verdict: asVerdict(r.verdict),
      pending: asVerdict(r.pending),
    })),
  };
}

function scoreOf(signals: { strength: number; kind: string }[], weights: Record<SignalKind, number>): number {
  const sum = signals.reduce((acc, x) => acc + x.strength * (isSignalKind(x.kind) ? weights[x.kind] : 0), 0);
  return Math.round(sum * 10) / 10;
}

function forensicsOf(db: Db, reportId: string): AttachmentForensicsView[] {
  const rows = stmt(
    db,
    `SELECT ra.position, ra.filename, ra.media_type, ra.sha256, f.real_type, f.dangers, f.exif FROM report_attachments ra
     LEFT JOIN attachment_forensics f ON f.sha256 = ra.sha256 WHERE ra.report_id = ? ORDER BY ra.position`,
  ).all(reportId) as { position: number; filename: string; media_type: string; sha256: string; real_type: string | null; dangers: string | null; exif: string | null }[];
  return rows.map((r) => {
    const exif = r.exif ? (JSON.parse(r.exif) as { takenAt: string | null; software: string | null; make: string | null; model: string | null; gps: unknown }) : null;
    return {
      position: r.position,
      filename: r.filename,
      declaredType: r.media_type,
      sha256: r.sha256,
      realType: r.real_type,
      dangers: r.dangers ? (JSON.parse(r.dangers) as string[]) : [],
      // Whether a position is there, not where: coordinates could point at a home.
      exif: exif ? { takenAt: exif.takenAt, software: exif.software, make: exif.make, model: exif.model, gps: exif.gps !== null && exif.gps !== undefined } : null,
    };
  });
}

export function reviewReport(s: ActiveSession, reportId: string): ReviewReport {
  const db = s.vault.db;
  const caseId = caseOfReport(db, reportId);
  const row = caseId === null ? null : getCaseRow(db, caseId);
  if (caseId === null || !row) throw new BakenError('report-not-found');
  const origin = caseReportIds(db, caseId).find((r) => r.reportId === reportId)?.originCaseId ?? caseId;
  // Never with identity: reviewers do not see who reported (DESIGN.md).
  const report = reportView(db, reportId, origin, false);
  if (!report) throw new BakenError('report-not-found');
  const weights = signalWeights(db);
  const signals = signalsOf(db, reportId)
    .filter((x) => isSignalKind(x.kind))
    .map((x) => ({ kind: x.kind as SignalKind, strength: x.strength, facts: JSON.parse(x.facts) as Signal['facts'], related: JSON.parse(x.related) as string[], weight: weights[x.kind as SignalKind] }))
    .sort((a, b) => b.strength * b.weight - a.strength * a.weight);
  const relatedIds = [...new Set(signals.flatMap((x) => x.related))];
  const related: RelatedReport[] = relatedIds.flatMap((id) => {
    const h = reportHeadline(db, id);
    return h ? [{ reportId: id, caseNumber: h.caseNumber, receivedAt: h.receivedAt, summary: h.summary, score: scoreOf(signalsOf(db, id), weights) }] : [];
  });
  return {
    caseNumber: row.number,
    report,
    provenance: provenanceOf(db, reportId),
    passages: passagesOf(db, report.narrative, signals.find((x) => x.kind === 'near-duplicate')?.related ?? []),
    score: scoreOf(signals, weights),
    signals,
    forensics: forensicsOf(db, reportId),
    related,
    verdicts: report.verdicts,
  };
}

function provenanceOf(db: Db, reportId: string): Provenance {
  const p = stmt(
    db,
    `SELECT k.label AS station, b.signer_key_id AS keyId, k.revoked_at IS NOT NULL AS keyRevoked, b.bundle_id AS bundleId, b.created_at AS bundleCreatedAt, r.imported_at AS importedAt
     FROM reports r JOIN bundles b ON b.bundle_id = r.bundle_id LEFT JOIN intake_keys k ON k.key_id = b.signer_key_id WHERE r.report_id = ?`,
  ).get(reportId) as Omit<Provenance, 'deliveries' | 'keyRevoked'> & { keyRevoked: number };
  return { ...p, keyRevoked: p.keyRevoked === 1, deliveries: sightings(db, reportId) };
}

/** Side by side: what this narrative shares with its closest near-duplicates. */
function passagesOf(db: Db, narrative: string, relatedIds: readonly string[]): SharedPassages[] {
  const mine = shingleSet(narrative);
  return relatedIds.slice(0, 3).flatMap((id) => {
    const h = reportHeadline(db, id);
    const text = loadReport(db, id)?.report.incident.narrative;
    if (!h || text === undefined) return [];
    return [
      {
        reportId: id,
        caseNumber: h.caseNumber,
        similarity: Math.round(jaccard(mine, shingleSet(text)) * 100),
        passages: sharedPassages(narrative, text).map((p) => ({ here: p.a, there: p.b })),
      },
    ];
  });
}

/** Kinds of signal that link reports into a cluster. */
const LINKING: readonly SignalKind[] = ['near-duplicate', 'shared-contact', 'shared-attachment'];
const CLUSTER_MAX = 50;

/** The reports reachable from this one through linking signals (breadth first, at most 50). */
export function cluster(s: ActiveSession, reportId: string): ReviewCluster {
  const db = s.vault.db;
  if (caseOfReport(db, reportId) === null) throw new BakenError('report-not-found');
  const weights = signalWeights(db);
  const seen = new Set([reportId]);
  const queueIds = [reportId];
  let truncated = false;
  while (queueIds.length > 0) {
    const id = queueIds.shift() as string;
    for (const sig of signalsOf(db, id)) {
      if (!LINKING.includes(sig.kind as SignalKind)) continue;
      for (const other of JSON.parse(sig.related) as string[]) {
        if (seen.has(other)) continue;
        if (seen.size >= CLUSTER_MAX) {
          truncated = true;
          continue;
        }
        seen.add(other);
        queueIds.push(other);
      }
    }
  }
  const reports = [...seen].flatMap((id) => {
    const h = reportHeadline(db, id);
    return h
      ? [{ reportId: id, caseNumber: h.caseNumber, receivedAt: h.receivedAt, summary: h.summary, score: scoreOf(signalsOf(db, id), weights), verdict: asVerdict(h.verdict), pending: asVerdict(h.pending) }]
      : [];
  });
  reports.sort((a, b) => b.score - a.score || (a.receivedAt < b.receivedAt ? -1 : 1));
  return { reports, truncated };
}

/** Audit log and case timeline, in the caller's transaction. */
function record(s: ActiveSession, reportId: string, kind: string, details: Record<string, unknown>, now: string): void {
  const caseId = caseOfReport(s.vault.db, reportId);
  const number = caseId === null ? null : (getCaseRow(s.vault.db, caseId)?.number ?? null);
  if (caseId !== null) {
    addCaseEvent(s.vault.db, caseId, { at: now, actor: s.user.username, kind, details: { reportId, ...details } });
    touchCase(s.vault.db, caseId, now);
  }
  s.vault.audit({ actor: s.user.username, action: kind, target: number ?? reportId, details: { reportId, ...details } });
}

export function setVerdict(s: ActiveSession, reportId: string, verdict: Verdict, rationale: string): ReviewReport {
  giveVerdict(s, reportId, verdict, rationale);
  return reviewReport(s, reportId);
}

/** The same verdict and rationale for several reports judged together, all or none. */
export function setVerdicts(s: ActiveSession, reportIds: readonly string[], verdict: Verdict, rationale: string): ReviewCluster {
  const ids = [...new Set(reportIds)];
  s.vault.db.transaction(() => {
    for (const id of ids) giveVerdict(s, id, verdict, rationale, ids.length);
  }).immediate();
  return cluster(s, ids[0] as string);
}

function giveVerdict(s: ActiveSession, reportId: string, verdict: Verdict, rationale: string, together = 1): void {
  const db = s.vault.db;
  if (caseOfReport(db, reportId) === null) throw new BakenError('report-not-found');
  if (rationale.trim().length < 10) throw new BakenError('rationale-required');
  db.transaction(() => {
    const now = s.vault.now().toISOString();
    if (needsSecondReviewer(verdict)) {
      if (pendingVerdictId(db, reportId) !== null) throw new BakenError('verdict-pending');
      insertVerdict(db, { reportId, verdict, rationale: rationale.trim(), by: s.user.username, at: now, state: 'pending' });
      record(s, reportId, 'review.verdict-proposed', { verdict, ...(together > 1 ? { together } : {}) }, now);
      return;
    }
    const current = effectiveVerdictId(db, reportId);
    if (current !== null) setVerdictState(db, current, 'superseded', null, null);
    insertVerdict(db, { reportId, verdict, rationale: rationale.trim(), by: s.user.username, at: now, state: 'effective' });
    record(s, reportId, 'review.verdict', { verdict, ...(together > 1 ? { together } : {}) }, now);
  }).immediate();
}

/** The second pair of eyes: another reviewer confirms (it takes effect) or rejects it. */
export function decideVerdict(s: ActiveSession, verdictId: number, confirm: boolean): ReviewReport {
  const db = s.vault.db;
  const v = verdictById(db, verdictId);
  if (!v || v.state !== 'pending') throw new BakenError('verdict-not-pending');
  if (v.by_user === s.user.username) throw new BakenError('verdict-own');
  db.transaction(() => {
    const now = s.vault.now().toISOString();
    if (confirm) {
      const current = effectiveVerdictId(db, v.report_id);
      if (current !== null) setVerdictState(db, current, 'superseded', null, null);
    }
    setVerdictState(db, v.id, confirm ? 'effective' : 'rejected', s.user.username, now);
    record(s, v.report_id, confirm ? 'review.verdict-confirmed' : 'review.verdict-rejected', { verdict: v.verdict, proposedBy: v.by_user }, now);
  }).immediate();
  return reviewReport(s, v.report_id);
}
