// Casework on a real vault: a case per imported report, the status machine, assignment and
// need-to-know, notes with history, contacts, tasks, links, merge and split, filters, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASS } from '../support/vault';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';
import { addUser, signIn } from '../support/users';

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
const COUNS = 'counsellor passphrase one';
const COORD = 'coordinator passphrase one';
const REV = 'reviewer passphrase one';

const user = (username: string, roles: ('counsellor' | 'coordinator' | 'reviewer' | 'admin')[], pass: string) =>
  addUser(v.t, { username, roles, passphrase: pass }, { username: 'anna', passphrase: ADMIN_PASS });
const as = (username: string, pass: string) => signIn(v.t, username, pass);

let counsellorId = 0;
let coordinatorId = 0;
let reportIds: string[] = [];

beforeEach(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  counsellorId = await user('mehmet', ['counsellor'], COUNS);
  coordinatorId = await user('sara', ['coordinator'], COORD);
  await user('rik', ['reviewer'], REV);
  await user('beheer', ['admin'], 'admin passphrase only');
  const urgent = { ...reportObject(), urgentSafetyRisk: true, receivedAt: '2026-11-20T10:00:00Z' };
  const normal = { ...reportObject(), receivedAt: '2026-11-25T10:00:00Z' };
  const third = { ...reportObject(), receivedAt: '2026-10-01T10:00:00Z', incident: { summary: 'Cyrillic', narrative: 'Меня преследуют у посольства', categories: ['surveillance'], countryOfConcern: 'RU' } };
  reportIds = [urgent, normal, third].map((r) => String((r as Record<string, unknown>).reportId));
  const b = await buildBundle({ reports: [urgent, normal, third].map(jsonBytes), signer: v.intake, to: v.to });
  await v.importHere([v.put(b.bytes)]);
});
afterEach(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

describe('cases', () => {
  it('opens one case per imported report with a readable number; urgent ones on top of the inbox', async () => {
    await as('sara', COORD);
    const inbox = await v.t.ok('cases.list', { view: 'inbox' });
    expect(inbox.total).toBe(3);
    expect(inbox.rows.map((r) => r.number)).toEqual(expect.arrayContaining([expect.stringMatching(/^VL-\d{4}-\d{6}$/)]));
    expect(inbox.rows[0]).toMatchObject({ urgent: true, priority: 'urgent', status: 'new' });
    expect(new Set(inbox.rows.map((r) => r.number)).size).toBe(3);
  });

  it('keeps identity need-to-know: assignee counsellor yes, other counsellor no, coordinator only by audited reveal, reviewer never', async () => {
    await as('sara', COORD);
    const [first] = (await v.t.ok('cases.list', { view: 'all' })).rows;
    const id = first?.id ?? 0;
    const asCoord = await v.t.ok('cases.get', { caseId: id });
    expect(asCoord.reports[0]?.reporter.identity).toBeNull();
    expect(JSON.stringify(asCoord)).not.toContain('Ayşe');
    expect(JSON.stringify(asCoord)).not.toContain('12345678');
    expect(asCoord.canReveal).toBe(true);
    expect(await v.t.fail('cases.reveal', { caseId: id, reason: 'kort' })).toBe('reason-required');
    const revealed = await v.t.ok('cases.reveal', { caseId: id, reason: 'Acuut gevaar: politie moet bellen' });
    expect(revealed.reports[0]?.reporter.identity).toMatchObject({ name: 'Ayşe Yılmaz', phone: '+31 6 12345678' });
    expect(revealed.events.at(-1)).toMatchObject({ kind: 'case.identity-revealed', actor: 'sara' });
    const audit = await (async () => {
      await as('anna', ADMIN_PASS);
      return v.t.ok('audit.list', { limit: 20 });
    })();
    expect(audit.entries.some((e) => e.action === 'case.identity-revealed' && e.actor === 'sara')).toBe(true);

    await as('mehmet', COUNS);
    expect((await v.t.ok('cases.get', { caseId: id })).reports[0]?.reporter.identity).toBeNull();
    expect(await v.t.fail('cases.reveal', { caseId: id, reason: 'ik wil het gewoon zien' })).toBe('forbidden');
    // A counsellor may take an unassigned case; then they see the identity.
    const taken = await v.t.ok('cases.assign', { caseId: id, assigneeId: counsellorId });
    expect(taken.reports[0]?.reporter.identity).toMatchObject({ name: 'Ayşe Yılmaz' });

    await as('rik', REV);
    expect(await v.t.fail('cases.get', { caseId: id })).toBe('forbidden');
    expect(await v.t.fail('cases.list', {})).toBe('forbidden');
    // An admin keeps the vault and sees no case content.
    await as('beheer', 'admin passphrase only');
    expect(await v.t.fail('cases.get', { caseId: id })).toBe('forbidden');
  });

  it('walks the status machine with checks, a closing reason, reopen, and a timeline', async () => {
    await as('sara', COORD);
    const id = (await v.t.ok('cases.list', {})).rows[0]?.id ?? 0;
    expect(await v.t.fail('cases.setStatus', { caseId: id, status: 'waiting', closingReason: null })).toBe('transition-not-allowed');
    await v.t.ok('cases.setStatus', { caseId: id, status: 'triage', closingReason: null });
    await v.t.ok('cases.setStatus', { caseId: id, status: 'open', closingReason: null });
    expect(await v.t.fail('cases.setStatus', { caseId: id, status: 'closed', closingReason: null })).toBe('closing-reason-required');
    expect(await v.t.fail('cases.setStatus', { caseId: id, status: 'waiting', closingReason: 'resolved' })).toBe('closing-reason-not-allowed');
    const closed = await v.t.ok('cases.setStatus', { caseId: id, status: 'closed', closingReason: 'resolved' });
    expect(closed).toMatchObject({ status: 'closed', closingReason: 'resolved' });
    const reopened = await v.t.ok('cases.setStatus', { caseId: id, status: 'open', closingReason: null });
    expect(reopened.events.map((e) => e.kind)).toEqual(['case.opened', 'case.status', 'case.status', 'case.status', 'case.reopened']);
    expect(reopened.events.every((e, i) => i === 0 || e.actor === 'sara')).toBe(true);
  });

  it('lets a counsellor change only cases assigned to them; coordinators assign to counsellors only', async () => {
    await as('sara', COORD);
    const [a, b] = (await v.t.ok('cases.list', {})).rows;
    expect(await v.t.fail('cases.assign', { caseId: a?.id ?? 0, assigneeId: coordinatorId })).toBe('assignee-not-counsellor');
    await v.t.ok('cases.assign', { caseId: a?.id ?? 0, assigneeId: counsellorId });
    await as('mehmet', COUNS);
    expect((await v.t.ok('cases.list', { view: 'mine' })).rows.map((r) => r.id)).toEqual([a?.id]);
    await v.t.ok('cases.addNote', { caseId: a?.id ?? 0, body: 'Eerste gesprek gevoerd.' });
    expect(await v.t.fail('cases.addNote', { caseId: b?.id ?? 0, body: 'niet mijn zaak' })).toBe('case-not-assigned');
    expect(await v.t.fail('cases.assign', { caseId: a?.id ?? 0, assigneeId: null })).toBe('forbidden');
  });

  it('keeps note history, logs contacts and tasks, sets risk, classification and follow-up', async () => {
    await as('sara', COORD);
    const id = (await v.t.ok('cases.list', {})).rows[0]?.id ?? 0;
    const withNote = await v.t.ok('cases.addNote', { caseId: id, body: 'Versie één' });
    const noteId = withNote.notes[0]?.id ?? 0;
    const edited = await v.t.ok('cases.editNote', { noteId, body: 'Versie twee' });
    expect(edited.notes[0]).toMatchObject({ body: 'Versie twee', versions: 2 });
    expect((await v.t.ok('cases.noteHistory', { noteId })).map((n) => n.body)).toEqual(['Versie één', 'Versie twee']);
    await v.t.ok('cases.addContact', { caseId: id, at: '2026-11-28T10:00:00Z', channel: 'phone', outcome: 'reached', summary: 'Veilig gesproken' });
    const withTask = await v.t.ok('cases.addTask', { caseId: id, title: 'Terugbellen', dueOn: '2026-12-01', assigneeId: null });
    await v.t.ok('cases.completeTask', { taskId: withTask.tasks[0]?.id ?? 0, done: true });
    // A task may be for one active counsellor, never for someone who is not one.
    const forMehmet = await v.t.ok('cases.addTask', { caseId: id, title: 'Dossier nalopen', dueOn: null, assigneeId: counsellorId });
    expect(forMehmet.tasks.find((x) => x.title === 'Dossier nalopen')?.assignee).toEqual({ id: counsellorId, displayName: 'MEHMET' });
    expect(await v.t.fail('cases.addTask', { caseId: id, title: 'Niet voor een coördinator', dueOn: null, assigneeId: coordinatorId })).toBe('assignee-not-counsellor');
    expect(await v.t.fail('cases.addTask', { caseId: id, title: 'Niemand', dueOn: null, assigneeId: 99_999 })).toBe('assignee-not-counsellor');
    await v.t.ok('cases.setRisk', { caseId: id, risk: { immediateDanger: true, threatsToFamilyAbroad: true, childrenInvolved: false, digitalCompromise: false, notes: 'Familie in Izmir bedreigd' } });
    await v.t.ok('cases.setClassification', { caseId: id, categories: ['intimidation', 'digital'], country: 'TR', tags: ['konsulaat', ' konsulaat ', 'izmir'] });
    const detail = await v.t.ok('cases.setFollowUp', { caseId: id, on: '2026-11-01' });
    expect(detail).toMatchObject({ country: 'TR', categories: ['intimidation', 'digital'], tags: ['konsulaat', 'izmir'], followUpOn: '2026-11-01' });
    expect(detail.risk).toMatchObject({ immediateDanger: true, notes: 'Familie in Izmir bedreigd', assessedBy: 'sara' });
    expect(detail.contacts[0]).toMatchObject({ channel: 'phone', outcome: 'reached', byUser: 'sara' });
    expect(detail.tasks.find((x) => x.title === 'Terugbellen')?.doneAt).not.toBeNull();
    expect((await v.t.ok('cases.list', { followUp: 'overdue' })).rows.map((r) => r.id)).toEqual([id]);
    expect((await v.t.ok('cases.list', { category: 'digital' })).rows.map((r) => r.id)).toEqual([id]);
    expect((await v.t.ok('cases.list', { country: 'RU' })).total).toBe(1);
    expect((await v.t.ok('cases.list', { receivedFrom: '2026-11-01', receivedTo: '2026-11-30' })).total).toBe(2);
    await as('anna', ADMIN_PASS);
    expect((await v.t.ok('audit.verify', {})).ok).toBe(true);
  });

  it('merges cases and splits a report back out without losing anything', async () => {
    await as('sara', COORD);
    const [a, b] = (await v.t.ok('cases.list', { sort: 'number' })).rows;
    const category = (await v.t.ok('cases.get', { caseId: b?.id ?? 0 })).categories[0] ?? '';
    const inCategory = async () => (await v.t.ok('cases.list', { category })).rows.map((r) => r.id);
    expect(await inCategory()).toContain(b?.id);
    const merged = await v.t.ok('cases.merge', { intoId: a?.id ?? 0, fromNumber: b?.number ?? '' });
    expect(merged.reports).toHaveLength(2);
    expect((await v.t.ok('cases.list', {})).total).toBe(2);
    // A merged case leaves the lists, the category filter included.
    expect(await inCategory()).not.toContain(b?.id);
    const emptied = await v.t.ok('cases.get', { caseId: b?.id ?? 0 });
    expect(emptied.mergedInto).toMatchObject({ id: a?.id });
    expect(emptied.reports).toHaveLength(0);
    const moved = merged.reports.find((r) => r.originCaseId === b?.id);
    const split = await v.t.ok('cases.split', { caseId: a?.id ?? 0, reportId: moved?.reportId ?? '' });
    expect(split.reports).toHaveLength(1);
    const back = await v.t.ok('cases.get', { caseId: b?.id ?? 0 });
    expect(back.mergedInto).toBeNull();
    expect(back.reports.map((r) => r.reportId)).toEqual([moved?.reportId]);
    expect(await inCategory()).toContain(b?.id);
    expect(await v.t.fail('cases.split', { caseId: b?.id ?? 0, reportId: moved?.reportId ?? '' })).toBe('split-invalid');
    await v.t.ok('cases.link', { caseId: a?.id ?? 0, otherNumber: b?.number ?? '', linked: true });
    expect((await v.t.ok('cases.get', { caseId: b?.id ?? 0 })).links.map((l) => l.id)).toEqual([a?.id]);
  });

  it('shows one report as the role may see it', async () => {
    await as('rik', REV);
    const seen = await v.t.ok('reports.get', { reportId: reportIds[2] ?? '' });
    expect(seen.caseNumber).toMatch(/^VL-/);
    expect(seen.report).toMatchObject({ narrative: 'Меня преследуют у посольства', countryOfConcern: 'RU' });
    expect(seen.report.reporter.identity).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('Ayşe');
    await as('mehmet', COUNS);
    await v.t.ok('cases.assign', { caseId: seen.caseId, assigneeId: counsellorId });
    expect((await v.t.ok('reports.get', { reportId: reportIds[2] ?? '' })).report.reporter.identity).toMatchObject({ name: 'Ayşe Yılmaz' });
  });

  it('gives coordinators a dashboard of counts', async () => {
    await as('sara', COORD);
    const [a] = (await v.t.ok('cases.list', {})).rows;
    await v.t.ok('cases.assign', { caseId: a?.id ?? 0, assigneeId: counsellorId });
    await v.t.ok('cases.setFollowUp', { caseId: a?.id ?? 0, on: '2020-01-01' });
    const d = await v.t.ok('dashboard.stats', {});
    expect(d.byStatus).toEqual([{ key: 'new', count: 3 }]);
    expect(d.unassigned).toBe(2);
    expect(d.overdueFollowUps).toBe(1);
    expect(d.workload.find((w) => w.userId === counsellorId)).toMatchObject({ open: 1 });
    expect(d.perWeek).toHaveLength(12);
    const firstWeek = d.perWeek[0]?.key ?? '';
    const inWindow = ['2026-11-20', '2026-11-25', '2026-10-01'].filter((day) => day >= firstWeek).length;
    expect(d.perWeek.reduce((n, w) => n + w.count, 0)).toBe(inWindow);
    expect(new Date(`${firstWeek}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(d.categories.find((c) => c.key === 'surveillance')?.count).toBe(1);
    expect(d.countries.find((c) => c.key === 'RU')?.count).toBe(1);
    await as('mehmet', COUNS);
    expect(await v.t.fail('dashboard.stats', {})).toBe('forbidden');
  });

  it('finds notes and follows merged reports in search', async () => {
    await as('sara', COORD);
    const [a, b] = (await v.t.ok('cases.list', { sort: 'number' })).rows;
    await v.t.ok('cases.addNote', { caseId: b?.id ?? 0, body: 'Gesprek met de wijkagent over de Çelik-familie' });
    const note = await v.t.ok('search.query', { text: 'celik familie' });
    expect(note.hits.map((h) => [h.caseNumber, h.field])).toEqual([[b?.number, 'note']]);
    expect(note.hits[0]?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Çelik', 'familie']);
    await v.t.ok('cases.merge', { intoId: a?.id ?? 0, fromNumber: b?.number ?? '' });
    const cyr = await v.t.ok('search.query', { text: 'посольства' });
    expect(new Set(cyr.hits.map((h) => h.caseId)).size).toBe(1);
    const moved = await v.t.ok('search.query', { text: 'gozaltina' });
    expect(moved.hits.every((h) => h.caseId !== b?.id)).toBe(true);
    await as('rik', REV);
    expect(await v.t.fail('search.query', { text: 'gozaltina' })).toBe('forbidden');
  });

  it('saves filters per user', async () => {
    await as('sara', COORD);
    const saved = await v.t.ok('filters.save', { name: 'Urgent Turkije', filter: { priority: 'urgent', country: 'TR' } });
    expect(saved[0]).toMatchObject({ name: 'Urgent Turkije', filter: { priority: 'urgent', country: 'TR' } });
    await as('mehmet', COUNS);
    expect(await v.t.ok('filters.list', {})).toEqual([]);
  });
});
