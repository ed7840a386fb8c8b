// `baken cases list` and `baken reports show` on a real vault, through the real command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { baken } from '../support/cli';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';
import { ADMIN_PASS } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
let env: Record<string, string>;
let reviewerEnv: Record<string, string>;
let reportId = '';
let otherId = '';
const RIK = 'reviewer passphrase one';

beforeAll(async () => {
  tmp = tempDir();
  const v = await intakeVault(tmp.path);
  const r = reportObject();
  reportId = String(r.reportId);
  const other: Record<string, unknown> = { ...reportObject(), urgentSafetyRisk: true };
  otherId = String(other.reportId);
  const b = await buildBundle({ reports: [jsonBytes(r), jsonBytes(other)], signer: v.intake, to: v.to });
  await v.importHere([v.put(b.bytes)]);
  // A reviewer, passphrase changed at first unlock as the app asks.
  const temp = `${RIK} (first)`;
  await v.t.ok('users.create', { username: 'rik', displayName: 'Rik', roles: ['reviewer'], passphrase: temp, passphraseRepeat: temp });
  await v.t.ok('session.lock', {});
  await v.t.ok('session.unlock', { username: 'rik', passphrase: temp });
  await v.t.ok('session.changePassphrase', { current: temp, next: RIK, nextRepeat: RIK });
  v.t.dispatcher.sessions.lock('shutdown');
  env = { BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
  reviewerEnv = { BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'rik', BAKEN_PASSPHRASE: RIK };
});
afterAll(() => tmp.cleanup());

describe('cases on the command line', () => {
  it('lists cases with status and assignee filters', () => {
    const all = baken(['--json', 'cases', 'list'], env);
    expect(all.status, all.stderr).toBe(0);
    const rows = JSON.parse(all.stdout) as { number: string; status: string; urgent: boolean; assignee: unknown }[];
    expect(rows).toHaveLength(2);
    expect(rows[0]?.urgent).toBe(true);
    expect(rows.every((r) => /^VL-\d{4}-\d{6}$/.test(r.number) && r.status === 'new' && r.assignee === null)).toBe(true);
    expect(JSON.parse(baken(['--json', 'cases', 'list', '--status', 'open,closed'], env).stdout)).toEqual([]);
    expect(JSON.parse(baken(['--json', 'cases', 'list', '--assignee', 'none'], env).stdout)).toHaveLength(2);
    expect(baken(['cases', 'list', '--status', 'bogus'], env).status).toBe(2);
    expect(baken(['cases', 'list', '--assignee', 'nobody'], env).status).toBe(2);
  });

  it('shows a report without the identity to someone it is not assigned to', () => {
    const r = baken(['--json', 'reports', 'show', reportId], env);
    expect(r.status, r.stderr).toBe(0);
    const shown = JSON.parse(r.stdout);
    expect(shown.caseNumber).toMatch(/^VL-/);
    expect(shown.report).toMatchObject({ reportId, narrative: expect.stringContaining('gözaltına') });
    expect(shown.report.reporter.identity).toBeNull();
    expect(r.stdout).not.toContain('Ayşe');
    expect(baken(['reports', 'show', '00000000-0000-4000-8000-000000000000'], env).status).toBe(1);
  });
});

describe('review on the command line', () => {
  it('lists the queue by score and shows a report with its signals, other reports by id', () => {
    const q = baken(['--json', 'review', 'queue'], reviewerEnv);
    expect(q.status, q.stderr).toBe(0);
    const queue = JSON.parse(q.stdout) as { rows: { reportId: string; score: number; signals: string[] }[]; total: number };
    expect(queue.total).toBe(2);
    expect(queue.rows.every((x) => x.score > 0 && x.signals.includes('near-duplicate'))).toBe(true);
    const shown = baken(['--json', 'reports', 'show', reportId], reviewerEnv);
    expect(shown.status, shown.stderr).toBe(0);
    const r = JSON.parse(shown.stdout) as { signals: { kind: string; related: string[] }[]; report: { verdicts: unknown[]; reporter: { identity: unknown } } };
    expect(r.signals.find((x) => x.kind === 'near-duplicate')?.related).toEqual([otherId]);
    expect(r.report.verdicts).toEqual([]);
    expect(r.report.reporter.identity).toBeNull();
    expect(shown.stdout).not.toMatch(/Ayşe|12345678/);
    // Not a reviewer: no queue, and the report without signals.
    expect(baken(['review', 'queue'], env).status).not.toBe(0);
    expect(JSON.parse(baken(['--json', 'reports', 'show', reportId], env).stdout).signals).toBeUndefined();
  });
});

describe('search on the command line', () => {
  it('finds a report by a word without its diacritics, with a highlighted snippet', () => {
    const r = baken(['--json', 'search', 'gozaltina'], env);
    expect(r.status, r.stderr).toBe(0);
    const hits = JSON.parse(r.stdout) as { caseNumber: string; reportId: string; field: string; snippet: string; snippetSegments: { text: string; hit: boolean }[] }[];
    const hit = hits.find((h) => h.reportId === reportId);
    expect(hit?.caseNumber).toMatch(/^VL-/);
    expect(hit?.field).toBe('narrative');
    expect(hit?.snippetSegments.some((s) => s.hit && s.text.toLowerCase() === 'gözaltına')).toBe(true);
    expect(JSON.parse(baken(['--json', 'search', 'nergensvoorkomendwoord'], env).stdout)).toEqual([]);
    const human = baken(['search', 'Konsolosluk'], env);
    expect(human.stdout).toContain('»Konsolosluk«');
  });
});
