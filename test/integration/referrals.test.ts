// Referrals on a real vault through the dispatcher: the partner directory, fields chosen one by
// one, the reporter's consent and a coordinator's documented emergency override on urgent cases,
// four eyes before anything can leave, the status workflow, timeline and audit, and the CLI list.
// Sending: the package on a folder standing in for a USB stick, opened with `age -d`, GNU tar and
// pdftotext; a failed write leaves the referral as it was.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const PASS = { sara: 'coordinator passphrase one', tom: 'coordinator passphrase two', mehmet: 'counsellor passphrase one' };
let consenting = { caseId: 0, reportId: '' };
let refusing = { caseId: 0, reportId: '' };
let urgentRefusing = { caseId: 0, reportId: '' };
let partnerId = 0;
let partnerKey: AgeKeyPair;
type MadeReport = { reportId: string; reporter: Record<string, string>; incident: Record<string, unknown> };
let made: MadeReport[] = [];

const as = (username: string, pass: string) => signIn(v.t, username, pass);
const user = (username: keyof typeof PASS, roles: ('counsellor' | 'coordinator')[]) => addUser(v.t, { username, roles, passphrase: PASS[username] }, { username: 'anna', passphrase: ADMIN_PASS });

beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  partnerKey = ageKeygen(tmp.path, 'partner');
  const mehmet = await user('mehmet', ['counsellor']);
  await user('sara', ['coordinator']);
  await user('tom', ['coordinator']);
  const make = (referral: boolean, urgent: boolean) => ({
    ...(reportObject() as Record<string, unknown>),
    reportId: randomUUID(),
    urgentSafetyRisk: urgent,
    reporter: { pseudonym: 'Lavendel-42', name: 'Ayşe Yılmaz', phone: '+31 6 12345678', consent: { contact: true, referral, anonymisedAnalysis: true } },
  });
  const reports = [make(true, false), make(false, false), make(false, true)];
  made = reports as unknown as MadeReport[];
  await v.importHere([v.put((await buildBundle({ reports: reports.map(jsonBytes), signer: v.intake, to: v.to })).bytes)]);
  const caseOf = async (r: Record<string, unknown>) => ({ caseId: (await v.t.ok('reports.get', { reportId: String(r.reportId) })).caseId, reportId: String(r.reportId) });
  const found = await Promise.all(reports.map(caseOf));
  const none = { caseId: 0, reportId: '' };
  [consenting, refusing, urgentRefusing] = [found[0] ?? none, found[1] ?? none, found[2] ?? none];
  await as('sara', PASS.sara);
  for (const c of [consenting, refusing, urgentRefusing]) await v.t.ok('cases.assign', { caseId: c.caseId, assigneeId: mehmet });
}, 120_000);
afterAll(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

describe('referrals', () => {
  it('keeps a partner directory for coordinators and admins, with a checked age recipient', async () => {
    await as('sara', PASS.sara);
    expect(await v.t.fail('partners.save', { name: 'Slachtofferhulp Zwolle', kind: 'victim-support', region: 'Overijssel', contact: '088 0000000', accepts: 'Intimidatie', recipient: 'not-a-recipient', active: true })).toBe(
      'recipient-invalid',
    );
    const list = await v.t.ok('partners.save', { name: 'Slachtofferhulp Zwolle', kind: 'victim-support', region: 'Overijssel', contact: '088 0000000', accepts: 'Intimidatie', recipient: partnerKey.recipient, active: true });
    partnerId = list[0]?.id ?? 0;
    expect(list[0]).toMatchObject({ kind: 'victim-support', recipient: partnerKey.recipient, active: true });
    await as('mehmet', PASS.mehmet);
    expect(await v.t.fail('partners.save', { name: 'X', kind: 'police', region: '', contact: '', accepts: '', recipient: null, active: true })).toBe('forbidden');
    expect((await v.t.ok('partners.list', {})).map((p) => p.name)).toEqual(['Slachtofferhulp Zwolle']);
  });

  it('refers with consent, fields chosen one by one; four eyes, then the status workflow', async () => {
    await as('mehmet', PASS.mehmet);
    const base = { caseId: consenting.caseId, reportId: consenting.reportId, partnerId, reason: 'Praktische hulp na bedreiging', letter: 'Geachte collega,', followUpOn: '2026-12-10' };
    expect(await v.t.fail('referrals.propose', { ...base, fields: [] })).toBe('referral-fields-required');
    const proposed = await v.t.ok('referrals.propose', { ...base, fields: ['summary', 'pseudonym'] });
    expect(proposed[0]).toMatchObject({ status: 'proposed', fields: ['summary', 'pseudonym'], proposedBy: 'mehmet', override: null });
    const id = proposed[0]?.id ?? 0;
    // Nothing leaves before a coordinator approves; a counsellor cannot approve.
    expect(await v.t.fail('referrals.decide', { referralId: id, approve: true })).toBe('forbidden');
    expect(await v.t.fail('referrals.progress', { referralId: id, to: 'acknowledged', followUpOn: null })).toBe('referral-transition');
    await as('sara', PASS.sara);
    const approved = await v.t.ok('referrals.decide', { referralId: id, approve: true });
    expect(approved[0]).toMatchObject({ status: 'approved', decidedBy: 'sara' });
    expect(await v.t.fail('referrals.decide', { referralId: id, approve: false })).toBe('referral-transition');
    const events = (await v.t.ok('cases.get', { caseId: consenting.caseId })).events.map((e) => e.kind);
    expect(events).toEqual(expect.arrayContaining(['referral.proposed', 'referral.approved']));
  });

  it('blocks a referral without consent; a coordinator overrides only on an urgent case, with a reason', async () => {
    await as('mehmet', PASS.mehmet);
    const base = (c: typeof refusing) => ({ caseId: c.caseId, reportId: c.reportId, partnerId, reason: 'Acuut gevaar', fields: ['summary', 'phone'] as ('summary' | 'phone')[], letter: '', followUpOn: null });
    expect(await v.t.fail('referrals.propose', base(refusing))).toBe('referral-consent-missing');
    expect(await v.t.fail('referrals.propose', { ...base(urgentRefusing), override: 'Direct gevaar voor de melder en zijn kinderen.' })).toBe('referral-override-not-allowed');
    await as('sara', PASS.sara);
    expect(await v.t.fail('referrals.propose', { ...base(refusing), override: 'Direct gevaar voor de melder en zijn kinderen.' })).toBe('referral-override-not-allowed');
    expect(await v.t.fail('referrals.propose', { ...base(urgentRefusing), override: 'kort' })).toBe('referral-override-not-allowed');
    const overridden = await v.t.ok('referrals.propose', { ...base(urgentRefusing), override: 'Direct gevaar voor de melder en zijn kinderen.' });
    expect(overridden[0]).toMatchObject({ status: 'proposed', override: 'Direct gevaar voor de melder en zijn kinderen.' });
    // The proposer cannot approve their own; another coordinator can.
    expect(await v.t.fail('referrals.decide', { referralId: overridden[0]?.id ?? 0, approve: true })).toBe('referral-own-approval');
    await as('tom', PASS.tom);
    expect((await v.t.ok('referrals.decide', { referralId: overridden[0]?.id ?? 0, approve: false }))[0]?.status).toBe('declined');
    await as('anna', ADMIN_PASS);
    const audit = await v.t.ok('audit.list', { limit: 50 });
    expect(audit.entries.find((e) => e.action === 'referral.proposed' && (e.details as { override?: string }).override)).toBeDefined();
    expect((await v.t.ok('audit.verify', {})).ok).toBe(true);
  });

  it('sends an approved referral to the medium, encrypted to the partner, holding exactly the chosen fields', async () => {
    await as('mehmet', PASS.mehmet);
    const [approved] = (await v.t.ok('referrals.ofCase', { caseId: consenting.caseId })).filter((r) => r.status === 'approved');
    if (!approved) throw new Error('no approved referral');
    const out = await v.t.ok('referrals.send', { referralId: approved.id, followUpOn: null });
    expect(out.file).toMatchObject({ fileName: `verwijzing-${approved.reference}.tar.age`, encrypted: true });
    expect(readdirSync(v.t.exportDir)).toEqual([out.file.fileName]);
    const onMedium = readFileSync(join(v.t.exportDir, out.file.fileName));
    expect(createHash('sha256').update(onMedium).digest('hex')).toBe(out.file.sha256);

    const tar = ageDecryptOk(join(v.t.exportDir, out.file.fileName), [partnerKey.keyFile]);
    expect(tarNames(tar)).toEqual(['brief.pdf', 'gegevens.json']);
    const json = JSON.parse(tarEntry(tar, 'gegevens.json').toString('utf8')) as Record<string, unknown>;
    const report = made[0];
    expect(json).toEqual({
      format: 'baken-referral/1',
      reference: approved.reference,
      createdAt: expect.any(String),
      partner: { name: 'Slachtofferhulp Zwolle', kind: 'victim-support' },
      reason: 'Praktische hulp na bedreiging',
      consent: 'reporter-consented',
      fields: ['summary', 'pseudonym'],
      data: { summary: report?.incident.summary, pseudonym: 'Lavendel-42' },
    });
    const letter = pdfText(tarEntry(tar, 'brief.pdf'));
    for (const expected of [approved.reference, 'Slachtofferhulp Zwolle', 'Praktische hulp na bedreiging', 'Geachte collega,', String(report?.incident.summary), 'Lavendel-42']) {
      expect(letter).toContain(expected);
    }
    // Nothing else of the report, in either file.
    const everything = `${tar.toString('utf8')}\n${letter}`;
    for (const other of ['Ayşe', 'Yılmaz', '12345678', String(report?.incident.narrative), String(report?.reportId), 'family-pressure', 'intimidation']) {
      expect(everything).not.toContain(other);
    }

    const sent = (await v.t.ok('referrals.ofCase', { caseId: consenting.caseId })).find((r) => r.id === approved.id);
    const due = new Date(v.t.clock.now());
    due.setUTCDate(due.getUTCDate() + 14);
    expect(sent).toMatchObject({ status: 'sent', followUpOn: due.toISOString().slice(0, 10), sent: { fileName: out.file.fileName, sha256: out.file.sha256, encrypted: true, sentBy: 'mehmet' } });
    expect(await v.t.fail('referrals.send', { referralId: approved.id, followUpOn: null })).toBe('referral-transition');
    const events = (await v.t.ok('cases.get', { caseId: consenting.caseId })).events.filter((e) => e.kind === 'referral.sent');
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toMatchObject({ fileName: out.file.fileName, sha256: out.file.sha256, encrypted: true });
    // The partner acknowledges; later it is closed.
    expect((await v.t.ok('referrals.progress', { referralId: approved.id, to: 'acknowledged', followUpOn: '2027-01-15' })).find((r) => r.id === approved.id)).toMatchObject({
      status: 'acknowledged',
      followUpOn: '2027-01-15',
    });
  });

  it('a partner without a recipient gets a printable letter with the chosen data, names printed as written', async () => {
    await as('sara', PASS.sara);
    const partners = await v.t.ok('partners.save', { name: 'Gemeente Zwolle', kind: 'municipality', region: 'Zwolle', contact: 'Wijkteam', accepts: 'Ondersteuning', recipient: null, active: true });
    const printPartner = partners.find((p) => p.name === 'Gemeente Zwolle')?.id ?? 0;
    await as('mehmet', PASS.mehmet);
    const proposed = await v.t.ok('referrals.propose', {
      caseId: consenting.caseId,
      reportId: consenting.reportId,
      partnerId: printPartner,
      reason: 'Ondersteuning thuis',
      fields: ['name', 'summary'],
      letter: 'Beste wijkteam,\n\nGraag contact met de melder.',
      followUpOn: null,
      override: null,
    });
    const id = proposed[0]?.id ?? 0;
    await as('tom', PASS.tom);
    await v.t.ok('referrals.decide', { referralId: id, approve: true });
    rmSync(v.t.exportDir, { recursive: true });
    mkdirSync(v.t.exportDir);
    const out = await v.t.ok('referrals.send', { referralId: id, followUpOn: '2026-12-31' });
    expect(out.file).toMatchObject({ fileName: `verwijzing-${proposed[0]?.reference}.pdf`, encrypted: false });
    const text = pdfText(readFileSync(join(v.t.exportDir, out.file.fileName)));
    expect(text).toContain('Ayşe Yılmaz');
    expect(text).toContain('Graag contact met de melder.');
    expect(text).not.toContain('12345678');
    expect(text).not.toContain('Lavendel-42');
  });

  it('a failed write leaves the referral approved, with only the failure in the audit log', async () => {
    await as('mehmet', PASS.mehmet);
    const proposed = await v.t.ok('referrals.propose', {
      caseId: consenting.caseId,
      reportId: consenting.reportId,
      partnerId,
      reason: 'Tweede poging',
      fields: ['summary'],
      letter: '',
      followUpOn: null,
      override: null,
    });
    const id = proposed[0]?.id ?? 0;
    await as('sara', PASS.sara);
    await v.t.ok('referrals.decide', { referralId: id, approve: true });
    rmSync(v.t.exportDir, { recursive: true });
    expect(await v.t.fail('referrals.send', { referralId: id, followUpOn: null })).toBe('medium-unavailable');
    mkdirSync(v.t.exportDir);
    expect((await v.t.ok('referrals.ofCase', { caseId: consenting.caseId })).find((r) => r.id === id)).toMatchObject({ status: 'approved', sent: null });
    expect(readdirSync(v.t.exportDir)).toEqual([]);
    await as('anna', ADMIN_PASS);
    const audit = await v.t.ok('audit.list', { limit: 20 });
    expect(audit.entries.find((e) => e.action === 'referral.send-failed')?.details).toMatchObject({ referralId: id, code: 'medium-unavailable' });
    await as('sara', PASS.sara);
    // The partner's key changed after the approval: what the approver saw no longer holds.
    const partner = (await v.t.ok('partners.list', {})).find((p) => p.id === partnerId);
    if (!partner) throw new Error('no partner');
    const other = ageKeygen(tmp.path, 'other-partner');
    await v.t.ok('partners.save', { ...partner, recipient: other.recipient });
    expect(await v.t.fail('referrals.send', { referralId: id, followUpOn: null })).toBe('referral-partner-changed');
    await v.t.ok('partners.save', { ...partner });
    await v.t.ok('referrals.withdraw', { referralId: id });
  });

  it('lists referrals on the command line, open ones first', async () => {
    v.t.dispatcher.sessions.lock('shutdown');
    const r = baken(['--json', 'referrals', 'list'], { BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'sara', BAKEN_PASSPHRASE: PASS.sara });
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { status: string; partner: { name: string } }[];
    // Open ones by follow-up date (the printed letter's 31 December first), then the rest, newest first.
    expect(rows.map((x) => x.status)).toEqual(['sent', 'acknowledged', 'withdrawn', 'declined']);
    expect(rows.map((x) => x.partner.name)).toEqual(['Gemeente Zwolle', 'Slachtofferhulp Zwolle', 'Slachtofferhulp Zwolle', 'Slachtofferhulp Zwolle']);
    await v.t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
  });
});
