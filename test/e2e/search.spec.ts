// Search from the cases section: the box goes to the results page; hits link to their case, with
// the matched words marked in a snippet shown as text.
import { expectNoSeriousViolations } from './axe';
import { caseIdOf, caseworkVault, importReports } from './casework';
import { expect, test } from './harness';

test('search: hits with marked words, each linked to its case', async ({ baken }) => {
  const { page } = baken;
  const c = await caseworkVault(baken);
  await importReports(baken, c, [
    { summary: 'Tehdit telefonla', narrative: 'Konsolosluktan biri aradı ve ailemin gözaltına alınacağını söyledi.' },
    { summary: 'Başka bir vaka', narrative: 'Sosyal medyada takip ediliyorum.' },
  ]);
  const id = await caseIdOf(baken, 'Tehdit telefonla');
  const { number } = await baken.invoke('cases.get', { caseId: id });
  await baken.open();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }).click();
  const box = page.getByRole('search', { name: 'Zoeken in zaken' });
  await box.getByRole('searchbox', { name: 'Zoekterm' }).fill('gözaltına');
  await box.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoeken: gözaltına' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'resultaat' })).toHaveText('1 resultaat voor “gözaltına”.');
  const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: number }) });
  await expect(hit.locator('mark')).toHaveText(['gözaltına']);
  await expect(hit.locator('.snippet')).toHaveAttribute('dir', 'auto');
  await expect(hit).toContainText('Verhaal van een melding');
  await expectNoSeriousViolations(page, 'search results');
  await hit.getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Zaak ${number}` })).toBeFocused();

  // Nothing found says so.
  await page.getByRole('searchbox', { name: 'Zoekterm' }).fill('onvindbaarwoord');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Niets gevonden' })).toHaveText('Niets gevonden voor “onvindbaarwoord”.');
});
