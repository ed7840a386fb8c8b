// Anonymised briefs as use cases (coordinators): make one for a period and filter (the counted
// reports and suppressed tables are frozen then), redact chosen narratives with consistent
// placeholders, edit redactions and the introduction, have a second coordinator approve the exact
// content, check for leaks, and export it to removable media, age-encrypted to the configured
// recipients or, when chosen explicitly, as a PDF to print. Everything is audited.
import { createHash } from 'node:crypto';
import {
  BRIEF_STATUSES,
  type BriefCandidate,
  type BriefExport,
  type BriefFilter,
  type BriefLeak,
  type BriefStatus,
  type BriefSummary,
  type BriefView,
  type BriefVignette,
  DEFAULT_K,
  MAX_VIGNETTES,
  briefReference,
} from '../../core/briefs/briefs';
import type { BriefAggregates } from '../../core/briefs/aggregate-types';
import { IDENTIFIER_KINDS, type IdentifierKind, type LeakIdentifier, type Span } from '../../core/briefs/redaction-types';
import { BakenError } from '../../core/errors';
import {
  type BriefRowDb,
  approveBrief,
  briefById,
  briefCandidateRows,
  briefReportIds,
  briefVignetteRows,
  insertBrief,
  insertBriefReports,
  isBriefReport,
  listBriefRows,
  deleteVignette,
  markBriefExported,
  putVignette,
  setBriefIntroduction,
  touchBrief,
} from '../../db/queries/briefs';
import { checkAgeRecipients } from '../bundle/age-recipient';
import { collect, encryptAge } from '../bundle/age-stream';
import { writeTar } from '../bundle/tar';
import { buildAggregates } from '../briefs/aggregate';
import { briefBlocks, briefJson, briefTexts } from '../briefs/brief-document';
import { includedReports, reportIdentifiers } from '../briefs/included';
import { Redactor, detectIdentifiers, findLeaks } from '../briefs/redaction';
import { loadReport } from '../cases/case-view';
import { renderPdf } from '../documents/pdf-text';
import { writeVerified } from '../fs/write-verified';
import type { ServiceContext } from './context';
import { type RecipientSetting, readRecipients, storeRecipients } from './recipient-settings';
import type { ActiveSession } from './session';

const RECIPIENTS: RecipientSetting = { key: 'brief.recipients', auditAction: 'brief.recipients' };

function requireCoordinator(s: ActiveSession): void {
  if (!s.user.roles.includes('coordinator')) throw new BakenError('forbidden');
}

function requireBrief(s: ActiveSession, id: number): BriefRowDb {
  const b = briefById(s.vault.db, id);
  if (!b) throw new BakenError('brief-not-found');
  return b;
}

function status(b: BriefRowDb): BriefStatus {
  return (BRIEF_STATUSES as readonly string[]).includes(b.status) ? (b.status as BriefStatus) : 'draft';
}

function toSummary(b: BriefRowDb): BriefSummary {
  const aggregates = JSON.parse(b.aggregates) as BriefAggregates;
  return {
    id: b.id,
    reference: briefReference(b.id, b.created_at),
    from: b.period_from,
    to: b.period_to,
    k: b.k,
    status: status(b),
    reports: aggregates.reports,
    createdBy: b.created_by,
    createdAt: b.created_at,
    updatedBy: b.updated_by,
    updatedAt: b.updated_at,
    approvedBy: b.approved_by,
    approvedAt: b.approved_at,
    exportedAt: b.exported_at,
  };
}

function isKind(k: string): k is IdentifierKind {
  return (IDENTIFIER_KINDS as readonly string[]).includes(k);
}

/** The narrative and the names the report itself holds (its reporter's name and pseudonym). */
function vignetteSource(s: ActiveSession, reportId: string): { text: string; language: string; names: string[] } {
  const loaded = loadReport(s.vault.db, reportId);
  if (!loaded) throw new BakenError('report-not-found');
  const { reporter, incident, language } = loaded.report;
  return { text: incident.narrative, language, names: [reporter.pseudonym, ...(reporter.name ? [reporter.name] : [])] };
}

type Built = { view: BriefView; seen: LeakIdentifier[] };

/**
 * Names of people found in a vignette, passed on as known names to the detection of the others:
 * "Mehmet Demir" in one vignette makes a lone "Demir" in the next one a name too.
 */
function personNames(spans: readonly Span[]): string[] {
  return spans.filter((x) => x.kind === 'person' && /\s/.test(x.text.trim())).map((x) => x.text);
}

