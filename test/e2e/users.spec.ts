// User administration and roles: the admin creates a counsellor, who must choose their own
// passphrase at first unlock and then sees only the counsellor's sections.
import { ERROR_MESSAGES } from '../../core/errors';
import { ADMIN, COUNSELLOR, expect, test } from './harness';

test('admin creates a counsellor, who changes passphrase and sees no admin', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.open();
  await expect(page.getByRole('tab', { name: 'Gebruikers', selected: true })).toBeVisible();
  const users = page.getByRole('table', { name: /gebruiker/ });
  await expect(users.getByRole('row')).toHaveCount(2);

  // A mistake first: no role chosen.
  const form = page.getByRole('region', { name: 'Nieuwe gebruiker' });
  await form.getByLabel('Gebruikersnaam').fill(COUNSELLOR.username);
  await form.getByLabel('Volledige naam').fill(COUNSELLOR.displayName);
  await form.getByLabel('Eerste wachtwoordzin').fill(COUNSELLOR.initial);
  await form.getByLabel('Herhaal de wachtwoordzin').fill(COUNSELLOR.initial);
  await form.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  await expect(form.getByRole('alert')).toHaveText(ERROR_MESSAGES['roles-required'].nl);
  await expect(form.getByRole('group', { name: 'Rollen' })).toHaveAccessibleDescription(ERROR_MESSAGES['roles-required'].nl);

  await form.getByLabel('Consulent').check();
  await form.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'is aangemaakt' })).toContainText(
    `Gebruiker ${COUNSELLOR.username} is aangemaakt.`,
  );
  await expect(users.getByRole('row')).toHaveCount(3);
  const row = users.getByRole('row', { name: new RegExp(COUNSELLOR.username) });
  await expect(row).toContainText(COUNSELLOR.displayName);
  await expect(row).toContainText('Consulent');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Ja'); // must change passphrase
  await expect(row.getByRole('cell').nth(4)).toHaveText('Nog nooit');

  // The same name again is refused with its own message.
  await form.getByLabel('Gebruikersnaam').fill(COUNSELLOR.username);
  await form.getByLabel('Volledige naam').fill('Iemand Anders');
  await form.getByLabel('Consulent').check();
  await form.getByLabel('Eerste wachtwoordzin').fill(COUNSELLOR.initial);
  await form.getByLabel('Herhaal de wachtwoordzin').fill(COUNSELLOR.initial);
  await form.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  await expect(form.getByRole('alert')).toHaveText(ERROR_MESSAGES['user-exists'].nl);
  await expect(form.getByLabel('Gebruikersnaam')).toHaveAccessibleDescription(/Er bestaat al een gebruiker/);

  // Lock; the counsellor unlocks and must choose a passphrase first.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await page.getByLabel('Gebruikersnaam').fill(COUNSELLOR.username);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(COUNSELLOR.initial);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kies een nieuwe wachtwoordzin' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);

  await page.getByLabel('Huidige wachtwoordzin').fill(COUNSELLOR.initial);
  await page.getByLabel('Nieuwe wachtwoordzin', { exact: true }).fill(COUNSELLOR.initial);
  await page.getByLabel('Herhaal de nieuwe wachtwoordzin').fill(COUNSELLOR.initial);
  await page.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).click();
  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['passphrase-common'].nl);

  await page.getByLabel('Nieuwe wachtwoordzin', { exact: true }).fill(COUNSELLOR.own);
  await page.getByLabel('Herhaal de nieuwe wachtwoordzin').fill(COUNSELLOR.own);
  await page.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).click();

  // The counsellor's sections: Inbox, Cases, Referrals — and no Admin.
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await expect(page.getByText('Uw inbox is leeg.')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link')).toHaveText(['Inbox', 'Zaken', 'Doorverwijzingen']);
  await expect(nav.getByRole('link', { name: 'Beheer' })).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText(COUNSELLOR.displayName);
  await expect(page.getByRole('banner')).toContainText('Consulent');

  await nav.getByRole('link', { name: 'Zaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn zaken' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Zaken' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Doorverwijzingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Doorverwijzingen' })).toBeVisible();
  await expect(page.getByText('Er zijn nog geen doorverwijzingen.')).toBeVisible();

  // Typing the admin page's address does not show it; main refuses its calls anyway.
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/admin';
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  const refused = await page.evaluate(() =>
    (globalThis as unknown as { baken: { invoke(c: string, i: unknown): Promise<unknown> } }).baken.invoke('users.list', {}),
  );
  expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: ERROR_MESSAGES.forbidden.en } });

  // The new passphrase works, the admin-set one does not.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await page.getByLabel('Gebruikersnaam').fill(COUNSELLOR.username);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(COUNSELLOR.initial);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['wrong-credentials'].nl);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(COUNSELLOR.own);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
});

