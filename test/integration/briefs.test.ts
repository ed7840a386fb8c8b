// Anonymised briefs on a real vault through the dispatcher: only consenting reports in the period
// count; tables never show 1..k−1; vignettes redacted with placeholders consistent across the brief;
// the leak check finds an undone redaction and a name in the introduction and blocks approval and
// export; four eyes bound to the content; the export opened with `age -d`, GNU tar and pdftotext;
// the CLI's create → approve → export.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefView } from '../../core/briefs/briefs';
import { type AgeKeyPair, ageDecryptOk, ageKeygen } from '../support/age-cli';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { baken } from '../support/cli';
import { intakeVault } from '../support/intake';
import { pdfText, tarEntry, tarNames } from '../support/package-tools';
import { tempDir } from '../support/temp';
import { addUser, signIn } from '../support/users';
import { ADMIN_PASS } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
let analyst: AgeKeyPair;
const PASS = { sara: 'coordinator passphrase one', tom: 'coordinator passphrase two' };
const as = (username: keyof typeof PASS) => signIn(v.t, username, PASS[username]);

const NARRATIVE_NL =
  'Op 12 maart 2026 belde Mehmet Demir mij vanaf +31 6 87654321. Hij wist dat ik op de Kalverstraat 12 in 1012 AB Amsterdam woon. ' +
  'Hij vroeg mijn BSN 111222333 en wilde geld op NL91ABNA0417164300. Mail hem op mehmet.demir@example.com.';
const NARRATIVE_NL_2 = 'Mehmet Demir stond later ook voor de moskee. Zijn auto had kenteken 12-ABC-3.';
const NARRATIVE_AR = 'اتصل بي السيد أحمد من القنصلية على الرقم +31 6 11223344 وقال إن عائلتي في خطر.';
const reports: { reportId: string; narrative: string }[] = [];

