// Renders every main page of a demo vault (made-up reports) and writes PNGs to docs/screenshots/.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DEMO_USERS, seedDemoVault } from '../../main/demo/seed-demo';
import { expect, test } from '../e2e/harness';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

async function unlockAs(page: Page, username: string): Promise<void> {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  await page.getByLabel('Gebruikersnaam').fill(user.username);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(user.passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
}

async function shot(page: Page, route: string, name: string, ready: () => Promise<void>): Promise<void> {
  await page.evaluate((r) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = r;
  }, `#/${route}`);
  await ready();
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });
}

test('screenshots of the main pages', async ({ baken }) => {
  await seedDemoVault(dirname(baken.vaultDir), { reports: 60, now: baken.clock.now() });
  const { page } = baken;
  await baken.open();
  await expect(page.getByRole('heading', { name: 'Baken ontgrendelen' })).toBeVisible();
  await page.screenshot({ path: join(OUT, '01-unlock.png') });

  await unlockAs(page, 'coordinator');
  await shot(page, 'cases/dashboard', '02-dashboard', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible());
  await shot(page, 'inbox', '03-inbox', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible());
  await shot(page, 'cases/all', '04-all-cases', () => expect(page.getByRole('link', { name: /^VL-/ }).first()).toBeVisible());
  await page.getByRole('link', { name: /^VL-/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /VL-/ })).toBeVisible();
  await page.screenshot({ path: join(OUT, '05-case.png'), fullPage: false });
  await shot(page, 'search?q=consulaat', '06-search', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible());

  await page.getByRole('button', { name: /Vergrendel/ }).click();
  await unlockAs(page, 'beoordelaar');
  await shot(page, 'review', '08-review-queue', () => expect(page.getByRole('table')).toBeVisible());
  // A report in Latin script: the machine that renders these may have no CJK or Arabic fonts.
  await page.getByRole('table').getByRole('row').filter({ hasText: /\b[A-Za-z]{5,} [a-z]{3,} [a-z]{3,}/ }).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Beoordeling/ })).toBeVisible();
  await page.screenshot({ path: join(OUT, '09-review.png'), fullPage: false });

  await page.getByRole('button', { name: /Vergrendel/ }).click();
  await unlockAs(page, 'beheer');
  await shot(page, 'admin', '07-admin', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible());
});
