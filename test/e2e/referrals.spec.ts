// Referrals in the browser: a coordinator adds a partner with an age recipient; a counsellor
// proposes a referral with the fields ticked one by one; the dashboard reminds the coordinator, who
// approves (four eyes); the package is written to a folder standing in for a USB stick, and the
// real `age -d` opens it: exactly the chosen fields. A case without consent says so.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ageDecryptOk, ageKeygen } from '../support/age-cli';
import { tarEntry, tarNames } from '../support/package-tools';
import { expectNoSeriousViolations } from './axe';
import { caseIdOf, caseworkVault, gotoRoute, importReports, signInAsCoordinator, signInAsCounsellor } from './casework';
import { expect, test } from './harness';

const CONSENTED = 'Bedreigd na demonstratie';
const REFUSED = 'Gevolgd bij de moskee';

test('propose → approve → send a referral to a USB stick; age -d opens exactly the chosen fields', async ({ baken }) => {
  const { page } = baken;
  const c = await caseworkVault(baken);
  await importReports(baken, c, [{ summary: CONSENTED, referralConsent: true }, { summary: REFUSED }]);
  const caseId = await caseIdOf(baken, CONSENTED);
  const refusedId = await caseIdOf(baken, REFUSED);
  for (const id of [caseId, refusedId]) await baken.invoke('cases.assign', { caseId: id, assigneeId: c.counsellorId });
  const keys = ageKeygen(await baken.folder('partner-keys'), 'partner');

  // The coordinator adds the partner in the directory (Referrals → Partner organisations).
  await baken.open();
  await gotoRoute(page, 'referrals');
  await page.getByRole('tab', { name: 'Partnerorganisaties' }).click();
  await expect(page.getByText('Er staan nog geen partnerorganisaties in de lijst.')).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill('Slachtofferhulp Utrecht');
  await page.getByLabel('Soort').selectOption({ label: 'Slachtofferhulp' });
  await page.getByLabel('Regio').fill('Utrecht');
  await page.getByLabel('age-ontvanger (optioneel)').fill('geen-sleutel');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Dit is geen age-ontvanger (die begint met age1).');
  await page.getByLabel('age-ontvanger (optioneel)').fill(keys.recipient);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  const directory = page.getByRole('table', { name: '1 partnerorganisatie' });
  await expect(directory.getByRole('row').nth(1)).toContainText('Slachtofferhulp Utrecht');
  await expect(directory.getByRole('row').nth(1)).toContainText('Versleuteld (age)');
  await expectNoSeriousViolations(page, 'partner directory');

  // The counsellor proposes: summary (ticked by default) and pseudonym; a letter.
  await signInAsCounsellor(baken);
  await baken.open();
  await gotoRoute(page, `cases/${caseId}`);
  const panel = page.getByRole('region', { name: 'Doorverwijzingen' });
  await expect(panel).toContainText('Deze zaak heeft nog geen doorverwijzingen.');
  await expect(panel.getByLabel('Samenvatting', { exact: true })).toBeChecked();
  await expect(panel.getByLabel('Naam (identificeert de melder)')).not.toBeChecked();
  await panel.getByLabel('Partnerorganisatie').selectOption({ label: 'Slachtofferhulp Utrecht — Slachtofferhulp, Utrecht' });
  await panel.getByRole('button', { name: 'Voorstellen' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Geef de reden van de doorverwijzing.');
  await panel.getByLabel('Reden van doorverwijzing').fill('Praktische hulp na bedreiging');
  await panel.getByLabel('Schuilnaam', { exact: true }).check();
  await panel.getByLabel('Brief', { exact: true }).fill('Geachte collega,\n\nGraag uw hulp voor deze melder.');
  await panel.getByRole('button', { name: 'Voorstellen' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Doorverwijzing voorgesteld' })).toBeVisible();
  const item = panel.getByRole('listitem').filter({ hasText: 'Slachtofferhulp Utrecht' });
  await expect(item.getByRole('heading')).toContainText('Voorgesteld');
  await expect(item).toContainText('Samenvatting, Schuilnaam');
  await expect(item).toContainText('Wacht op goedkeuring door een andere coördinator');
  await expect(item.getByRole('button', { name: 'Goedkeuren' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText('Doorverwijzing naar Slachtofferhulp Utrecht voorgesteld');
  await expectNoSeriousViolations(page, 'case page with a proposed referral');

  // Without consent the form says so, and a counsellor has no override.
  await gotoRoute(page, `cases/${refusedId}`);
  const refusedPanel = page.getByRole('region', { name: 'Doorverwijzingen' });
  await expect(refusedPanel).toContainText('De melder heeft geen toestemming gegeven voor doorverwijzing.');
  await expect(refusedPanel.getByLabel('Reden voor doorverwijzen zonder toestemming (noodvoorziening)')).toHaveCount(0);

  // The coordinator is reminded on the dashboard and approves on the case page.
  await signInAsCoordinator(baken);
  await baken.open();
  await gotoRoute(page, 'cases/dashboard');
  const reminders = page.getByRole('region', { name: 'Doorverwijzingen' });
  await expect(reminders.getByRole('table', { name: 'Wachten op goedkeuring: 1' })).toContainText('Slachtofferhulp Utrecht');
  await reminders.getByRole('link').first().click();
  const approving = page.getByRole('region', { name: 'Doorverwijzingen' }).getByRole('listitem').filter({ hasText: 'Slachtofferhulp Utrecht' });
  await approving.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(approving.getByRole('heading')).toContainText('Goedgekeurd');

  // Sending: the medium is missing first (a clear error), then present.
  baken.exportDirectory = null;
  await approving.getByRole('button', { name: 'Naar medium schrijven' }).click();
  await expect(approving.getByRole('alert')).toHaveText('Er is geen map of medium gekozen, of het is niet beschikbaar.');
  baken.exportDirectory = baken.usbDir;
  await approving.getByRole('button', { name: 'Naar medium schrijven' }).click();
  await expect(approving.getByRole('status').filter({ hasText: 'Geschreven en gecontroleerd' })).toContainText(baken.usbDir);
  await expect(approving.getByRole('heading')).toContainText('Verstuurd');
  await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText('Doorverwijzing naar Slachtofferhulp Utrecht versleuteld geschreven naar een medium');

  const files = readdirSync(baken.usbDir);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^verwijzing-VW-\d{4}-\d{6}\.tar\.age$/);
  const tar = ageDecryptOk(join(baken.usbDir, files[0] ?? ''), [keys.keyFile]);
  expect(tarNames(tar)).toEqual(['brief.pdf', 'gegevens.json']);
  const json = JSON.parse(tarEntry(tar, 'gegevens.json').toString('utf8')) as { fields: string[]; data: Record<string, unknown> };
  expect(json.fields).toEqual(['summary', 'pseudonym']);
  expect(json.data).toEqual({ summary: CONSENTED, pseudonym: 'Lavendel-42' });

  // The partner acknowledges; a next follow-up date.
  await approving.getByLabel('Volgende opvolgdatum').fill('2027-02-01');
  await approving.getByRole('button', { name: 'Partner heeft bevestigd' }).click();
  await expect(approving.getByRole('heading')).toContainText('Bevestigd');
  await expectNoSeriousViolations(page, 'case page with a sent referral');
});
