// The audit log page: entries newest first, paging, and the chain check.
import { ADMIN, expect, test } from './harness';

test('audit log shows entries and verifies the chain', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.open();
  await page.getByRole('tab', { name: 'Auditlog' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Auditlog' })).toBeVisible();

  const table = page.getByRole('table', { name: /nieuwste eerst/ });
  await expect(table).toHaveAccessibleName('Regels 1 tot en met 3 van 3, nieuwste eerst');
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText('session.login');
  await expect(rows.nth(2)).toContainText('user.create');
  await expect(rows.nth(3)).toContainText('vault.create');
  await expect(rows.nth(3)).toContainText(ADMIN.username);

  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'intact' })).toHaveText(
    'De keten is intact: 3 regels gecontroleerd.',
  );
  // The check itself is audited; the list reloads with it on top.
  await expect(rows.nth(1)).toContainText('audit.verify');
  await expect(page.getByRole('button', { name: 'Oudere regels' })).toBeDisabled();
});

test('audit log pages through older entries', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  for (let i = 0; i < 60; i++) await baken.invoke('settings.update', { autoLockMinutes: 10 + (i % 5) });
  await baken.open();
  await page.getByRole('tab', { name: 'Auditlog' }).click();
  const table = page.getByRole('table', { name: /nieuwste eerst/ });
  await expect(table).toHaveAccessibleName('Regels 1 tot en met 50 van 63, nieuwste eerst');
  await expect(table.getByRole('row').nth(1).getByRole('rowheader')).toHaveText('63');
  await page.getByRole('button', { name: 'Oudere regels' }).click();
  await expect(table).toHaveAccessibleName('Regels 51 tot en met 63 van 63, nieuwste eerst');
  await expect(table.getByRole('row').nth(1).getByRole('rowheader')).toHaveText('13');
  await expect(table.getByRole('row').last().getByRole('rowheader')).toHaveText('1');
  await expect(page.getByRole('button', { name: 'Oudere regels' })).toBeDisabled();
  await page.getByRole('button', { name: 'Nieuwere regels' }).click();
  await expect(table).toHaveAccessibleName('Regels 1 tot en met 50 van 63, nieuwste eerst');
});