/** Reads a brief and redacts its vignettes in order with one Redactor, so placeholders agree. */
function build(s: ActiveSession, b: BriefRowDb): Built {
  const rows = briefVignetteRows(s.vault.db, b.id);
  const sources = rows.map((r) => ({ row: r, ...vignetteSource(s, r.report_id) }));
  const redactor = new Redactor({ names: sources.flatMap((x) => x.names) });
  const vignettes: BriefVignette[] = sources.map(({ row, text, language }) => {
    const spans = JSON.parse(row.spans) as Span[];
    const { text: redacted, replacements } = redactor.redact(text, spans);
    return { position: row.position, reportId: row.report_id, caseNumber: row.case_number, language, original: text, spans, redacted, replacements };
  });
  const summary = toSummary(b);
  const filter = JSON.parse(b.filter) as BriefFilter;
  const aggregates = JSON.parse(b.aggregates) as BriefAggregates;
  const hash = createHash('sha256')
    .update(JSON.stringify({ from: b.period_from, to: b.period_to, filter, k: b.k, introduction: b.introduction, aggregates, vignettes: vignettes.map((v) => [v.reportId, v.redacted]) }))
    .digest('hex');
  const mayApprove = s.user.roles.includes('coordinator') && s.user.username !== b.updated_by;
  return {
    view: { ...summary, filter, introduction: b.introduction, aggregates, vignettes, contentHash: hash, mayApprove },
    seen: redactor.seen(),
  };
}

export function get(s: ActiveSession, id: number): BriefView {
  requireCoordinator(s);
  return build(s, requireBrief(s, id)).view;
}

export function list(s: ActiveSession, limit: number): BriefSummary[] {
  requireCoordinator(s);
  return listBriefRows(s.vault.db, limit).map(toSummary);
}

export type CreateInput = { from: string; to: string; k?: number | undefined; filter: BriefFilter; vignettes: string[] };

export function create(s: ActiveSession, input: CreateInput): BriefView {
  requireCoordinator(s);
  if (input.from > input.to) throw new BakenError('brief-period-invalid');
  const k = input.k ?? DEFAULT_K;
  const { db } = s.vault;
  const included = includedReports(db, input.from, input.to, input.filter);
  const chosen = [...new Set(input.vignettes)];
  if (chosen.length > MAX_VIGNETTES) throw new BakenError('brief-too-many-vignettes');
  const counted = new Set(included.reportIds);
  if (chosen.some((id) => !counted.has(id))) throw new BakenError('brief-vignette-not-included');
  const aggregates = buildAggregates(included.rows, k);
  const id = db
    .transaction(() => {
      const at = s.vault.now().toISOString();
      const briefId = insertBrief(db, { from: input.from, to: input.to, filter: JSON.stringify(input.filter), k, aggregates: JSON.stringify(aggregates), by: s.user.username, at });
      insertBriefReports(db, briefId, included.reportIds);
      const names = chosen.flatMap((reportId) => vignetteSource(s, reportId).names);
      const found: string[] = [];
      chosen.forEach((reportId, position) => {
        const spans = detectIdentifiers(vignetteSource(s, reportId).text, { names: [...names, ...found] });
        found.push(...personNames(spans));
        putVignette(db, briefId, position, reportId, JSON.stringify(spans));
      });
      s.vault.audit({
        actor: s.user.username,
        action: 'brief.create',
        target: briefReference(briefId, at),
        details: { from: input.from, to: input.to, k, reports: aggregates.reports, vignettes: chosen.length },
      });
      return briefId;
    })
    .immediate();
  return get(s, id);
}

/** One transaction: the change, the brief back to draft (approval gone), the audit entry. */
function change(s: ActiveSession, b: BriefRowDb, action: string, details: Record<string, unknown>, apply: () => void): BriefView {
  s.vault.db
    .transaction(() => {
      const at = s.vault.now().toISOString();
      apply();
      touchBrief(s.vault.db, b.id, s.user.username, at);
      s.vault.audit({ actor: s.user.username, action, target: briefReference(b.id, b.created_at), details: { ...details, approvalCleared: b.approved_hash !== null } });
    })
    .immediate();
  return get(s, b.id);
}

export function setIntroduction(s: ActiveSession, id: number, text: string): BriefView {
  requireCoordinator(s);
  const b = requireBrief(s, id);
  return change(s, b, 'brief.introduction', { length: text.length }, () => setBriefIntroduction(s.vault.db, b.id, text));
}

