// The case page: a coordinator opens a case from the Inbox, assigns a counsellor and reveals the
// reporter's identity with a logged reason; a counsellor takes an unassigned case, sees the
// identity, writes and edits a note (with its history), and moves the status through the
// workflow; someone else's case is read-only; an answer from main that refuses is shown by code.
import { PNG } from 'pngjs';
import { ERROR_MESSAGES } from '../../core/errors';
import { expectNoSeriousViolations } from './axe';
import { caseIdOf, caseworkVault, gotoRoute, importReports, signInAsCounsellor } from './casework';
import { COUNSELLOR, expect, test } from './harness';

const PLAIN = 'Tehdit telefonla';
const URGENT = 'Konsolosluğun önünde takip edildim';
const NAME = 'Ayşe Yılmaz';
const HIDDEN = 'Identiteit en contactgegevens zijn alleen zichtbaar voor de toegewezen consulent.';

test('coordinator: from the Inbox to a case, assign a counsellor, reveal the identity with a reason', async ({ baken }) => {
  const { page } = baken;
  const c = await caseworkVault(baken);
  const attachment = Buffer.from('Schermafdruk van het bericht\nTweede regel\n');
  const image = new PNG({ width: 40, height: 20 });
  image.data.fill(0x80);
  const photo = PNG.sync.write(image);
  await importReports(baken, c, [
    { summary: PLAIN, categories: ['intimidation'], country: 'TR' },
    { summary: URGENT, urgent: true, attachments: [attachment, photo], categories: ['surveillance'] },
  ]);
  await baken.open();

  // The Inbox lists the new cases, urgent first; the number links to the case.
  const inbox = page.getByRole('table', { name: 'Meldingen 1 tot en met 2 van 2, urgente eerst' });
  await expect(inbox.getByRole('row').nth(1)).toContainText(URGENT);
  await expect(inbox.getByRole('row').nth(1)).toContainText('Veiligheidsrisico');
  await inbox.getByRole('row').nth(1).getByRole('link').click();
  const title = page.getByRole('heading', { level: 1, name: /^Zaak VL-\d{4}-\d{6}$/ });
  await expect(title).toBeFocused();
  const number = ((await title.textContent()) ?? '').replace('Zaak ', '');
  await expect(page.locator('.case-header')).toContainText(URGENT);
  expect(number).toMatch(/^VL-\d{4}-\d{6}$/);

  // Identity hidden from the coordinator; pseudonym and consent are shown.
  const reporter = page.getByRole('region', { name: 'Melder', exact: true });
  await expect(reporter).toContainText('Lavendel-42');
  await expect(reporter).toContainText(HIDDEN);
  await expect(page.getByText(NAME)).toHaveCount(0);
  await expect(page.getByText('Konsolosluktan biri aradı', { exact: false })).toHaveAttribute('dir', 'auto');

  // The attachments, previewed as plain text and as a freshly made PNG (whatever was declared).
  const attachments = page.getByRole('region', { name: 'Bijlagen (2)' });
  await expect(attachments).toContainText('bijlage-0.txt');
  await expect(attachments).toContainText('text/plain');
  await attachments.getByRole('button', { name: 'Voorbeeld van bijlage-0.txt tonen' }).click();
  await expect(attachments.getByLabel('Tekst van bijlage-0.txt')).toHaveText('Schermafdruk van het bericht\nTweede regel\n');
  const show = attachments.getByRole('button', { name: 'Voorbeeld van bijlage-1.txt tonen' });
  await show.click();
  const img = attachments.getByRole('img', { name: 'Voorbeeld van de afbeelding bijlage-1.txt' });
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(attachments).toContainText('de inhoud is van het type image/png, maar opgegeven als text/plain');
  await expect(attachments.getByRole('button', { name: 'Voorbeeld van bijlage-1.txt verbergen' })).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousViolations(page, 'case page, identity hidden');

  // Assign a counsellor.
  const assignment = page.getByRole('region', { name: 'Toewijzing' });
  await expect(assignment).toContainText('Deze zaak is aan niemand toegewezen.');
  await assignment.getByLabel('Consulent').selectOption({ label: `${COUNSELLOR.displayName} (${COUNSELLOR.username})` });
  await assignment.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(assignment.getByRole('status')).toHaveText(`De zaak is toegewezen aan ${COUNSELLOR.displayName}.`);
  await expect(page.locator('.case-header')).toContainText(COUNSELLOR.displayName);

  // Reveal: the reason must be long enough; the warning says it is logged.
  const reveal = page.getByRole('region', { name: 'Identiteit van de melder tonen' });
  await reveal.getByRole('button', { name: 'Identiteit tonen…' }).click();
  const reason = reveal.getByLabel('Reden');
  await expect(reason).toBeFocused();
  await expect(reveal).toContainText('vastgelegd in het auditlog');
  await reason.fill('kort');
  await reveal.getByRole('button', { name: 'Identiteit tonen en vastleggen' }).click();
  await expect(reveal.getByRole('alert')).toHaveText('Geef een reden van minstens 10 tekens.');
  await expect(reason).toHaveAccessibleDescription(/Geef een reden van minstens 10 tekens\./);
  await reason.fill('Politie vraagt om contact vanwege direct gevaar');
  await reveal.getByRole('button', { name: 'Identiteit tonen en vastleggen' }).click();
  await expect(page.getByText(NAME)).toBeVisible();
  await expect(page.getByText('+31 6 12345678')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Melding' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'De identiteit wordt getoond' })).toBeVisible();
  await expectNoSeriousViolations(page, 'case page, identity shown');

  // The timeline and the audit log both have it.
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline).toContainText('Identiteit van de melder ingezien, reden: Politie vraagt om contact vanwege direct gevaar');
  await expect(timeline).toContainText(`Toegewezen aan ${COUNSELLOR.username}`);
  const audit = await baken.invoke('audit.list', { limit: 20 });
  expect(audit.entries.map((e) => e.action)).toContain('case.identity-revealed');

  // In English, the same page in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Handling' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Reporter’s identity viewed');
});

