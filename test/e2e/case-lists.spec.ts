// The case lists and the coordinators' overview on 130 cases: a hundred at a time with only the
// rows near the screen rendered, urgent first, filters, saved filters, sorting; the overview's
// counts, charts and their tables. No CSP violation on the way (charts and lists included).
import { expectNoSeriousViolations } from './axe';
import { caseIdOf, caseworkVault, importReports, type ReportSpec } from './casework';
import { COUNSELLOR, expect, test } from './harness';
import type { PageGlobals } from './page-globals';

const COUNT = 130;

type Page = Parameters<typeof expectNoSeriousViolations>[0];

/** CSP violations of the app so far; axe-core itself compiles templates with new Function, so
 * the record is emptied after each axe run. */
async function expectNoCspViolation(page: Page): Promise<void> {
  const violations = await page.evaluate(() => (globalThis as unknown as PageGlobals).__violations ?? []);
  expect(violations).toEqual([]);
}

async function axe(page: Page, screen: string): Promise<void> {
  await expectNoCspViolation(page);
  await expectNoSeriousViolations(page, screen);
  await page.evaluate(() => (globalThis as unknown as PageGlobals).__violations?.splice(0));
}

function spec(i: number): ReportSpec {
  return {
    summary: `Melding ${i + 1}`,
    urgent: i < 3,
    categories: i % 3 === 0 ? ['digital'] : ['intimidation'],
    country: i % 2 === 0 ? 'TR' : 'CN',
    daysAgo: (i % 40) + 1,
  };
}