/** Adds a counted report's narrative as the last vignette, with the detectors' redactions. */
export function addVignette(s: ActiveSession, id: number, reportId: string): BriefView {
  requireCoordinator(s);
  const b = requireBrief(s, id);
  if (!isBriefReport(s.vault.db, b.id, reportId)) throw new BakenError('brief-vignette-not-included');
  const rows = briefVignetteRows(s.vault.db, b.id);
  if (rows.some((r) => r.report_id === reportId)) return get(s, id);
  if (rows.length >= MAX_VIGNETTES) throw new BakenError('brief-too-many-vignettes');
  const position = Math.max(-1, ...rows.map((r) => r.position)) + 1;
  const names = [...rows.map((r) => r.report_id), reportId].flatMap((id) => vignetteSource(s, id).names);
  const earlier = rows.flatMap((r) => personNames(JSON.parse(r.spans) as Span[]));
  const spans = detectIdentifiers(vignetteSource(s, reportId).text, { names: [...names, ...earlier] });
  return change(s, b, 'brief.vignette-add', { vignette: rows.length + 1 }, () => putVignette(s.vault.db, b.id, position, reportId, JSON.stringify(spans)));
}

export function removeVignette(s: ActiveSession, id: number, position: number): BriefView {
  requireCoordinator(s);
  const b = requireBrief(s, id);
  if (!briefVignetteRows(s.vault.db, b.id).some((r) => r.position === position)) throw new BakenError('brief-vignette-not-found');
  return change(s, b, 'brief.vignette-remove', {}, () => deleteVignette(s.vault.db, b.id, position));
}

/** Counted reports a coordinator may pick as vignettes: by summary or case number, newest first. */
export function candidates(s: ActiveSession, id: number, query: string, limit: number): BriefCandidate[] {
  requireCoordinator(s);
  requireBrief(s, id);
  return briefCandidateRows(s.vault.db, id, query.trim(), limit).map((r) => ({ reportId: r.report_id, caseNumber: r.case_number, summary: r.summary, receivedAt: r.received_at, language: r.language }));
}

/** Replaces one vignette's redactions (spans the coordinator kept, removed or added). */
export function setRedactions(s: ActiveSession, id: number, position: number, spans: { start: number; end: number; kind: string }[]): BriefView {
  requireCoordinator(s);
  const b = requireBrief(s, id);
  const row = briefVignetteRows(s.vault.db, b.id).find((r) => r.position === position);
  if (!row) throw new BakenError('brief-vignette-not-found');
  const { text } = vignetteSource(s, row.report_id);
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let end = 0;
  const clean: Span[] = [];
  for (const sp of sorted) {
    if (!isKind(sp.kind) || sp.start < end || sp.end <= sp.start || sp.end > text.length) throw new BakenError('brief-redaction-invalid');
    clean.push({ start: sp.start, end: sp.end, kind: sp.kind, text: text.slice(sp.start, sp.end) });
    end = sp.end;
  }
  const before = (JSON.parse(row.spans) as Span[]).length;
  return change(s, b, 'brief.redactions', { vignette: position + 1, before, after: clean.length }, () => putVignette(s.vault.db, b.id, position, row.report_id, JSON.stringify(clean)));
}

/**
 * Identifiers that must not occur in the output: every one the counted reports hold, every value
 * the detectors find in the vignettes' originals (so undoing a detector's redaction cannot pass the
 * check: over-redaction is the safe failure), and every value redacted now.
 */
function leakIdentifiers(s: ActiveSession, b: BriefRowDb, built: Built): LeakIdentifier[] {
  const out: LeakIdentifier[] = [...built.seen];
  for (const v of built.view.vignettes) {
    const names = vignetteSource(s, v.reportId).names;
    for (const span of detectIdentifiers(v.original, { names })) out.push({ kind: span.kind, value: span.text });
  }
  for (const reportId of briefReportIds(s.vault.db, b.id)) {
    const loaded = loadReport(s.vault.db, reportId);
    if (loaded) out.push(...reportIdentifiers(loaded.report));
  }
  return out;
}

function leaksOf(s: ActiveSession, b: BriefRowDb, built: Built): BriefLeak[] {
  const texts = briefTexts(briefBlocks(built.view), built.view.reference);
  return findLeaks(texts, leakIdentifiers(s, b, built)).map((h) => ({ kind: h.kind, where: h.where, excerpt: h.excerpt }));
}

