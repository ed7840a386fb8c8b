// axe-core on each screen: no violations of impact 'serious' or 'critical'.
// The inbox with import results and the admin tabs of the intake (trust store, import folders,
// quarantine) are checked with content in inbox.spec.ts and intake-admin.spec.ts.
import { ERROR_MESSAGES } from '../../core/errors';
import { expectNoSeriousViolations } from './axe';
import { ADMIN, expect, test } from './harness';

test('wizard: both steps', async ({ baken }) => {
  const { page } = baken;
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kluis aanmaken' })).toBeVisible();
  await expectNoSeriousViolations(page, 'wizard');

  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'wizard with error');

  await page.getByLabel('Gebruikersnaam van de beheerder').fill(ADMIN.username);
  await page.getByLabel('Volledige naam').fill(ADMIN.displayName);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(ADMIN.passphrase);
  await page.getByLabel('Herhaal de wachtwoordzin').fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'De kluis is aangemaakt' })).toBeVisible();
  await expectNoSeriousViolations(page, 'recipients step');
});

test('unlock screen, with a lock notice and an error', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  baken.dispatcher.sessions.lock('idle');
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Baken ontgrendelen' })).toBeVisible();
  await expectNoSeriousViolations(page, 'unlock');

  await page.getByLabel('Gebruikersnaam').fill(ADMIN.username);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill('verkeerde wachtwoordzin');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['wrong-credentials'].nl);
  await expectNoSeriousViolations(page, 'unlock with error');
});

test('inbox and the other sections', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.invoke('users.setRoles', { userId: 1, roles: ['counsellor', 'reviewer', 'coordinator', 'admin'] });
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await expect(page.getByText('Uw inbox is leeg.')).toBeVisible();
  await expect(page.getByText('Plaats een USB-stick met bundels')).toBeVisible();
  await expectNoSeriousViolations(page, 'inbox');

  await page.getByRole('link', { name: 'Beoordeling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beoordeling' })).toBeFocused();
  await expectNoSeriousViolations(page, 'placeholder');

  await page.getByRole('link', { name: 'Mijn wachtwoordzin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn wachtwoordzin wijzigen' })).toBeVisible();
  await expectNoSeriousViolations(page, 'change passphrase');
});

test('admin page: every tab', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: `Beheren ${ADMIN.username}` }).click();
  await expect(page.getByRole('heading', { level: 3, name: /beheren/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'admin: users');

  // Keyboard: arrow keys move between the tabs.
  await page.getByRole('tab', { name: 'Gebruikers' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Auditlog' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Auditlog' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(page.getByText('De keten is intact', { exact: false })).toBeVisible();
  await expectNoSeriousViolations(page, 'admin: audit');

  await page.keyboard.press('End');
  await page.getByRole('tab', { name: 'Instellingen' }).click();
  await expect(page.getByLabel('Automatisch vergrendelen na (minuten)')).toBeVisible();
  await expectNoSeriousViolations(page, 'admin: settings');

  await page.getByRole('tab', { name: 'Ontvangers van deze werkplek' }).click();
  await expect(page.locator('#recipient-pq-value')).toHaveText(/^age1pq1/);
  await expect(page.getByRole('table', { name: 'Werkplek-identiteiten' })).toBeVisible();
  await expectNoSeriousViolations(page, 'admin: recipients');

  // The intake tabs, still empty.
  await page.getByRole('tab', { name: 'Vertrouwde intakesleutels' }).click();
  await expect(page.getByText('Er zijn nog geen sleutels.', { exact: false })).toBeVisible();
  await page.getByRole('tab', { name: 'Importmappen' }).click();
  await expect(page.getByText('Er zijn nog geen importmappen.')).toBeVisible();
  await page.getByRole('tab', { name: 'Quarantaine' }).click();
  await expect(page.getByText('Er staan geen geweigerde bundels in quarantaine.')).toBeVisible();
  await expectNoSeriousViolations(page, 'admin: quarantine, empty');
});

test('keyboard only: skip link, unlock and navigation', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.invoke('users.setRoles', { userId: 1, roles: ['coordinator', 'admin'] });
  baken.dispatcher.sessions.lock('manual');
  await baken.open();
  await expect(page.getByLabel('Gebruikersnaam')).toBeFocused();
  await page.keyboard.type(ADMIN.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADMIN.passphrase);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeFocused();

  // From the top: the skip link comes before the header and jumps to the content.
  await page.getByRole('banner').getByText('Baken', { exact: true }).click();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The navigation works by keyboard.
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await nav.getByRole('link', { name: 'Beheer' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Gebruikers' })).toBeFocused();
});