test('counsellor: takes an unassigned case, notes with history, status workflow, read-only cases', async ({ baken }) => {
  const { page } = baken;
  const c = await caseworkVault(baken);
  await importReports(baken, c, [{ summary: PLAIN }, { summary: 'Başka bir vaka', daysAgo: 3 }]);
  const othersCase = await caseIdOf(baken, 'Başka bir vaka');
  await baken.invoke('cases.assign', { caseId: othersCase, assigneeId: c.secondCounsellorId });
  await signInAsCounsellor(baken);
  await baken.open();

  // Cases lands on "My cases", still empty; the Inbox view has the unassigned case.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn zaken' })).toBeFocused();
  await expect(page.getByText('Geen zaken gevonden.')).toBeVisible();
  const casesNav = page.getByRole('navigation', { name: 'Zaken' });
  await expect(casesNav.getByRole('link', { name: 'Overzicht' })).toHaveCount(0);
  await casesNav.getByRole('link', { name: 'Inbox' }).click();
  const list = page.getByRole('table', { name: 'Zaken: 1 van 1 getoond' });
  await expect(list).toContainText(PLAIN);
  await list.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Zaak VL-/ })).toBeFocused();

  // Not assigned: read-only, with the reason, until the counsellor takes it.
  await expect(page.getByText('U kunt deze zaak alleen bekijken: hij is nog aan niemand toegewezen.')).toBeVisible();
  const status = page.getByRole('region', { name: 'Status', exact: true });
  await expect(status.getByLabel('Nieuwe status')).toBeDisabled();
  await expect(status.getByRole('group')).toHaveAccessibleDescription(/alleen bekijken/);
  await expect(page.getByRole('button', { name: 'Notitie toevoegen' })).toBeDisabled();
  await expect(page.getByText(HIDDEN)).toBeVisible();
  await page.getByRole('button', { name: 'Deze zaak op mij nemen' }).click();
  await expect(page.getByRole('region', { name: 'Toewijzing' }).getByRole('status')).toHaveText('U behandelt deze zaak nu.');
  await expect(page.getByText('U kunt deze zaak alleen bekijken', { exact: false })).toHaveCount(0);
  // The assigned counsellor sees identity and contact details.
  await expect(page.getByText(NAME)).toBeVisible();
  await expect(page.getByText(HIDDEN)).toHaveCount(0);

  // A note, edited, with both versions in its history.
  const notes = page.getByRole('region', { name: 'Notities' });
  await notes.getByLabel('Nieuwe notitie').fill('Eerste gesprek gepland.\nBellen na 18:00.');
  await notes.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(notes.getByRole('status').filter({ hasText: 'toegevoegd' })).toHaveText('De notitie is toegevoegd.');
  const note = notes.getByRole('listitem').first();
  await expect(note).toContainText('Eerste gesprek gepland.');
  await expect(note).toContainText(COUNSELLOR.username);
  await note.getByRole('button', { name: 'Bewerken' }).click();
  const editor = note.getByLabel('Notitie bewerken');
  await expect(editor).toBeFocused();
  await editor.fill('Eerste gesprek gehouden; melder is veilig.');
  await note.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(note.getByRole('status')).toHaveText('De notitie is gewijzigd. De vorige versie blijft bewaard.');
  await expect(note.getByRole('button', { name: 'Bewerken' })).toBeFocused();
  await expect(note).toContainText('Eerste gesprek gehouden; melder is veilig.');
  await note.getByRole('button', { name: 'Geschiedenis (2 versies)' }).click();
  const history = note.getByRole('list', { name: 'Versies van de notitie, nieuwste eerst' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').nth(0)).toContainText('Versie 2');
  await expect(history.getByRole('listitem').nth(0)).toContainText('melder is veilig');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Versie 1');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Bellen na 18:00.');

  // Status: only the allowed transitions; closing needs a reason; reopening.
  const to = status.getByLabel('Nieuwe status');
  const change = status.getByRole('button', { name: 'Status wijzigen' });
  await expect(to.getByRole('option')).toHaveText(['Triage', 'Gesloten']);
  await to.selectOption({ label: 'Triage' });
  await change.click();
  await expect(status.getByRole('status')).toHaveText('De status is nu: Triage.');
  await expect(to.getByRole('option')).toHaveText(['Open', 'Gesloten']);
  await to.selectOption({ label: 'Open' });
  await change.click();
  await expect(status.getByRole('status')).toHaveText('De status is nu: Open.');
  await to.selectOption({ label: 'Gesloten' });
  await change.click();
  await expect(status.getByRole('alert')).toHaveText('Kies een reden om de zaak te sluiten.');
  await expect(status.getByLabel('Reden van sluiten')).toHaveAccessibleDescription('Kies een reden om de zaak te sluiten.');
  await status.getByLabel('Reden van sluiten').selectOption({ label: 'Opgelost' });
  await change.click();
  await expect(status.getByRole('status')).toHaveText('De status is nu: Gesloten.');
  await expect(page.locator('.case-header')).toContainText('Opgelost');
  await status.getByRole('button', { name: 'Zaak heropenen' }).click();
  await expect(status.getByRole('status')).toHaveText('De zaak is heropend.');
  await expect(page.locator('.case-header')).toContainText('Open');
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline).toContainText('Status gewijzigd van Nieuw naar Triage');
  await expect(timeline).toContainText('Zaak gesloten (was Open), reden: Opgelost');
  await expect(timeline).toContainText('Zaak heropend');
  await expect(timeline).toContainText('Notitie bewerkt');

  // A contact and a task.
  const contacts = page.getByRole('region', { name: 'Contactmomenten' });
  await contacts.getByLabel('Resultaat').selectOption({ label: 'Bericht achtergelaten' });
  await contacts.getByLabel('Samenvatting').fill('Voicemail ingesproken.');
  await contacts.getByRole('button', { name: 'Contactmoment opslaan' }).click();
  await expect(contacts.getByRole('table', { name: '1 contactmoment, nieuwste eerst' })).toContainText('Bericht achtergelaten');
  const tasks = page.getByRole('region', { name: 'Taken' });
  await tasks.getByLabel('Taak', { exact: true }).fill('Doorverwijzing naar advocaat voorbereiden');
  await tasks.getByLabel('Uiterlijk op (niet verplicht)').fill('2020-01-15');
  const forWhom = tasks.getByLabel('Voor', { exact: true });
  await expect(forWhom.getByRole('option').first()).toHaveText('Niemand in het bijzonder');
  const counsellorName = ((await forWhom.getByRole('option').nth(1).textContent()) ?? '').replace(/ \(.*\)$/, '');
  await forWhom.selectOption({ index: 1 });
  await tasks.getByRole('button', { name: 'Taak toevoegen' }).click();
  const task = tasks.getByRole('checkbox', { name: 'Doorverwijzing naar advocaat voorbereiden' });
  await expect(task).not.toBeChecked();
  await expect(task).toHaveAccessibleDescription(/Te laat/);
  await expect(task).toHaveAccessibleDescription(new RegExp(`Voor ${counsellorName}\\.`));
  await expect(forWhom).toHaveValue('');
  await task.check();
  await expect(task).toBeChecked();
  await expect(tasks).toContainText('0 van 1 open');
  await task.uncheck();
  await expect(tasks).toContainText('1 van 1 open');
  await expectNoSeriousViolations(page, 'case page, assigned counsellor');

  // Main refuses what the page no longer allows (the case moved on elsewhere): said by code.
  const mine = await caseIdOf(baken, PLAIN);
  await baken.invoke('cases.setStatus', { caseId: mine, status: 'waiting', closingReason: null });
  await to.selectOption({ label: 'Wachtend' });
  await change.click();
  await expect(status.getByRole('alert')).toHaveText(ERROR_MESSAGES['transition-not-allowed'].nl);

  // Someone else's case: everything read-only, identity hidden.
  await gotoRoute(page, `cases/${othersCase}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Zaak VL-/ })).toBeVisible();
  await expect(page.getByText('U kunt deze zaak alleen bekijken: hij is niet aan u toegewezen.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Notitie toevoegen' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Deze zaak op mij nemen' })).toHaveCount(0);
  await expect(page.getByText(HIDDEN)).toBeVisible();
  await expectNoSeriousViolations(page, 'case page, read-only');
});
