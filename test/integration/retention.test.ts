// Retention on a real vault with real bundles: keep-forever defaults, purging a closed case with
// every row and its blob bytes (another case's blob in the same pack still reads back), legal
// hold, preview = purge, fabricated reports, quarantine, the audit chain, the purge at unlock,
// and the CLI.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { BlobStore } from '../../main/blobs/blob-store';
import { verifyAudit } from '../../main/audit/chain';
import { buildBundle, jsonBytes, reportObject, sha256 } from '../support/bundles';
import { baken } from '../support/cli';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';
import { addUser, signIn } from '../support/users';
import { ADMIN_PASS } from '../support/vault';

const DAY = 86_400_000;
const PASS = { sara: 'coordinator passphrase one', rik: 'reviewer passphrase one', ria: 'reviewer passphrase two' };
const ADMIN = { username: 'anna', passphrase: ADMIN_PASS };

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
let reportA = '';
let reportB = '';
const attA = Buffer.from('bijlage van melding A: foto van de brief');
const attB = Buffer.from('bijlage van melding B: schermafdruk van het bericht');

const db = (): Db => v.t.dispatcher.sessions.require().vault.db;
const as = (who: keyof typeof PASS) => signIn(v.t, who, PASS[who]);
const asAdmin = () => signIn(v.t, ADMIN.username, ADMIN.passphrase);
const caseIdOf = (reportId: string) => db().prepare('SELECT case_id FROM case_reports WHERE report_id = ?').pluck().get(reportId) as number | undefined;
const caseNumber = (id: number) => db().prepare('SELECT number FROM cases WHERE id = ?').pluck().get(id) as string | undefined;

async function closeCase(caseId: number): Promise<void> {
  for (const status of ['triage', 'open'] as const) await v.t.ok('cases.setStatus', { caseId, status, closingReason: null });
  await v.t.ok('cases.setStatus', { caseId, status: 'closed', closingReason: 'resolved' });
}

/** Every row of every ordinary table (audit log and FTS internals excepted) that mentions a report id, case number or case id. */
function mentions(reportId: string, caseId: number, number: string): string[] {
  const found: string[] = [];
  const tables = db().prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
  const caseColumns = new Set(['case_id', 'case_a', 'case_b', 'merged_into', 'origin_case_id']);
  for (const t of tables) {
    if (t === 'audit_log' || t.startsWith('search_trigram') || t.startsWith('search_short')) continue;
    const rows = db().prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[];
    for (const row of rows) {
      for (const [col, value] of Object.entries(row)) {
        const s = Buffer.isBuffer(value) ? value.toString('latin1') : String(value);
        if (s.includes(reportId) || s.includes(number)) found.push(`${t}.${col}`);
        if (value === caseId && (caseColumns.has(col) || (t === 'cases' && col === 'id'))) found.push(`${t}.${col}`);
      }
    }
  }
  return found;
}

function packRange(pack: string, offset: number, length: number): Buffer {
  const fd = openSync(join(v.t.vaultDir, 'blobs', 'packs', pack), 'r');
  try {
    const buf = Buffer.alloc(length);
    readSync(fd, buf, 0, length, offset);
    return buf;
  } finally {
    closeSync(fd);
  }
}

