// First run to unlock: the wizard, the workstation recipients and their export, locking, and
// unlocking with a wrong and then the right passphrase, in Dutch and English.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ERROR_MESSAGES } from '../../core/errors';
import { ADMIN, APP_ORIGIN, expect, test } from './harness';

test('create the vault, export the recipients, lock and unlock', async ({ baken }) => {
  const { page } = baken;
  await baken.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  // Step 1: the admin account.
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kluis aanmaken' })).toBeVisible();
  await expect(page.getByText('Minstens 12 tekens.', { exact: false })).toBeVisible();
  await page.getByLabel('Gebruikersnaam van de beheerder').fill(ADMIN.username);
  await page.getByLabel('Volledige naam').fill(ADMIN.displayName);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(ADMIN.passphrase);
  await page.getByLabel('Herhaal de wachtwoordzin').fill('iets anders dan de eerste');
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['passphrase-mismatch'].nl);
  await expect(page.getByLabel('Herhaal de wachtwoordzin')).toHaveAccessibleDescription(ERROR_MESSAGES['passphrase-mismatch'].nl);

  // The show/hide box turns the passphrase fields into text and back.
  const passphrase = page.getByLabel('Wachtwoordzin', { exact: true });
  await expect(passphrase).toHaveAttribute('type', 'password');
  await page.getByLabel('Wachtwoordzinnen tonen').check();
  await expect(passphrase).toHaveAttribute('type', 'text');
  await page.getByLabel('Wachtwoordzinnen tonen').uncheck();

  await page.getByLabel('Herhaal de wachtwoordzin').fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();

  // Step 2: the two recipients, and their export to the stand-in USB stick.
  await expect(page.getByRole('heading', { level: 1, name: 'De kluis is aangemaakt' })).toBeVisible();
  const x25519 = page.getByText(/^age1[02-9ac-hj-np-z]{58}$/);
  const pq = page.getByText(/^age1pq1[02-9ac-hj-np-z]+$/);
  await expect(x25519).toBeVisible();
  await expect(pq).toBeVisible();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await page.getByRole('button', { name: 'Kopiëren X25519-ontvanger' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gekopieerd.' })).toHaveCount(1);
  const clipboard = () =>
    page.evaluate(() =>
      (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
    );
  expect(await clipboard()).toBe(await x25519.innerText());
  await page.getByRole('button', { name: /^Kopiëren Post-quantum-ontvanger/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gekopieerd.' })).toHaveCount(2);
  expect(await clipboard()).toBe(await pq.innerText());

  baken.exportDirectory = null;
  await page.getByRole('button', { name: 'Exporteren naar verwisselbaar medium' }).click();
  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['medium-unavailable'].nl);

  baken.exportDirectory = baken.usbDir;
  await page.getByRole('button', { name: 'Exporteren naar verwisselbaar medium' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'baken-workstation-recipients.txt' })).toContainText(baken.usbDir);
  const file = await readFile(join(baken.usbDir, 'baken-workstation-recipients.txt'), 'utf8');
  expect(file).toContain(await x25519.innerText());
  expect(file).toContain(await pq.innerText());

  await page.getByRole('button', { name: 'Verder naar Baken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(ADMIN.displayName);
  await expect(page.getByRole('banner')).toContainText('Beheerder');

  // Lock, then a wrong passphrase.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Baken ontgrendelen' })).toBeVisible();
  await expect(page.getByText('U hebt Baken vergrendeld.')).toBeVisible();
  await page.getByLabel('Gebruikersnaam').fill(ADMIN.username);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill('dit is niet de goede zin');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['wrong-credentials'].nl);
  await expect(page.getByLabel('Wachtwoordzin', { exact: true })).toHaveAccessibleDescription(
    ERROR_MESSAGES['wrong-credentials'].nl,
  );

  // The same error in English after switching language.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['wrong-credentials'].en);
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Baken' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('nog steeds niet de goede');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['wrong-credentials'].en);

  // The right passphrase: the admin's own language (Dutch) comes back.
  await page.getByLabel('Passphrase', { exact: true }).fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link')).toHaveText(['Beheer']);
});

test('the language chosen in the wizard is kept for the admin', async ({ baken }) => {
  const { page } = baken;
  await baken.open();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a new vault' })).toBeVisible();
  await page.getByLabel('Administrator’s user name').fill(ADMIN.username);
  await page.getByLabel('Full name').fill(ADMIN.displayName);
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Repeat the passphrase').fill('short');
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['passphrase-too-short'].en);
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Passphrase', { exact: true }).fill(ADMIN.passphrase);
  await page.getByLabel('Repeat the passphrase').fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The vault has been created' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to Baken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByLabel('User name').fill(ADMIN.username);
  await page.getByLabel('Passphrase', { exact: true }).fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
