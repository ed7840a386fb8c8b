// Backups in the browser: an admin sets the backup recipients and writes a backup to a folder
// standing in for a USB stick; the real `age -d` opens it and it holds the vault's files. A
// passphrase backup needs the passphrase twice and 16 characters.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ageDecryptOk, ageKeygen } from '../support/age-cli';
import { tarNames } from '../support/package-tools';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './harness';

test('admin: backup recipients, a backup written and verified on the stick, age -d opens it', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.open();
  await page.getByRole('tab', { name: 'Back-ups' }).click();
  await page.getByRole('button', { name: 'Back-up naar medium schrijven' }).click();
  await expect(page.getByRole('alert')).toHaveText('Er zijn geen ontvangers voor back-ups ingesteld. Stel ze in, of gebruik een back-upwachtwoordzin.');

  await page.getByLabel('Versleutelen met een back-upwachtwoordzin').check();
  await page.getByLabel('Back-upwachtwoordzin', { exact: true }).fill('kort');
  await page.getByLabel('Back-upwachtwoordzin nog eens').fill('anders');
  await page.getByRole('button', { name: 'Back-up naar medium schrijven' }).click();
  await expect(page.getByRole('alert')).toHaveText('De twee wachtwoordzinnen verschillen.');
  await page.getByLabel('Back-upwachtwoordzin nog eens').fill('kort');
  await page.getByRole('button', { name: 'Back-up naar medium schrijven' }).click();
  await expect(page.getByRole('alert')).toHaveText('Een back-upwachtwoordzin moet minstens 16 tekens lang zijn.');
  await page.getByLabel('Versleutelen met een back-upwachtwoordzin').uncheck();

  const key = ageKeygen(await baken.folder('backup-key'), 'backup');
  await page.getByLabel('age-ontvangers, één per regel').fill(key.recipient);
  await page.getByRole('button', { name: 'Ontvangers opslaan' }).click();
  await expect(page.getByText('De ontvangers zijn opgeslagen.')).toBeVisible();
  await expectNoSeriousViolations(page, 'admin backup tab');
  await page.getByRole('button', { name: 'Back-up naar medium schrijven' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Geschreven en gecontroleerd' })).toContainText(baken.usbDir);

  const files = readdirSync(baken.usbDir);
  expect(files).toHaveLength(1);
  const names = tarNames(ageDecryptOk(join(baken.usbDir, files[0] ?? ''), [key.keyFile]));
  expect(names).toEqual(expect.arrayContaining(['baken-backup.json', 'vault.json', 'baken.db']));
});