beforeEach(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  await addUser(v.t, { username: 'sara', roles: ['coordinator'], passphrase: PASS.sara }, ADMIN);
  await addUser(v.t, { username: 'rik', roles: ['reviewer'], passphrase: PASS.rik }, ADMIN);
  await addUser(v.t, { username: 'ria', roles: ['reviewer'], passphrase: PASS.ria }, ADMIN);
  const a = reportObject({ attachments: [attA] });
  const b: Record<string, unknown> = { ...reportObject({ attachments: [attB] }), incident: { summary: 'Gevolgd', narrative: 'Een auto stond elke dag voor mijn huis bij het consulaat.', categories: ['surveillance'], countryOfConcern: 'IR' } };
  reportA = String(a.reportId);
  reportB = String(b.reportId);
  const bundle = await buildBundle({ reports: [a, b].map(jsonBytes), attachments: [attA, attB], signer: v.intake, to: v.to });
  const results = await v.importHere([v.put(bundle.bytes)]);
  expect(results[0]?.status).toBe('imported');
});
afterEach(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

describe('retention', () => {
  it('keeps everything by default, and purges a closed case past its period with every row and its blob bytes', async () => {
    expect(await v.t.ok('retention.get', {})).toEqual({ periods: { closedCases: null, fabricatedReports: null, quarantine: null, auditEntries: null }, lastPurge: null, heldCases: 0, pausedByClock: null });
    const caseA = caseIdOf(reportA) ?? 0;
    const numberA = caseNumber(caseA) ?? '';
    const caseB = caseIdOf(reportB) ?? 0;
    await as('sara');
    await v.t.ok('cases.addNote', { caseId: caseA, body: 'Gesprek gevoerd, zaak afgerond.' });
    await v.t.ok('cases.addTask', { caseId: caseA, title: 'Nabellen', dueOn: null, assigneeId: null });
    await v.t.ok('cases.link', { caseId: caseB, otherNumber: numberA, linked: true });
    await closeCase(caseA);
    v.t.clock.advance(400 * DAY);
    await asAdmin();
    // Keep forever: nothing due however old.
    expect(await v.t.ok('retention.preview', {})).toEqual({ cases: 0, reports: 0, attachments: 0, quarantine: 0, auditEntries: 0 });

    const rowA = db().prepare('SELECT pack, pack_offset, pack_length FROM attachments WHERE sha256 = ?').get(sha256(attA)) as { pack: string; pack_offset: number; pack_length: number };
    const rowB = db().prepare('SELECT pack FROM attachments WHERE sha256 = ?').get(sha256(attB)) as { pack: string };
    expect(rowA.pack).toBe(rowB.pack);
    const sealedA = packRange(rowA.pack, rowA.pack_offset, rowA.pack_length);

    await v.t.ok('retention.set', { periods: { closedCases: 365, fabricatedReports: 0, quarantine: null, auditEntries: null } });
    expect((await v.t.ok('retention.get', {})).periods).toEqual({ closedCases: 365, fabricatedReports: null, quarantine: null, auditEntries: null });
    const preview = await v.t.ok('retention.preview', {});
    expect(preview).toEqual({ cases: 1, reports: 1, attachments: 1, quarantine: 0, auditEntries: 0 });
    expect(mentions(reportA, caseA, numberA).length).toBeGreaterThan(0);
    // The search index's own list of terms (after a purge the segments are also merged).
    db().exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.trigram_terms USING fts5vocab(main, search_trigram, row)');
    const inSearchIndex = (term: string) => db().prepare('SELECT count(*) FROM temp.trigram_terms WHERE term = ?').pluck().get(term) !== 0;
    expect(inSearchIndex('goz')).toBe(true);
    const purged = await v.t.ok('retention.purge', {});
    expect(purged).toEqual(preview);
    // No trigram only the purged narrative had is left in the search index.
    expect(inSearchIndex('goz')).toBe(false);
    expect(inSearchIndex('zal')).toBe(false);

    // Only the signed manifest of the bundle, kept for report B that came in it, still names A.
    expect(mentions(reportA, caseA, numberA)).toEqual(['bundles.manifest']);
    expect(db().prepare('SELECT count(*) FROM reports WHERE bundle_id = (SELECT bundle_id FROM bundles)').pluck().get()).toBe(1);
    expect(packRange(rowA.pack, rowA.pack_offset, rowA.pack_length).equals(sealedA)).toBe(false);
    const { vault } = v.t.dispatcher.sessions.require();
    const store = new BlobStore(vault.paths.blobs, vault.blobKey());
    const refsB = db().prepare('SELECT sha256, pack, pack_offset, pack_length FROM attachments').all() as { sha256: string; pack: string; pack_offset: number; pack_length: number }[];
    expect(refsB.map((r) => r.sha256)).toEqual([sha256(attB)]);
    const b = refsB[0];
    if (!b) throw new Error('no attachment');
    expect(await store.readAll({ sha256: b.sha256, location: { kind: 'pack', pack: b.pack, offset: b.pack_offset, length: b.pack_length } })).toEqual(attB);
    expect(db().prepare('SELECT count(*) FROM retention_shred').pluck().get()).toBe(0);
    // Case B and its report are untouched; the purge is audited with counts only; the chain holds.
    expect((await v.t.ok('retention.get', {})).lastPurge?.counts).toEqual(purged);
    expect(caseIdOf(reportB)).toBe(caseB);
    const entry = db().prepare(`SELECT actor, target, details FROM audit_log WHERE action = 'retention.purge'`).get() as { actor: string; target: string | null; details: string };
    expect(entry).toEqual({ actor: 'anna', target: null, details: JSON.stringify(purged) });
    expect(verifyAudit(db(), vault.auditMacKey()).ok).toBe(true);
    expect((await v.t.ok('audit.verify', {})).ok).toBe(true);
    // Idempotent: nothing more to do.
    expect(await v.t.ok('retention.purge', {})).toEqual({ cases: 0, reports: 0, attachments: 0, quarantine: 0, auditEntries: 0 });
  });

  it('removes a pack whose blobs are all purged, and a blob file of its own', async () => {
    const big = Buffer.alloc(1024 * 1024 + 10, 7);
    const c = reportObject({ attachments: [big] });
    const bundle = await buildBundle({ reports: [jsonBytes(c)], attachments: [big], signer: v.intake, to: v.to });
    await v.importHere([v.put(bundle.bytes)]);
    const { vault } = v.t.dispatcher.sessions.require();
    const file = join(vault.paths.blobs, 'data', new BlobStore(vault.paths.blobs, vault.blobKey()).nameFor(sha256(big)));
    expect(existsSync(file)).toBe(true);
    const pack = db().prepare('SELECT pack FROM attachments WHERE sha256 = ?').pluck().get(sha256(attA)) as string;
    await as('sara');
    for (const r of [reportA, reportB, String(c.reportId)]) await closeCase(caseIdOf(r) ?? 0);
    v.t.clock.advance(31 * DAY);
    await asAdmin();
    await v.t.ok('retention.set', { periods: { closedCases: 30, fabricatedReports: null, quarantine: null, auditEntries: null } });
    expect(await v.t.ok('retention.purge', {})).toEqual({ cases: 3, reports: 3, attachments: 3, quarantine: 0, auditEntries: 0 });
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(vault.paths.blobs, 'packs', pack))).toBe(false);
    expect(db().prepare('SELECT count(*) FROM reports').pluck().get()).toBe(0);
  });

  it('keeps a case on legal hold (and what is merged into it) until the hold is cleared', async () => {
    const caseA = caseIdOf(reportA) ?? 0;
    const caseB = caseIdOf(reportB) ?? 0;
    await as('sara');
    await v.t.ok('cases.merge', { intoId: caseA, fromNumber: caseNumber(caseB) ?? '' });
    await closeCase(caseA);
    expect(await v.t.fail('retention.setHold', { caseId: caseA, hold: true, reason: 'kort' })).toBe('reason-required');
    await v.t.ok('retention.setHold', { caseId: caseB, hold: true, reason: 'Lopend strafrechtelijk onderzoek, verzoek OM.' });
    // The case page tells whether a hold is set, by whom and why.
    expect((await v.t.ok('cases.get', { caseId: caseB })).legalHold).toMatchObject({ reason: 'Lopend strafrechtelijk onderzoek, verzoek OM.', by: 'sara' });
    expect((await v.t.ok('cases.get', { caseId: caseA })).legalHold).toBeNull();
    v.t.clock.advance(40 * DAY);
    await asAdmin();
    expect((await v.t.ok('retention.get', {})).heldCases).toBe(1);
    await v.t.ok('retention.set', { periods: { closedCases: 30, fabricatedReports: null, quarantine: null, auditEntries: null } });
    expect(await v.t.ok('retention.preview', {})).toEqual({ cases: 0, reports: 0, attachments: 0, quarantine: 0, auditEntries: 0 });
    expect(await v.t.ok('retention.purge', {})).toEqual({ cases: 0, reports: 0, attachments: 0, quarantine: 0, auditEntries: 0 });
    expect(caseIdOf(reportA)).toBe(caseA);
    // Admin may clear it; a counsellor-less reviewer may not.
    await as('rik');
    expect(await v.t.fail('retention.setHold', { caseId: caseB, hold: false, reason: 'Onderzoek afgerond.' })).toBe('forbidden');
    await asAdmin();
    await v.t.ok('retention.setHold', { caseId: caseB, hold: false, reason: 'Onderzoek afgerond, hold vervalt.' });
    // The merged case goes with the case it was merged into.
    const preview = await v.t.ok('retention.preview', {});
    expect(preview).toEqual({ cases: 2, reports: 2, attachments: 2, quarantine: 0, auditEntries: 0 });
    expect(await v.t.ok('retention.purge', {})).toEqual(preview);
    expect(db().prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    expect(db().prepare(`SELECT count(*) FROM audit_log WHERE action IN ('case.hold-set', 'case.hold-cleared')`).pluck().get()).toBe(2);
  });

  it('purges a report judged fabricated past its period, with its emptied case; and old quarantine records', async () => {
    await as('rik');
    const proposed = await v.t.ok('review.setVerdict', { reportId: reportB, verdict: 'fabricated', rationale: 'Tekst is overgenomen van een andere melding.' });
    const verdictId = proposed.verdicts[0]?.id ?? 0;
    await as('ria');
    await v.t.ok('review.decide', { verdictId, confirm: true });
    await asAdmin();
    const rejected = await v.importHere([v.put(Buffer.from('dit is geen bundel'))]);
    expect(rejected[0]?.status).toBe('rejected');
    const caseB = caseIdOf(reportB) ?? 0;
    const numberB = caseNumber(caseB) ?? '';
    v.t.clock.advance(10 * DAY);
    await asAdmin();
    await v.t.ok('retention.set', { periods: { closedCases: null, fabricatedReports: 30, quarantine: 7, auditEntries: null } });
    expect(await v.t.ok('retention.preview', {})).toEqual({ cases: 0, reports: 0, attachments: 0, quarantine: 1, auditEntries: 0 });
    expect(await v.t.ok('retention.purge', {})).toEqual({ cases: 0, reports: 0, attachments: 0, quarantine: 1, auditEntries: 0 });
    v.t.clock.advance(21 * DAY);
    const preview = await v.t.ok('retention.preview', {});
    expect(preview).toEqual({ cases: 1, reports: 1, attachments: 1, quarantine: 0, auditEntries: 0 });
    expect(await v.t.ok('retention.purge', {})).toEqual(preview);
    expect(mentions(reportB, caseB, numberB)).toEqual(['bundles.manifest']);
    expect(caseIdOf(reportA)).toBeDefined();
    const { vault } = v.t.dispatcher.sessions.require();
    expect(verifyAudit(db(), vault.auditMacKey()).ok).toBe(true);
  });

  it('runs at unlock as the system, and through the CLI', async () => {
    const caseA = caseIdOf(reportA) ?? 0;
    await as('sara');
    await closeCase(caseA);
    await asAdmin();
    await v.t.ok('retention.set', { periods: { closedCases: 30, fabricatedReports: null, quarantine: null, auditEntries: null } });
    v.t.clock.advance(31 * DAY);
    await asAdmin();
    expect(caseIdOf(reportA)).toBeUndefined();
    const entry = db().prepare(`SELECT actor, details FROM audit_log WHERE action = 'retention.purge'`).get() as { actor: string | null; details: string };
    expect(entry).toEqual({ actor: null, details: JSON.stringify({ cases: 1, reports: 1, attachments: 1, quarantine: 0, auditEntries: 0 }) });

    // An old quarantine record under a period. The CLI runs on the real clock, 31 days behind this
    // vault's entries: its unlock records the jump and its automatic purge waits, so the preview
    // shows the record and the purge by hand takes it (and ends the pause).
    await v.t.ok('retention.set', { periods: { closedCases: 30, fabricatedReports: null, quarantine: 7, auditEntries: null } });
    db().prepare(`INSERT INTO quarantine (file_name, file_size, file_sha256, medium, at, by_user, code, detail) VALUES ('x.baken', 1, ?, NULL, '2000-01-01T00:00:00.000Z', 'anna', 'not-age', '')`).run('0'.repeat(64));
    v.t.dispatcher.sessions.lock('manual');
    const env = { BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
    const preview = baken(['--json', 'retention', 'preview'], env);
    expect(preview.status).toBe(0);
    expect(JSON.parse(preview.stdout)).toEqual({ cases: 0, reports: 0, attachments: 0, quarantine: 1, auditEntries: 0 });
    const purge = baken(['retention', 'purge'], env);
    expect(purge.status).toBe(0);
    expect(purge.stdout).toContain('quarantine\t1');
    expect(baken(['audit', 'verify'], env).status).toBe(0);
    // Periods from the command line: only the ones given change; bad values are usage errors.
    expect(baken(['retention', 'set'], env).status).toBe(2);
    expect(baken(['retention', 'set', '--quarantine', 'soon'], env).status).toBe(2);
    expect(baken(['retention', 'set', '--audit-entries', '30'], env).stderr).toContain('retention-audit-too-short');
    const set = baken(['--json', 'retention', 'set', '--quarantine', 'forever', '--audit-entries', '730'], env);
    expect(set.status, set.stderr).toBe(0);
    expect((JSON.parse(set.stdout) as { periods: unknown }).periods).toEqual({ closedCases: 30, fabricatedReports: null, quarantine: null, auditEntries: 730 });
    const shown = baken(['retention', 'show'], env);
    expect(shown.stdout).toContain('closed-cases\t30 days');
    expect(shown.stdout).toContain('quarantine\tforever');
    await v.t.ok('session.unlock', ADMIN);
    expect(db().prepare('SELECT count(*) FROM quarantine').pluck().get()).toBe(0);
    const actors = db().prepare(`SELECT actor, details FROM audit_log WHERE action = 'retention.purge' ORDER BY seq`).all() as { actor: string | null; details: string }[];
    expect(actors.map((a) => a.actor)).toEqual([null, 'anna']);
    expect(JSON.parse(actors[1]?.details ?? '{}')).toEqual({ cases: 0, reports: 0, attachments: 0, quarantine: 1, auditEntries: 0 });
    // Admins only.
    await as('sara');
    expect(await v.t.fail('retention.preview', {})).toBe('forbidden');
  });
});
