// Admin tabs of the intake: the trust store (errors, a key from a .pub file), import folders
// (added through the folder dialog, removed) and the quarantine for admins without an inbox.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REJECTION_TEXT } from '../../core/bundle/rejections';
import { ERROR_MESSAGES } from '../../core/errors';
import { newIntake } from '../support/bundles';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './harness';

test('trust store: required fields, invalid and duplicate keys, a key from a .pub file', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  const intake = newIntake();
  await baken.open();
  await page.getByRole('tab', { name: 'Vertrouwde intakesleutels' }).click();
  await expect(page.getByText('Zonder vertrouwde sleutel wordt elke bundel geweigerd.')).toBeVisible();
  const form = page.getByRole('region', { name: 'Sleutel toevoegen' });
  const label = form.getByLabel('Naam van het intakestation');
  const key = form.getByLabel('Publieke sleutel (minisign)');
  const submit = form.getByRole('button', { name: 'Sleutel toevoegen' });

  await submit.click();
  await expect(form.getByRole('alert')).toHaveText('Vul alle verplichte velden in.');
  await expect(label).toHaveAccessibleDescription(/Vul alle verplichte velden in\./);

  await label.fill('Intake Zwolle');
  await key.fill('dit is geen sleutel');
  await submit.click();
  await expect(form.getByRole('alert')).toHaveText(ERROR_MESSAGES['trust-key-invalid'].nl);
  await expect(key).toHaveAccessibleDescription(new RegExp(ERROR_MESSAGES['trust-key-invalid'].nl.replace(/[.]/g, '\\.')));
  await expect(key).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page, 'admin: trust store with an error');

  // The key from a file: its text goes into the field, to be checked, then added.
  await form.getByLabel('Of kies een .pub-bestand').setInputFiles({
    name: 'intake-zwolle.pub',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(intake.publicKeyText),
  });
  await expect(form.getByRole('status').filter({ hasText: 'intake-zwolle.pub' })).toBeVisible();
  await expect(key).toHaveValue(intake.publicKeyText.trim());
  await expect(form.getByRole('alert')).toHaveCount(0);
  await submit.click();
  await expect(form.getByRole('status').filter({ hasText: 'is toegevoegd' })).toContainText('van Intake Zwolle is toegevoegd.');
  await expect(key).toHaveValue('');
  const row = page.getByRole('table', { name: '1 sleutel' }).getByRole('row', { name: /Intake Zwolle/ });
  await expect(row).toContainText('Vertrouwd');
  await expect(row).toContainText('beheer');

  // The same key again.
  await label.fill('Nogmaals Zwolle');
  await key.fill(intake.publicKeyText);
  await submit.click();
  await expect(form.getByRole('alert')).toHaveText(ERROR_MESSAGES['trust-key-exists'].nl);

  // A file far too big for a key is refused without reading it.
  await form.getByLabel('Of kies een .pub-bestand').setInputFiles({ name: 'groot.pub', mimeType: 'text/plain', buffer: randomBytes(10_000) });
  await expect(form.getByRole('alert')).toHaveText(ERROR_MESSAGES['trust-key-invalid'].nl);
  await expect(form.getByLabel('Of kies een .pub-bestand')).toHaveAccessibleDescription(ERROR_MESSAGES['trust-key-invalid'].nl);

  // Revoking can be called off.
  await row.getByRole('button', { name: /^Intrekken / }).click();
  const revoke = page.getByRole('region', { name: /^Sleutel .* intrekken$/ });
  await revoke.getByRole('button', { name: 'Annuleren' }).click();
  await expect(revoke).toHaveCount(0);
  await expect(row.getByRole('button', { name: /^Intrekken / })).toBeFocused();
  await expect(row).toContainText('Vertrouwd');
  await expectNoSeriousViolations(page, 'admin: trust store with a key');
});

test('import folders: add through the dialog, see them in the inbox, remove; quarantine tab for admins', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  const shared = await baken.folder('gedeeld');
  await writeFile(join(shared, 'vreemd.baken'), randomBytes(500));
  const notAFolder = join(await baken.folder('elders'), 'bestand.txt');
  await writeFile(notAFolder, 'geen map');
  await baken.open();
  await page.getByRole('tab', { name: 'Importmappen' }).click();
  await expect(page.getByText('Er zijn nog geen importmappen.')).toBeVisible();
  const form = page.getByRole('region', { name: 'Importmap toevoegen' });
  const label = form.getByLabel('Naam van de map');
  const submit = form.getByRole('button', { name: 'Map kiezen en toevoegen…' });

  await submit.click();
  await expect(form.getByRole('alert')).toHaveText('Vul alle verplichte velden in.');
  await label.fill('Gedeelde map intake');
  baken.chosenFolder = null;
  await submit.click();
  await expect(form.getByRole('status')).toHaveText(
    'Er is geen nieuwe map toegevoegd: er is geen map gekozen, of de gekozen map stond al in de lijst.',
  );
  baken.chosenFolder = notAFolder;
  await submit.click();
  await expect(form.getByRole('alert')).toHaveText(ERROR_MESSAGES['folder-invalid'].nl);
  await expect(label).toHaveAccessibleDescription(new RegExp(ERROR_MESSAGES['folder-invalid'].nl));

  baken.chosenFolder = shared;
  await submit.click();
  await expect(form.getByRole('status')).toHaveText('De map Gedeelde map intake is toegevoegd.');
  const folders = page.getByRole('table', { name: '1 importmap' });
  const row = folders.getByRole('row', { name: /Gedeelde map intake/ });
  await expect(row).toContainText(shared);
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');
  await expectNoSeriousViolations(page, 'admin: import folders');

  // A counsellor (here: the admin given that role too) sees the folder as a medium in the inbox,
  // and imports its one file, which is rejected.
  await baken.invoke('users.setRoles', { userId: 1, roles: ['counsellor', 'admin'] });
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  const medium = page.getByRole('region', { name: 'Gedeelde map intake' });
  await expect(medium.getByText('Importmap', { exact: true })).toBeVisible();
  await medium.getByLabel('vreemd.baken').check();
  await medium.getByRole('button', { name: '1 bundel importeren van Gedeelde map intake' }).click();
  await expect(page.getByRole('table', { name: 'Resultaat per bundel' })).toContainText('not-age');

  // Admins have no inbox; the quarantine is one of their tabs.
  await baken.invoke('users.setRoles', { userId: 1, roles: ['admin'] });
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Inbox' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Quarantaine' }).click();
  const entry = page.getByRole('table', { name: '1 geweigerde bundel, nieuwste eerst' }).getByRole('row').nth(1);
  await expect(entry).toContainText('vreemd.baken');
  await expect(entry).toContainText('Gedeelde map intake');
  await expect(entry).toContainText(REJECTION_TEXT['not-age'].meaning.nl);
  await expectNoSeriousViolations(page, 'admin: quarantine');

  // Removing the folder leaves its files alone.
  await page.getByRole('tab', { name: 'Importmappen' }).click();
  await row.getByRole('button', { name: 'Verwijderen Gedeelde map intake' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'uit de lijst verwijderd' })).toHaveText(
    'De importmap Gedeelde map intake is uit de lijst verwijderd. De bestanden in de map zijn niet aangeraakt.',
  );
  await expect(page.getByText('Er zijn nog geen importmappen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Importmappen' })).toBeFocused();
  expect(await baken.invoke('media.list', {})).toEqual([]);
});