/** The leak check, for the coordinator to see before approving or exporting: where, never what. */
export function check(s: ActiveSession, id: number): BriefLeak[] {
  requireCoordinator(s);
  const b = requireBrief(s, id);
  return leaksOf(s, b, build(s, b));
}

/** Four eyes: a coordinator other than who made the content as it is (its last editor) approves exactly this content. */
export function approve(s: ActiveSession, id: number): BriefView {
  requireCoordinator(s);
  const b = requireBrief(s, id);
  if (b.updated_by === s.user.username) throw new BakenError('brief-own-approval');
  if (status(b) !== 'draft') throw new BakenError('brief-not-draft');
  const built = build(s, b);
  if (leaksOf(s, b, built).length > 0) throw new BakenError('brief-leak');
  s.vault.db
    .transaction(() => {
      approveBrief(s.vault.db, b.id, s.user.username, s.vault.now().toISOString(), built.view.contentHash);
      s.vault.audit({ actor: s.user.username, action: 'brief.approve', target: built.view.reference, details: { contentHash: built.view.contentHash } });
    })
    .immediate();
  return get(s, id);
}

export function recipients(s: ActiveSession): string[] {
  return readRecipients(s, RECIPIENTS);
}

export function setRecipients(s: ActiveSession, list: string[]): string[] {
  return storeRecipients(s, RECIPIENTS, list);
}

export type ExportInput = { id: number; print: boolean; recipients?: string[] | undefined; directory?: string | undefined };

/**
 * Exports an approved brief whose content still has the approved hash and passes the leak check:
 * a tar of brief.pdf and brief.json age-encrypted to the recipients (given, or configured), or the
 * PDF alone when the coordinator chose print. Written with write-verify; audited either way.
 */
export async function exportBrief(ctx: ServiceContext, s: ActiveSession, input: ExportInput): Promise<BriefExport> {
  requireCoordinator(s);
  const b = requireBrief(s, input.id);
  const built = build(s, b);
  if (status(b) === 'draft' || b.approved_hash !== built.view.contentHash) throw new BakenError('brief-not-approved');
  if (leaksOf(s, b, built).length > 0) throw new BakenError('brief-leak');
  const to = input.recipients && input.recipients.length > 0 ? input.recipients : recipients(s);
  if (!input.print && to.length === 0) throw new BakenError('brief-no-recipients');
  checkAgeRecipients(to);
  const now = s.vault.now();
  const blocks = briefBlocks(built.view);
  const pdf = await renderPdf(blocks, { title: built.view.reference, language: 'nl-NL', createdAt: now, footer: `Vertrouwelijk — ${built.view.reference}` });
  let fileName: string;
  let bytes: Uint8Array;
  if (input.print) {
    fileName = `brief-${built.view.reference}.pdf`;
    bytes = pdf;
  } else {
    const json = briefJson(built.view, now);
    const tar = writeTar([
      { path: 'brief.pdf', size: pdf.length, data: pdf, mtime: now },
      { path: 'brief.json', size: json.length, data: json, mtime: now },
    ]);
    try {
      bytes = await collect(encryptAge(tar, { recipients: to }));
    } catch {
      throw new BakenError('recipient-invalid');
    }
    fileName = `brief-${built.view.reference}.tar.age`;
  }
  const directory = input.directory ?? (await ctx.platform.chooseExportDirectory());
  if (!directory) throw new BakenError('medium-unavailable');
  let file: Awaited<ReturnType<typeof writeVerified>>;
  try {
    file = await writeVerified(directory, fileName, bytes);
  } catch (error) {
    const code = error instanceof BakenError ? error.code : 'write-failed';
    if (s.vault.db.open) s.vault.audit({ actor: s.user.username, action: 'brief.export-failed', target: built.view.reference, details: { code } });
    throw error instanceof BakenError ? error : new BakenError('write-failed');
  }
  if (!s.vault.db.open) throw new BakenError('not-authenticated');
  const encrypted = !input.print;
  s.vault.db
    .transaction(() => {
      markBriefExported(s.vault.db, b.id, { by: s.user.username, at: now.toISOString(), file: file.fileName, sha256: file.sha256, encrypted });
      s.vault.audit({
        actor: s.user.username,
        action: 'brief.export',
        target: built.view.reference,
        details: { fileName: file.fileName, size: file.size, sha256: file.sha256, encrypted, recipients: encrypted ? to.length : 0, contentHash: built.view.contentHash },
      });
    })
    .immediate();
  return { fileName: file.fileName, directory, size: file.size, sha256: file.sha256, encrypted };
}
