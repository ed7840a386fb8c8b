// The review workflow through the dispatcher, as reviewers use it: the queue by score, one
// report's review without the reporter's identity, verdicts with four eyes for "fabricated", the
// history kept, the case timeline for counsellors, and an admin's weights changing the score.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';
import { addUser, signIn } from '../support/users';
import { ADMIN_PASS } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
const PASS = { rik: 'reviewer passphrase one', ria: 'reviewer passphrase two', mehmet: 'counsellor passphrase one' };
const IDENTITY = { name: 'Ayşe Yılmaz', phone: '+31 6 12345678', email: 'ayse.yilmaz@example.nl', municipality: 'Zwolle' };
const STORY =
  'Sinds de demonstratie bij het consulaat staat er elke avond een grijze auto voor mijn deur en krijgt mijn moeder in Urumqi telefoontjes over wat ik hier doe en met wie ik praat.';
let reportA = '';
let reportB = '';

const ADMIN = { username: 'anna', passphrase: ADMIN_PASS };
const user = (username: keyof typeof PASS, roles: ('counsellor' | 'reviewer')[]) => addUser(v.t, { username, roles, passphrase: PASS[username] }, ADMIN);
const as = (username: string, pass: string) => signIn(v.t, username, pass);
const asAdmin = () => as('anna', ADMIN_PASS);

beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  await user('rik', ['reviewer']);
  await user('ria', ['reviewer']);
  await user('mehmet', ['counsellor']);
  const make = (pseudonym: string, story: string, identity: Record<string, string> = IDENTITY) => ({
    ...(reportObject() as Record<string, unknown>),
    reportId: randomUUID(),
    reporter: { pseudonym, ...identity, consent: { contact: true, referral: false, anonymisedAnalysis: true } },
    incident: { summary: 'Gevolgd', narrative: story, categories: ['surveillance'] },
  });
  const a = make('Eik-1', STORY);
  const b = make('Beuk-2', STORY.replace('grijze', 'zwarte'));
  const c = make('Den-3', 'Een heel ander verhaal over een brief van de ambassade die mijn paspoort niet wil verlengen.', { phone: '0201234567' });
  [reportA, reportB] = [String(a.reportId), String(b.reportId)];
  for (const r of [a, b, c]) await v.importHere([v.put((await buildBundle({ reports: [jsonBytes(r)], signer: v.intake, to: v.to })).bytes)]);
}, 120_000);
afterAll(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

describe('review workflow', () => {
  it('lists reports by score and shows one without the reporter identity', async () => {
    await as('rik', PASS.rik);
    const q = await v.t.ok('review.queue', {});
    expect(q.total).toBe(3);
    expect(q.rows.map((r) => r.score)).toEqual([...q.rows.map((r) => r.score)].sort((x, y) => y - x));
    expect(new Set(q.rows.slice(0, 2).map((r) => r.reportId))).toEqual(new Set([reportA, reportB]));
    expect(q.rows[0]?.signals).toEqual(expect.arrayContaining(['near-duplicate', 'shared-contact']));
    expect(q.rows[2]?.score).toBe(0);
    // Pages run on from the scored reports into those without signals.
    const pages = await Promise.all([0, 1, 2].map((offset) => v.t.ok('review.queue', { limit: 1, offset })));
    expect(pages.map((p) => p.rows[0]?.reportId)).toEqual(q.rows.map((r) => r.reportId));
    expect(pages.every((p) => p.total === 3)).toBe(true);
    expect((await v.t.ok('review.queue', { minScore: 1 })).total).toBe(2);
    const only = await v.t.ok('review.queue', { signal: 'near-duplicate' });
    expect(only.total).toBe(2);
    const r = await v.t.ok('review.report', { reportId: reportA });
    expect(r.signals.find((s) => s.kind === 'near-duplicate')).toMatchObject({ related: [reportB], weight: 30 });
    expect(r.related.map((x) => x.reportId)).toEqual([reportB]);
    expect(r.provenance).toMatchObject({ station: 'intake-01', keyRevoked: false, deliveries: 1 });
    // The matching passages side by side: cut from each original text.
    expect(r.passages.map((p) => p.reportId)).toEqual([reportB]);
    expect(r.passages[0]?.similarity).toBeGreaterThan(50);
    for (const p of r.passages[0]?.passages ?? []) expect(STORY).toContain(p.here);
    expect(r.passages[0]?.passages.length).toBeGreaterThan(0);
    expect(r.score).toBeGreaterThan(0);
    const everything = JSON.stringify([q, only, r]);
    for (const secret of [IDENTITY.name, '12345678', IDENTITY.email, IDENTITY.municipality]) expect(everything).not.toContain(secret);
  });

  it('needs a rationale, and a second reviewer for "fabricated"; keeps the history', async () => {
    await as('rik', PASS.rik);
    expect(await v.t.fail('review.setVerdict', { reportId: reportA, verdict: 'suspicious', rationale: 'kort' })).toBe('rationale-required');
    const first = await v.t.ok('review.setVerdict', { reportId: reportA, verdict: 'suspicious', rationale: 'Zelfde verhaal en telefoonnummer als een andere melding.' });
    expect(first.verdicts.map((x) => [x.verdict, x.state])).toEqual([['suspicious', 'effective']]);
    const proposed = await v.t.ok('review.setVerdict', { reportId: reportA, verdict: 'fabricated', rationale: 'Tekst is overgenomen; contactgegevens horen bij een ander pseudoniem.' });
    expect(proposed.verdicts.map((x) => [x.verdict, x.state])).toEqual([['fabricated', 'pending'], ['suspicious', 'effective']]);
    expect(await v.t.fail('review.setVerdict', { reportId: reportA, verdict: 'fabricated', rationale: 'Nog een keer hetzelfde voorstel.' })).toBe('verdict-pending');
    const pendingId = proposed.verdicts[0]?.id ?? 0;
    expect(await v.t.fail('review.decide', { verdictId: pendingId, confirm: true })).toBe('verdict-own');
    expect((await v.t.ok('review.queue', {})).rows.find((x) => x.reportId === reportA)).toMatchObject({ verdict: 'suspicious', pending: 'fabricated' });

    await as('ria', PASS.ria);
    const confirmed = await v.t.ok('review.decide', { verdictId: pendingId, confirm: true });
    expect(confirmed.verdicts.map((x) => [x.verdict, x.state, x.decidedBy])).toEqual([
      ['fabricated', 'effective', 'ria'],
      ['suspicious', 'superseded', null],
    ]);
    expect(await v.t.fail('review.decide', { verdictId: pendingId, confirm: false })).toBe('verdict-not-pending');
    const changed = await v.t.ok('review.setVerdict', { reportId: reportA, verdict: 'inconclusive', rationale: 'Nieuwe informatie van de intake: melder is bekend.' });
    expect(changed.verdicts.map((x) => x.state)).toEqual(['effective', 'superseded', 'superseded']);
    expect((await v.t.ok('review.queue', { open: true })).rows.map((x) => x.reportId)).not.toContain(reportA);

    // Counsellors see the verdicts on the case; reviewers' channels stay closed to them.
    await as('mehmet', PASS.mehmet);
    expect(await v.t.fail('review.queue', {})).toBe('forbidden');
    const { caseId } = await v.t.ok('reports.get', { reportId: reportA });
    const kinds = (await v.t.ok('cases.get', { caseId })).events.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['review.verdict', 'review.verdict-proposed', 'review.verdict-confirmed']));
    await asAdmin();
    expect((await v.t.ok('audit.verify', {})).ok).toBe(true);
  });

  it('shows reports linked by shared signals as a cluster, judged together', async () => {
    await as('rik', PASS.rik);
    const c = await v.t.ok('review.cluster', { reportId: reportB });
    expect(new Set(c.reports.map((x) => x.reportId))).toEqual(new Set([reportA, reportB]));
    expect(c.truncated).toBe(false);
    const judged = await v.t.ok('review.setVerdicts', { reportIds: [reportA, reportB], verdict: 'suspicious', rationale: 'Twee meldingen met hetzelfde verhaal en dezelfde contactgegevens.' });
    expect(judged.reports.map((x) => x.verdict)).toEqual(['suspicious', 'suspicious']);
    // All or none: a report that does not exist, after one that does, refuses the lot.
    expect(await v.t.fail('review.setVerdicts', { reportIds: [reportA, randomUUID()], verdict: 'authentic', rationale: 'Toch echt, na overleg met de intake.' })).toBe('report-not-found');
    expect((await v.t.ok('review.cluster', { reportId: reportA })).reports.map((x) => x.verdict)).toEqual(['suspicious', 'suspicious']);
    const proposed = await v.t.ok('review.setVerdicts', { reportIds: [reportA, reportB], verdict: 'fabricated', rationale: 'Samen beoordeeld: overgenomen tekst, gedeelde contactgegevens.' });
    expect(proposed.reports.map((x) => [x.verdict, x.pending])).toEqual([
      ['suspicious', 'fabricated'],
      ['suspicious', 'fabricated'],
    ]);
  });

  it('lets an admin set the weights, which change the score', async () => {
    await as('rik', PASS.rik);
    const before = (await v.t.ok('review.report', { reportId: reportB })).score;
    expect(await v.t.fail('review.setWeights', { 'near-duplicate': 0 })).toBe('forbidden');
    await asAdmin();
    const weights = await v.t.ok('review.setWeights', { 'near-duplicate': 0, 'shared-contact': 0 });
    expect(weights['near-duplicate']).toBe(0);
    await as('rik', PASS.rik);
    expect((await v.t.ok('review.report', { reportId: reportB })).score).toBeLessThan(before);
  });
});
