// Key management in the browser: an admin rotates the workstation identities (the old ones stay,
// retired, and one is destroyed after a confirmation), then re-keys the vault with their passphrase
// and goes on working in the same session; the audit chain verifies under the new key.
import { expectNoSeriousViolations } from './axe';
import { ADMIN, expect, test } from './harness';

test('admin: rotate the workstation identities, destroy a retired one, re-key the vault', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.open();

  await page.getByRole('tab', { name: 'Ontvangers van deze werkplek' }).click();
  const table = page.getByRole('table', { name: 'Werkplek-identiteiten' });
  await expect(table.getByRole('row')).toHaveCount(3);
  const before = await page.locator('#recipient-x25519-value').textContent();
  await page.getByRole('button', { name: 'Nieuwe identiteiten maken' }).click();
  await page.getByRole('button', { name: 'Ja, nieuwe identiteiten maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nieuwe identiteiten gemaakt' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row').filter({ hasText: 'Uitgefaseerd op' })).toHaveCount(2);
  await expect(page.locator('#recipient-x25519-value')).not.toHaveText(before ?? '');
  await expectNoSeriousViolations(page, 'admin recipients tab with identities');

  await table.getByRole('row').filter({ hasText: 'Uitgefaseerd op' }).first().getByRole('button', { name: 'Vernietigen' }).click();
  await expect(page.getByText('Deze identiteit vernietigen?')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, vernietigen' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);

  await page.getByRole('tab', { name: 'Kluissleutel' }).click();
  await page.getByLabel('Uw wachtwoordzin, ter bevestiging').fill('dit is niet de wachtwoordzin');
  await page.getByRole('button', { name: 'Nieuwe hoofdsleutel maken' }).click();
  await expect(page.getByRole('alert')).toHaveText('Gebruikersnaam of wachtwoordzin klopt niet.');
  await page.getByLabel('Uw wachtwoordzin, ter bevestiging').fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Nieuwe hoofdsleutel maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'staan nu onder de nieuwe sleutel' })).toBeVisible();
  await expectNoSeriousViolations(page, 'admin vault key tab');

  // The same session goes on, under the new key.
  await page.getByRole('tab', { name: 'Auditlog' }).click();
  await expect(page.getByRole('cell', { name: 'vault.rekey' }).first()).toBeVisible();
  const verification = await baken.invoke('audit.verify', {});
  expect(verification).toMatchObject({ ok: true });
});