test('lists, filters, saved filters, sorting and the overview on 130 cases', async ({ baken }) => {
  test.setTimeout(60_000);
  const { page } = baken;
  const c = await caseworkVault(baken);
  await importReports(baken, c, Array.from({ length: COUNT }, (_, i) => spec(i)));
  for (const n of [4, 5, 6, 7, 8]) await baken.invoke('cases.assign', { caseId: await caseIdOf(baken, `Melding ${n}`), assigneeId: c.counsellorId });
  await baken.invoke('cases.setFollowUp', { caseId: await caseIdOf(baken, 'Melding 10'), on: '2026-01-01' });
  await page.addInitScript(() => {
    const w = globalThis as unknown as PageGlobals;
    const violations: NonNullable<PageGlobals['__violations']> = [];
    w.__violations = violations;
    w.document.addEventListener('securitypolicyviolation', (e) => violations.push({ effectiveDirective: e.effectiveDirective, blockedURI: e.blockedURI }));
  });
  await baken.open();

  // The Inbox page: the first 25 of the new, unassigned cases.
  await expect(page.getByRole('table', { name: `Meldingen 1 tot en met 25 van ${COUNT - 5}, urgente eerst` })).toBeVisible();

  // Cases opens on the overview for a coordinator.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeFocused();
  const figures = page.locator('.key-figures');
  await expect(figures.getByText('Open zaken', { exact: true }).locator('xpath=..')).toContainText(String(COUNT));
  await expect(figures.getByText('Open zaken zonder consulent').locator('xpath=..')).toContainText(String(COUNT - 5));
  await expect(figures.getByText('Opvolgingen te laat').locator('xpath=..')).toContainText('1');
  const workload = page.getByRole('table', { name: '2 consulenten, drukste eerst' });
  await expect(workload.getByRole('row', { name: new RegExp(COUNSELLOR.displayName) })).toHaveText(`${COUNSELLOR.displayName}50`);
  // Every chart has its numbers as a table, in the accessibility tree even while hidden.
  const byStatus = page.getByRole('table', { name: 'Zaken per status' });
  await expect(byStatus.getByRole('row', { name: /Nieuw/ })).toContainText(String(COUNT));
  await expect(page.getByRole('table', { name: 'Zaken per categorie' }).getByRole('row', { name: /Digitaal/ })).toContainText('44');
  await expect(page.getByRole('table', { name: 'Zaken per land' }).getByRole('row', { name: /\(TR\)/ })).toContainText('65');
  const perWeek = page.getByRole('table', { name: /^Nieuwe meldingen per week/ });
  await expect(perWeek.getByRole('row')).toHaveCount(13);
  await expect(page.getByRole('img', { name: /^Staafdiagram: Zaken per status/ })).toBeVisible();
  await expect(page.locator('.chart__plot svg').first()).toBeVisible();
  const showTable = page.getByRole('region', { name: 'Zaken per status' }).getByRole('button', { name: 'Cijfers als tabel tonen' });
  await showTable.click();
  await expect(showTable).toHaveAttribute('aria-pressed', 'true');
  await expect(byStatus).toBeVisible();
  await axe(page, 'dashboard');

  // All cases: the first hundred, urgent first, only the rows near the screen in the page.
  const casesNav = page.getByRole('navigation', { name: 'Zaken' });
  await casesNav.getByRole('link', { name: 'Alle zaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alle zaken' })).toBeFocused();
  let table = page.getByRole('table', { name: `Zaken: 100 van ${COUNT} getoond` });
  await expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  const rendered = table.locator('tbody tr[aria-rowindex]');
  await expect(rendered.first()).toContainText('Urgent');
  expect(await rendered.count()).toBeLessThan(60);
  await page.getByRole('button', { name: 'Volgende 30 zaken laden' }).click();
  table = page.getByRole('table', { name: `Zaken: ${COUNT} van ${COUNT} getoond` });
  await expect(table).toBeVisible();
  await expect(page.getByRole('button', { name: /Volgende \d+ zaken laden/ })).toHaveCount(0);
  await page.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 1e7));
  await expect(table.locator(`tr[aria-rowindex="${COUNT + 1}"]`)).toBeVisible();
  await expect(table.locator('tr[aria-rowindex="2"]')).toHaveCount(0);
  await page.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 0));
  await axe(page, 'all cases');

  // Filters: category and country; a wrong country code is explained.
  const filterToggle = page.getByRole('button', { name: 'Filters', exact: true });
  await filterToggle.click();
  await expect(filterToggle).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Categorie').selectOption({ label: 'Digitaal' });
  const country = page.getByLabel('Land (landcode)');
  await country.fill('1X');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Vul een landcode van twee letters in, bijvoorbeeld TR.');
  await expect(country).toHaveAccessibleDescription(/Twee letters.*Vul een landcode/);
  await country.fill('tr');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.getByRole('table', { name: 'Zaken: 22 van 22 getoond' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filters (2 actief)' })).toBeVisible();
  await axe(page, 'all cases with the filter open');

  // Save it, clear, apply it again, delete it.
  const saved = page.getByRole('region', { name: 'Opgeslagen filters' });
  await saved.getByLabel('Naam voor dit filter').fill('Digitaal in Turkije');
  await saved.getByRole('button', { name: 'Huidig filter opslaan' }).click();
  await expect(saved.getByRole('status')).toHaveText('Filter Digitaal in Turkije is opgeslagen.');
  await expect(saved.getByRole('listitem')).toContainText('Digitaal in Turkije (Alle zaken)');
  await page.getByRole('button', { name: 'Filter wissen' }).click();
  await expect(page.getByRole('table', { name: `Zaken: 100 van ${COUNT} getoond` })).toBeVisible();
  await expect(page.getByLabel('Categorie')).toHaveValue('');
  await saved.getByRole('button', { name: 'Filter Digitaal in Turkije toepassen' }).click();
  await expect(page.getByRole('table', { name: 'Zaken: 22 van 22 getoond' })).toBeVisible();
  await expect(page.getByLabel('Categorie')).toHaveValue('digital');
  await expect(page.getByLabel('Land (landcode)')).toHaveValue('TR');
  await saved.getByRole('button', { name: 'Filter Digitaal in Turkije verwijderen' }).click();
  await expect(saved).toContainText('U hebt nog geen filters opgeslagen.');

  // Unassigned with an overdue follow-up; a counsellor's cases; a status with none.
  await page.getByRole('button', { name: 'Filter wissen' }).click();
  await page.getByLabel('Toegewezen aan').selectOption({ label: 'Niet toegewezen' });
  await page.getByLabel('Opvolging', { exact: true }).selectOption({ label: 'Te laat' });
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  const overdue = page.getByRole('table', { name: 'Zaken: 1 van 1 getoond' });
  await expect(overdue).toContainText('Melding 10');
  await expect(overdue).toContainText('Te laat');
  await page.getByLabel('Opvolging', { exact: true }).selectOption({ label: 'Alle' });
  await page.getByLabel('Toegewezen aan').selectOption({ label: COUNSELLOR.displayName });
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.getByRole('table', { name: 'Zaken: 5 van 5 getoond' })).toBeVisible();
  await page.getByLabel('Toegewezen aan').selectOption({ label: 'Alle' });
  await page.getByRole('group', { name: 'Status' }).getByLabel('Gesloten').check();
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.getByText('Geen zaken gevonden.')).toBeVisible();
  await page.getByRole('button', { name: 'Filter wissen' }).click();

  // Sorting by number; the Inbox view has the unassigned ones only.
  await page.getByLabel('Sorteren op').selectOption({ label: 'Zaaknummer' });
  await expect(page.getByRole('table', { name: `Zaken: 100 van ${COUNT} getoond` }).locator('tbody tr[aria-rowindex="2"] th')).toHaveText(
    /^VL-\d{4}-000001$/,
  );
  await casesNav.getByRole('link', { name: 'Inbox' }).click();
  await expect(page.getByRole('table', { name: `Zaken: 100 van ${COUNT - 5} getoond` })).toBeVisible();
  await axe(page, 'inbox view');
  await casesNav.getByRole('link', { name: 'Mijn zaken' }).click();
  await expect(page.getByText('Geen zaken gevonden.')).toBeVisible();

  await expectNoCspViolation(page);
});