test('admin changes roles, resets a passphrase and deactivates a user', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.invoke('users.create', {
    username: COUNSELLOR.username,
    displayName: COUNSELLOR.displayName,
    roles: ['counsellor'],
    passphrase: COUNSELLOR.initial,
    passphraseRepeat: COUNSELLOR.initial,
  });
  await baken.open();
  const users = page.getByRole('table', { name: /gebruiker/ });

  // The last admin cannot lose the admin role.
  await users.getByRole('button', { name: `Beheren ${ADMIN.username}` }).click();
  const detail = page.getByRole('region', { name: `${ADMIN.displayName} (${ADMIN.username}) beheren` });
  await expect(detail.getByRole('heading', { level: 3 })).toBeFocused();
  await detail.getByLabel('Beheerder').uncheck();
  await detail.getByRole('button', { name: 'Rollen opslaan' }).click();
  await expect(detail.getByRole('alert')).toHaveText(ERROR_MESSAGES['roles-required'].nl);
  await detail.getByLabel('Coördinator').check();
  await detail.getByRole('button', { name: 'Rollen opslaan' }).click();
  await expect(detail.getByRole('alert')).toHaveText(ERROR_MESSAGES['last-admin'].nl);
  await detail.getByLabel('Beheerder').check();
  await detail.getByRole('button', { name: 'Rollen opslaan' }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText('De rollen zijn opgeslagen.');
  // Own roles changed: the header and the navigation follow.
  await expect(page.getByRole('banner')).toContainText('Coördinator en Beheerder');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link')).toHaveText([
    'Inbox',
    'Zaken',
    'Doorverwijzingen',
    'Rapportages',
    'Beheer',
  ]);
  // Admins cannot deactivate themselves.
  await detail.getByRole('button', { name: 'Account uitschakelen' }).click();
  await detail.getByRole('button', { name: 'Ja, uitschakelen' }).click();
  await expect(detail.getByRole('alert')).toHaveText(ERROR_MESSAGES.forbidden.nl);
  await detail.getByRole('button', { name: 'Sluiten' }).click();

  // Counsellor: add the reviewer role, reset the passphrase, deactivate.
  await users.getByRole('button', { name: `Beheren ${COUNSELLOR.username}` }).click();
  const other = page.getByRole('region', { name: `${COUNSELLOR.displayName} (${COUNSELLOR.username}) beheren` });
  await other.getByLabel('Beoordelaar').check();
  await other.getByRole('button', { name: 'Rollen opslaan' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText('De rollen zijn opgeslagen.');
  await expect(users.getByRole('row', { name: new RegExp(COUNSELLOR.username) })).toContainText('Consulent en Beoordelaar');

  await other.getByLabel('Nieuwe wachtwoordzin').fill('korte zin');
  await other.getByLabel('Herhaal de wachtwoordzin').fill('korte zin');
  await other.getByRole('button', { name: 'Wachtwoordzin instellen' }).click();
  await expect(other.getByRole('alert')).toHaveText(ERROR_MESSAGES['passphrase-too-short'].nl);
  await other.getByLabel('Nieuwe wachtwoordzin').fill('blauwe walvis zwemt langzaam');
  await other.getByLabel('Herhaal de wachtwoordzin').fill('blauwe walvis zwemt langzaam');
  await other.getByRole('button', { name: 'Wachtwoordzin instellen' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'ingesteld' })).toContainText('De wachtwoordzin is ingesteld.');

  await other.getByRole('button', { name: 'Account uitschakelen' }).click();
  await expect(other.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await other.getByRole('button', { name: 'Ja, uitschakelen' }).click();
  await expect(other.getByText('Dit account is uitgeschakeld.')).toBeVisible();
  await expect(users.getByRole('row', { name: new RegExp(COUNSELLOR.username) }).getByRole('cell').nth(2)).toHaveText('Nee');

  // A deactivated user cannot unlock.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await page.getByLabel('Gebruikersnaam').fill(COUNSELLOR.username);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill('blauwe walvis zwemt langzaam');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['wrong-credentials'].nl);
});
