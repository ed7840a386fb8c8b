// Related cases: link and unlink by number, merge another case into this one (after a question),
// the merged case pointing here, and splitting its report back out.
import { caseIdOf, caseworkVault, gotoRoute, importReports } from './casework';
import { expect, test } from './harness';

test('link, unlink, merge and split back out', async ({ baken }) => {
  const { page } = baken;
  const c = await caseworkVault(baken);
  await importReports(baken, c, [{ summary: 'Eerste melding' }, { summary: 'Tweede melding', daysAgo: 2 }]);
  const first = await caseIdOf(baken, 'Eerste melding');
  const second = await caseIdOf(baken, 'Tweede melding');
  const other = (await baken.invoke('cases.get', { caseId: second })).number;
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await gotoRoute(page, `cases/${first}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Zaak VL-/ })).toBeFocused();
  const links = page.getByRole('region', { name: 'Gekoppelde zaken' });

  // A wrong number is explained; a right one links.
  await links.getByLabel('Zaaknummer', { exact: true }).fill('VL-12');
  await links.getByRole('button', { name: 'Koppelen' }).click();
  await expect(links.getByRole('alert')).toHaveText('Vul een zaaknummer in zoals VL-2026-000012.');
  await links.getByLabel('Zaaknummer', { exact: true }).fill(other.toLowerCase());
  await links.getByRole('button', { name: 'Koppelen' }).click();
  await expect(links.getByRole('link', { name: other })).toBeVisible();
  await links.getByRole('button', { name: `Ontkoppelen van ${other}` }).click();
  await expect(links.getByRole('link', { name: other })).toHaveCount(0);
  await expect(links.getByLabel('Zaaknummer', { exact: true })).toBeFocused();

  // Merge, after the question.
  const merge = page.getByRole('region', { name: 'Zaak samenvoegen in deze zaak' });
  await merge.getByLabel('Zaaknummer van de andere zaak').fill(other);
  await merge.getByRole('button', { name: 'Samenvoegen…' }).click();
  await expect(merge.getByRole('group')).toContainText(`Zaak ${other} samenvoegen in`);
  await expect(merge.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await merge.getByRole('button', { name: 'Ja, samenvoegen' }).click();
  await expect(merge.getByRole('status')).toContainText(`Zaak ${other} is samengevoegd in`);
  await expect(page.getByRole('heading', { level: 2, name: 'Meldingen (2)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText(`Zaak ${other} is samengevoegd in deze zaak`);

  // The merged case points here and cannot be changed.
  await gotoRoute(page, `cases/${second}`);
  await expect(page.getByText('Deze zaak is samengevoegd', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Notitie toevoegen' })).toBeDisabled();
  await page.getByRole('link', { name: /^VL-/ }).filter({ hasNotText: other }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Meldingen (2)' })).toBeVisible();

  // Split the merged report back out.
  const report = page.getByRole('article').filter({ hasText: 'Tweede melding' });
  await report.getByRole('button', { name: 'Terugzetten naar de eigen zaak' }).click();
  await report.getByRole('button', { name: 'Ja, terugzetten' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Melding', exact: true })).toBeFocused();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText(`Melding teruggezet naar zaak ${other}`);
  const back = await baken.invoke('cases.get', { caseId: second });
  expect(back.mergedInto).toBeNull();
  expect(back.reports).toHaveLength(1);
});
