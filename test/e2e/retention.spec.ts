// Retention in the browser: a coordinator sets a legal hold on a closed case (with a reason, on
// the timeline); time passes; the admin sets the periods (an audit period under a year is
// refused), previews what a purge would remove (the held case kept), purges after a confirmation
// and sees the counts and the last purge. The held case is still there; the other one is gone.
import { expectNoSeriousViolations } from './axe';
import { caseIdOf, caseworkVault, gotoRoute, importReports } from './casework';
import { ADMIN, type Baken, expect, test } from './harness';

const DAY = 86_400_000;
const GONE = 'Zaak om op te schonen';
const HELD = 'Zaak onder bewaarplicht';
const HOLD_REASON = 'Verzoek van het OM: lopend strafrechtelijk onderzoek.';

async function close(baken: Baken, caseId: number): Promise<void> {
  for (const status of ['triage', 'open'] as const) await baken.invoke('cases.setStatus', { caseId, status, closingReason: null });
  await baken.invoke('cases.setStatus', { caseId, status: 'closed', closingReason: 'resolved' });
}

test('legal hold on a case; admin: retention periods, preview, purge with confirmation, last purge', async ({ baken }) => {
  const { page } = baken;
  const c = await caseworkVault(baken); // ADMIN is coordinator and admin
  await importReports(baken, c, [{ summary: GONE }, { summary: HELD }]);
  const goneId = await caseIdOf(baken, GONE);
  const heldId = await caseIdOf(baken, HELD);
  await close(baken, goneId);
  await close(baken, heldId);
  await baken.open();

  // The legal hold, on the case page, with a reason of at least 10 characters.
  await gotoRoute(page, `cases/${heldId}`);
  const hold = page.getByRole('region', { name: 'Juridische bewaarplicht' });
  await expect(hold).toContainText('Op deze zaak rust geen bewaarplicht');
  await hold.getByLabel('Reden voor de bewaarplicht').fill('kort');
  await hold.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
  await expect(hold.getByRole('alert')).toHaveText('Geef een reden van minstens 10 tekens.');
  await expect(hold.getByLabel('Reden voor de bewaarplicht')).toHaveAccessibleDescription(/Geef een reden van minstens 10 tekens\./);
  await hold.getByLabel('Reden voor de bewaarplicht').fill(HOLD_REASON);
  await hold.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
  await expect(hold.getByRole('status')).toHaveText('De bewaarplicht is ingesteld.');
  await expect(hold).toContainText(`(ingesteld door ${ADMIN.username})`);
  await expect(hold).toContainText(`Reden: ${HOLD_REASON}`);
  await expect(hold.getByRole('button', { name: 'Bewaarplicht opheffen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText(`Juridische bewaarplicht ingesteld, reden: ${HOLD_REASON}`);
  await expectNoSeriousViolations(page, 'case page with a legal hold');

  // Forty days later, the admin sets the periods.
  baken.clock.advance(40 * DAY);
  await gotoRoute(page, 'admin');
  await page.getByRole('tab', { name: 'Bewaartermijnen' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Bewaartermijnen' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Bewaartermijnen' })).toBeVisible();
  const closed = panel.getByRole('group', { name: 'Gesloten zaken' });
  const audit = panel.getByRole('group', { name: 'Auditregels' });
  await expect(closed.getByLabel('Bewaren')).toHaveValue('forever');
  await closed.getByLabel('Bewaren').selectOption({ label: 'Een aantal dagen' });
  await closed.getByLabel('Aantal dagen').fill('30');
  await audit.getByLabel('Bewaren').selectOption({ label: 'Een aantal dagen' });
  await audit.getByLabel('Aantal dagen').fill('100');
  await panel.getByRole('button', { name: 'Termijnen opslaan' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Auditregels worden minstens 365 dagen (een jaar) bewaard, of voor altijd.');
  await expect(audit.getByLabel('Aantal dagen')).toHaveAttribute('aria-invalid', 'true');
  await audit.getByLabel('Bewaren').selectOption({ label: 'Een aantal jaren' });
  await audit.getByLabel('Aantal jaren (van 365 dagen)').fill('2');
  await panel.getByRole('button', { name: 'Termijnen opslaan' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText('De bewaartermijnen zijn opgeslagen.');
  expect((await baken.invoke('retention.get', {})).periods).toEqual({ closedCases: 30, fabricatedReports: null, quarantine: null, auditEntries: 730 });
  await expect(panel).toContainText('Er is nog niet opgeschoond.');
  await expect(panel).toContainText('1 zaak met een juridische bewaarplicht blijft bewaard, ook als de termijn voorbij is.');

  // The preview: the closed case without a hold and its report.
  await panel.getByRole('button', { name: 'Voorbeeld berekenen' }).click();
  const preview = panel.getByRole('table', { name: 'Zou nu worden verwijderd' });
  await expect(preview.getByRole('row')).toHaveText(['SoortAantal', 'Zaken1', 'Meldingen1', 'Bijlagen0', 'Quarantaineregels0', 'Auditregels0']);
  await expectNoSeriousViolations(page, 'admin retention tab with a preview');

  // Purging asks first; cancelling changes nothing.
  await panel.getByRole('button', { name: 'Nu opschonen…' }).click();
  const confirm = panel.getByRole('group', { name: 'Definitief verwijderen?' });
  await expect(confirm).toContainText('Dit kan niet ongedaan worden gemaakt');
  await expect(confirm.getByRole('button', { name: 'Ja, definitief verwijderen' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Nu opschonen…' })).toBeFocused();
  expect((await baken.invoke('cases.list', { view: 'all', limit: 50 })).rows).toHaveLength(2);

  await panel.getByRole('button', { name: 'Nu opschonen…' }).click();
  await expectNoSeriousViolations(page, 'admin retention tab, purge confirmation');
  await panel.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Opgeschoond' })).toHaveText(
    'Opgeschoond. Verwijderd: 1 zaak, 1 melding, 0 bijlagen, 0 quarantaineregels en 0 auditregels.',
  );
  const last = panel.getByRole('region', { name: 'Laatste opschoning' });
  await expect(last).toContainText(`door ${ADMIN.username}.`);
  await expect(last.getByRole('table', { name: 'Verwijderd bij de laatste opschoning' }).getByRole('cell')).toHaveText(['1', '1', '0', '0', '0']);

  // Only the held case is left; the chain verifies.
  const rows = (await baken.invoke('cases.list', { view: 'all', limit: 50 })).rows;
  expect(rows.map((r) => r.id)).toEqual([heldId]);
  expect((await baken.invoke('audit.verify', {})).ok).toBe(true);
});