function report(i: number, o: { narrative?: string; consent?: boolean; category?: string; country?: string; received?: string; language?: string }) {
  const base = reportObject() as Record<string, unknown> & { incident: Record<string, unknown> };
  const reportId = randomUUID();
  const narrative = o.narrative ?? `Ik werd gevolgd na de demonstratie, melding ${i}.`;
  reports.push({ reportId, narrative });
  return {
    ...base,
    reportId,
    receivedAt: o.received ?? `2026-10-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
    language: o.language ?? 'nl',
    reporter: { pseudonym: `Vogel-${i}`, name: i === 0 ? 'Ayşe Yılmaz' : `Melder Nummer${i}`, phone: `+31 6 1000${String(i).padStart(4, '0')}`, consent: { contact: true, referral: false, anonymisedAnalysis: o.consent ?? true } },
    incident: { ...base.incident, summary: `Melding ${i}`, narrative, categories: [o.category ?? 'intimidation'], countryOfConcern: o.country ?? 'TR', municipality: 'Amsterdam' },
  };
}

beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  analyst = ageKeygen(tmp.path, 'analyst');
  for (const [u, roles] of [['sara', ['coordinator']], ['tom', ['coordinator']]] as const) {
    await addUser(v.t, { username: u, roles: [...roles], passphrase: PASS[u] }, { username: 'anna', passphrase: ADMIN_PASS });
  }
  const all = [
    report(0, { narrative: NARRATIVE_NL }),
    report(1, { narrative: NARRATIVE_NL_2 }),
    report(2, { narrative: NARRATIVE_AR, language: 'ar', country: 'EG' }),
    ...Array.from({ length: 9 }, (_, i) => report(i + 3, { category: i < 7 ? 'intimidation' : 'digital' })),
    report(12, { consent: false }),
    report(13, { received: '2026-08-01T10:00:00Z' }),
  ];
  await v.importHere([v.put((await buildBundle({ reports: all.map(jsonBytes), signer: v.intake, to: v.to })).bytes)]);
}, 120_000);
afterAll(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

const ids = () => reports.map((r) => r.reportId);
let brief: BriefView;

describe('briefs', () => {
  it('counts only consenting reports in the period, and never shows a count of 1 to k−1', async () => {
    await as('sara');
    expect(await v.t.fail('briefs.create', { from: '2026-10-01', to: '2026-10-31', vignettes: [ids()[12] ?? ''] })).toBe('brief-vignette-not-included');
    brief = await v.t.ok('briefs.create', { from: '2026-10-01', to: '2026-10-31', vignettes: [ids()[0] ?? '', ids()[1] ?? '', ids()[2] ?? ''] });
    expect(brief).toMatchObject({ status: 'draft', reports: 12, k: 5, createdBy: 'sara' });
    for (const table of brief.aggregates.tables) {
      for (const cell of table.cells) if (!cell.suppressed) expect(cell.count === 0 || (cell.count ?? 0) >= 5).toBe(true);
    }
    const countries = brief.aggregates.tables.find((t) => t.dimension === 'country');
    // 11 about Turkey, one about Egypt: Egypt is not shown on its own.
    expect(countries?.cells.find((c) => c.key === 'EG')).toBeUndefined();
    expect(countries?.cells.find((c) => c.key === 'TR')?.count ?? null).toBeNull();
    const provinces = brief.aggregates.tables.find((t) => t.dimension === 'province');
    expect(provinces?.cells.find((c) => c.key === 'Noord-Holland')?.count).toBe(12);
  });

  it('redacts vignettes with placeholders consistent across the brief, dates to the month', () => {
    const [first, second, third] = brief.vignettes;
    expect(first?.redacted).toContain('[PERSOON 1]');
    expect(second?.redacted).toContain('[PERSOON 1]');
    expect(first?.redacted).toContain('[maart 2026]');
    for (const gone of ['Mehmet', 'Demir', '87654321', 'Kalverstraat', '1012 AB', '111222333', 'NL91ABNA0417164300', 'example.com']) expect(first?.redacted).not.toContain(gone);
    expect(second?.redacted).not.toContain('12-ABC-3');
    expect(third?.redacted).not.toContain('11223344');
    expect(third?.redacted).not.toContain('أحمد');
  });

  it('the leak check finds an undone redaction and a name in the introduction; approval waits for a second coordinator', async () => {
    expect(await v.t.ok('briefs.check', { briefId: brief.id })).toEqual([]);
    expect(await v.t.fail('briefs.approve', { briefId: brief.id })).toBe('brief-own-approval');
    const first = brief.vignettes[0];
    if (!first) throw new Error('no vignette');
    const phone = first.spans.find((s) => s.kind === 'phone');
    const kept = first.spans.filter((s) => s !== phone).map(({ start, end, kind }) => ({ start, end, kind }));
    brief = await v.t.ok('briefs.setRedactions', { briefId: brief.id, position: first.position, spans: kept });
    expect(brief.vignettes[0]?.redacted).toContain('+31 6 87654321');
    const leaks = await v.t.ok('briefs.check', { briefId: brief.id });
    expect(leaks.map((l) => l.kind)).toContain('phone');
    expect(JSON.stringify(leaks)).not.toContain('87654321');
    await as('tom');
    expect(await v.t.fail('briefs.approve', { briefId: brief.id })).toBe('brief-leak');
    await as('sara');
    brief = await v.t.ok('briefs.setRedactions', { briefId: brief.id, position: first.position, spans: first.spans.map(({ start, end, kind }) => ({ start, end, kind })) });
    brief = await v.t.ok('briefs.setIntroduction', { briefId: brief.id, text: 'Dit kwartaal meldde onder anderen ayse yilmaz zich.' });
    expect((await v.t.ok('briefs.check', { briefId: brief.id })).map((l) => l.where)).toContain('Inleiding');
    brief = await v.t.ok('briefs.setIntroduction', { briefId: brief.id, text: 'Beeld van oktober: intimidatie via de telefoon blijft het meest gemeld.' });
    expect(await v.t.ok('briefs.check', { briefId: brief.id })).toEqual([]);
    await as('tom');
    brief = await v.t.ok('briefs.approve', { briefId: brief.id });
    expect(brief).toMatchObject({ status: 'approved', approvedBy: 'tom' });
  });

  it('exports only the approved content: age -d opens brief.pdf and brief.json, with no identifier in either', async () => {
    await as('sara');
    expect(await v.t.fail('briefs.export', { briefId: brief.id })).toBe('brief-no-recipients');
    expect(await v.t.ok('briefs.setRecipients', { recipients: [analyst.recipient] })).toEqual([analyst.recipient]);
    const out = await v.t.ok('briefs.export', { briefId: brief.id });
    expect(out).toMatchObject({ fileName: `brief-${brief.reference}.tar.age`, encrypted: true });
    const tar = ageDecryptOk(join(v.t.exportDir, out.fileName), [analyst.keyFile]);
    expect(tarNames(tar)).toEqual(['brief.pdf', 'brief.json']);
    const json = JSON.parse(tarEntry(tar, 'brief.json').toString('utf8')) as { reports: number; vignettes: { text: string }[]; tables: { dimension: string; cells: { key: string; count: number | null }[] }[] };
    expect(json.reports).toBe(12);
    expect(json.vignettes.map((x) => x.text)).toEqual(brief.vignettes.map((x) => x.redacted));
    expect(json.tables.map((t) => t.dimension)).toEqual(brief.aggregates.tables.map((t) => t.dimension));
    const pdf = pdfText(tarEntry(tar, 'brief.pdf'));
    expect(pdf).toContain(brief.reference);
    expect(pdf).toContain('[PERSOON 1]');
    const everything = `${tar.toString('utf8')}\n${pdf}`;
    for (const secret of ['Ayşe', 'Yılmaz', 'Mehmet', '87654321', 'Vogel-', ...ids()]) expect(everything).not.toContain(secret);
    // A change after approval needs a new approval before anything leaves again.
    brief = await v.t.ok('briefs.setIntroduction', { briefId: brief.id, text: 'Aangepaste inleiding.' });
    expect(brief.status).toBe('draft');
    expect(await v.t.fail('briefs.export', { briefId: brief.id })).toBe('brief-not-approved');
    await as('tom');
    await v.t.ok('briefs.approve', { briefId: brief.id });
    const printed = await v.t.ok('briefs.export', { briefId: brief.id, print: true });
    expect(printed).toMatchObject({ fileName: `brief-${brief.reference}.pdf`, encrypted: false });
    expect(pdfText(readFileSync(join(v.t.exportDir, printed.fileName)))).toContain('Aangepaste inleiding.');
    await as('sara');
    const audit = (await signIn(v.t, 'anna', ADMIN_PASS), await v.t.ok('audit.list', { limit: 100 }));
    expect(audit.entries.filter((e) => e.action === 'brief.export')).toHaveLength(2);
    expect(JSON.stringify(audit.entries)).not.toContain('Mehmet');
  });

  it('makes, approves and exports a brief from the command line', async () => {
    v.t.dispatcher.sessions.lock('shutdown');
    const env = (u: keyof typeof PASS) => ({ BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: u, BAKEN_PASSPHRASE: PASS[u] });
    const made = baken(['brief', 'create', '--from', '2026-10-01', '--to', '2026-10-31', '--k', '3', '--vignette', ids()[1] ?? ''], env('sara'));
    expect(made.status, made.stderr).toBe(0);
    const id = made.stdout.trim();
    expect(id).toMatch(/^\d+$/);
    expect(baken(['brief', 'approve', id], env('sara')).status).not.toBe(0);
    expect(baken(['brief', 'approve', id], env('tom')).status).toBe(0);
    const out = join(tmp.path, 'cli-stick');
    mkdirSync(out);
    const exported = baken(['--json', 'brief', 'export', id, '--out', out, '--recipient', analyst.recipient], env('tom'));
    expect(exported.status, exported.stderr).toBe(0);
    const file = JSON.parse(exported.stdout) as { fileName: string };
    expect(readdirSync(out)).toEqual([file.fileName]);
    const tar = ageDecryptOk(join(out, file.fileName), [analyst.keyFile]);
    const json = JSON.parse(tarEntry(tar, 'brief.json').toString('utf8')) as { k: number; vignettes: { text: string }[] };
    expect(json.k).toBe(3);
    expect(json.vignettes[0]?.text).toContain('[PERSOON 1]');
    await v.t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
  });
});
