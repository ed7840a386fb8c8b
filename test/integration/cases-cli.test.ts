// `baken cases list` and `baken reports show` on a real vault, through the real command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { baken } from '../support/cli';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';
import { ADMIN_PASS } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
let env: Record<string, string>;
let reportId = '';

beforeAll(async () => {
  tmp = tempDir();
  const v = await intakeVault(tmp.path);
  const r = reportObject();
  reportId = String(r.reportId);
  const b = await buildBundle({ reports: [jsonBytes(r), jsonBytes({ ...reportObject(), urgentSafetyRisk: true })], signer: v.intake, to: v.to });
  await v.importHere([v.put(b.bytes)]);
  v.t.dispatcher.sessions.lock('shutdown');
  env = { BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
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
