// The inbox: bundles on a (stand-in) USB stick, importing them with results per bundle, the new
// reports, the quarantine, revoking the intake key; importing picked files and cancelling one.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REJECTION_TEXT } from '../../core/bundle/rejections';
import { ERROR_MESSAGES } from '../../core/errors';
import { sha256 } from '../support/bundles';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './harness';
import { intakeVault, largeBundle, manyReportBundle, oneReportBundle, SUMMARY, twoReportBundle, URGENT_SUMMARY } from './intake';

test('import from a USB stick: imported, rejected, duplicate; new reports; quarantine; revoke the key', async ({ baken }) => {
  const { page } = baken;
  const setup = await intakeVault(baken);
  await baken.open();
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });

  // No medium yet.
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await expect(page.getByText('Plaats een USB-stick met bundels')).toBeVisible();
  await expect(page.getByText('Uw inbox is leeg.')).toBeVisible();

  // The admin trusts the intake station's key, pasted as text.
  await nav.getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('tab', { name: 'Vertrouwde intakesleutels' }).click();
  const addKey = page.getByRole('region', { name: 'Sleutel toevoegen' });
  await addKey.getByLabel('Naam van het intakestation').fill('Intake Utrecht');
  await addKey.getByLabel('Publieke sleutel (minisign)').fill(setup.intake.publicKeyText);
  await addKey.getByRole('button', { name: 'Sleutel toevoegen' }).click();
  await expect(addKey.getByRole('status').filter({ hasText: 'is toegevoegd' })).toContainText('van Intake Utrecht is toegevoegd.');
  const keys = page.getByRole('table', { name: '1 sleutel' });
  const keyRow = keys.getByRole('row', { name: /Intake Utrecht/ });
  await expect(keyRow).toContainText('Vertrouwd');
  const keyId = (await keyRow.getByRole('rowheader').innerText()).trim();
  expect(keyId.toLowerCase()).toBe(setup.intake.keyIdHex.toLowerCase());

  // A USB stick arrives with a good bundle, a broken file and a copy of the good bundle.
  await nav.getByRole('link', { name: 'Inbox' }).click();
  await expect(page.getByText('Plaats een USB-stick met bundels')).toBeVisible();
  const stick = await baken.folder('USB-STICK');
  const good = await twoReportBundle(setup);
  const garbage = randomBytes(3000);
  await writeFile(join(stick, 'intake-2026-11-28.baken'), good);
  await writeFile(join(stick, 'kapot.baken'), garbage);
  await writeFile(join(stick, 'kopie-van-intake.baken'), good);
  baken.volumes = [{ path: stick, label: 'USB-STICK' }];
  await baken.emit('media.changed', {});

  const medium = page.getByRole('region', { name: 'USB-STICK' });
  await expect(medium.getByText('Verwisselbaar medium')).toBeVisible();
  const files = medium.getByRole('table', { name: '3 bundels op USB-STICK' });
  await expect(files.getByRole('row')).toHaveCount(4);
  await expect(files.getByRole('row', { name: /kapot\.baken/ })).toContainText('3 kB');
  await expect(page.getByText('Plaats een USB-stick met bundels')).toHaveCount(0);

  // Nothing selected: the button says what to do.
  await medium.getByRole('button', { name: 'Importeren van USB-STICK' }).click();
  await expect(medium.getByRole('alert')).toHaveText('Selecteer eerst een of meer bundels.');
  // One by one, then all at once.
  await medium.getByLabel('kapot.baken').check();
  await expect(medium.getByRole('button', { name: '1 bundel importeren van USB-STICK' })).toBeVisible();
  await expect(medium.getByRole('alert')).toHaveCount(0);
  await medium.getByLabel('Alles selecteren op USB-STICK').check();
  await expect(medium.getByLabel('kopie-van-intake.baken')).toBeChecked();
  await medium.getByRole('button', { name: '3 bundels importeren van USB-STICK' }).click();

  // Results per bundle.
  await expect(page.getByRole('status').filter({ hasText: 'Import klaar' })).toHaveText(
    'Import klaar: 1 bundel geïmporteerd, 1 al eerder geïmporteerd, 1 geweigerd.',
  );
  const results = page.getByRole('table', { name: 'Resultaat per bundel' });
  await expect(results.getByRole('row')).toHaveCount(4);
  const imported = results.getByRole('row', { name: /intake-2026-11-28\.baken/ });
  await expect(imported).toContainText('Geïmporteerd');
  await expect(imported).toContainText('2 meldingen geïmporteerd');
  const rejected = results.getByRole('row', { name: /kapot\.baken/ });
  await expect(rejected).toContainText('Geweigerd');
  await expect(rejected).toContainText('not-age');
  await expect(rejected).toContainText(REJECTION_TEXT['not-age'].meaning.nl);
  await expect(rejected).toContainText(REJECTION_TEXT['not-age'].action.nl);
  await expect(rejected).toContainText('Technisch detail:');
  const duplicate = results.getByRole('row', { name: /kopie-van-intake\.baken/ });
  await expect(duplicate).toContainText('Al eerder geïmporteerd');

  // The two new reports, each in a new case, the urgent one first although it is older.
  const reports = page.getByRole('table', { name: 'Meldingen 1 tot en met 2 van 2, urgente eerst' });
  await expect(reports.getByRole('row')).toHaveCount(3);
  const first = reports.getByRole('row').nth(1);
  await expect(first).toContainText(URGENT_SUMMARY);
  await expect(first).toContainText('Urgent');
  await expect(first).toContainText('Veiligheidsrisico');
  await expect(first).toContainText('Bespieding');
  await expect(first.getByRole('link', { name: /^VL-\d{4}-\d{6}$/ })).toBeVisible();
  const second = reports.getByRole('row').nth(2);
  await expect(second).toContainText(SUMMARY);
  await expect(second).toContainText('Normaal');
  await expect(second).toContainText('Intimidatie, Druk via familie');
  await expect(second).toContainText('Turkije (TR)');
  await expect(second).not.toContainText('Urgent');
  await expect(second.getByText(SUMMARY)).toHaveAttribute('dir', 'auto');
  await expect(page.getByText('Uw inbox is leeg.')).toHaveCount(0);

  // The quarantine holds the broken file, folded away until opened.
  const toggle = page.getByRole('button', { name: 'Quarantaine' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const quarantine = page.getByRole('table', { name: '1 geweigerde bundel, nieuwste eerst' });
  const entry = quarantine.getByRole('row').nth(1);
  await expect(entry).toContainText('kapot.baken');
  await expect(entry).toContainText('USB-STICK');
  await expect(entry).toContainText('not-age');
  await expect(entry).toContainText(REJECTION_TEXT['not-age'].meaning.nl);
  await expect(entry).toContainText(sha256(garbage));
  await expectNoSeriousViolations(page, 'inbox with import results and quarantine');

  // In English, the rejection is explained in English.
  await page.getByRole('button', { name: 'English' }).click();
  const resultsEn = page.getByRole('table', { name: 'Result per bundle' });
  await expect(resultsEn.getByRole('row', { name: /kapot\.baken/ })).toContainText(REJECTION_TEXT['not-age'].meaning.en);
  await expect(resultsEn.getByRole('row', { name: /kapot\.baken/ })).toContainText(REJECTION_TEXT['not-age'].action.en);
  await expect(resultsEn.getByRole('row', { name: /intake-2026-11-28\.baken/ })).toContainText('2 reports imported');
  await page.getByRole('button', { name: 'Nederlands' }).click();

  // Revoking the key keeps the reports and marks them for review.
  await nav.getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('tab', { name: 'Vertrouwde intakesleutels' }).click();
  await keyRow.getByRole('button', { name: `Intrekken ${keyId}` }).click();
  const revoke = page.getByRole('region', { name: `Sleutel ${keyId} intrekken` });
  await expect(revoke.getByRole('heading')).toBeFocused();
  await expect(revoke).toContainText('blijven bewaard en worden gemarkeerd voor beoordeling');
  await expectNoSeriousViolations(page, 'admin: revoke confirmation');
  await revoke.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(revoke.getByRole('status')).toHaveText(
    `De sleutel ${keyId} is ingetrokken. 2 meldingen zijn gemarkeerd voor beoordeling.`,
  );
  await expect(revoke.getByRole('button', { name: 'Sluiten' })).toBeFocused();
  await expect(keyRow).toContainText('Ingetrokken');
  await expect(keyRow.getByRole('button')).toHaveCount(0);
  await revoke.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vertrouwde intakesleutels' })).toBeFocused();

  // The case page says the report is marked (the list of cases does not show review flags).
  await nav.getByRole('link', { name: 'Inbox' }).click();
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Zaak VL-/ })).toBeFocused();
  await expect(page.getByText('Gemarkeerd voor beoordeling: de sleutel van het intakestation is ingetrokken.')).toBeVisible();
  await nav.getByRole('link', { name: 'Inbox' }).click();

  // A new bundle from the revoked key is refused.
  await writeFile(join(stick, 'later.baken'), await oneReportBundle(setup, 'Yeni tehdit'));
  await page.getByRole('button', { name: 'Vernieuwen' }).click();
  await medium.getByLabel('later.baken').check();
  await medium.getByRole('button', { name: /^1 bundel importeren/ }).click();
  await expect(results.getByRole('row', { name: /later\.baken/ })).toContainText(REJECTION_TEXT['revoked-signer'].meaning.nl);
});

test('import picked files; progress, and cancelling keeps the bundles before', async ({ baken }) => {
  const { page } = baken;
  const setup = await intakeVault(baken);
  await baken.invoke('trust.add', { publicKey: setup.intake.publicKeyText, label: 'Intake Utrecht' });
  await baken.open();
  const pick = page.getByRole('button', { name: 'Bestand importeren…' });

  // A dialog closed without choosing imports nothing.
  baken.chosenBundleFiles = null;
  await pick.click();
  await expect(page.getByRole('status').filter({ hasText: 'geen bestanden gekozen' })).toBeVisible();

  // Two files picked; the second is large and its medium slow: the import pauses there.
  const folder = await baken.folder('los');
  const small = join(folder, 'eerste.baken');
  await writeFile(small, await oneReportBundle(setup, 'İlk ihbar'));
  const large = join(folder, 'groot.baken');
  await writeFile(large, await largeBundle(setup, 'İkinci ihbar, büyük ek'));
  baken.chosenBundleFiles = [large, small];
  const pause = baken.pauseImportAt('groot.baken');
  await pick.click();
  await pause.paused;
  await expect(page.getByRole('progressbar', { name: /^Bundel 2 van 2: groot\.baken — \d+%$/ })).toBeVisible();
  await expect(pick).toHaveAttribute('aria-disabled', 'true');
  await expectNoSeriousViolations(page, 'inbox: import under way');
  await page.getByRole('button', { name: 'Import afbreken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'wordt afgebroken' })).toHaveText(
    'De import wordt afgebroken. De bundel die nu wordt gelezen, wordt niet geïmporteerd.',
  );
  await expect(page.getByRole('button', { name: 'Bezig met afbreken…' })).toHaveAttribute('aria-disabled', 'true');
  await pause.resume();

  await expect(page.getByRole('alert')).toHaveText(ERROR_MESSAGES['import-cancelled'].nl);
  await expect(page.getByRole('heading', { level: 2, name: 'Import' })).toBeFocused();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // The bundle before was imported; the one in progress was not, nor quarantined.
  const reports = page.getByRole('table', { name: /^Meldingen 1 tot en met 1 van 1/ });
  await expect(reports).toContainText('İlk ihbar');
  await expect(reports).not.toContainText('İkinci ihbar');
  await page.getByRole('button', { name: 'Quarantaine' }).click();
  await expect(page.getByText('Er staan geen geweigerde bundels in quarantaine.')).toBeVisible();

  // Picked again, the large bundle imports; the small one was imported before.
  await pick.click();
  const results = page.getByRole('table', { name: 'Resultaat per bundel' });
  await expect(results.getByRole('row', { name: /groot\.baken/ })).toContainText('1 melding geïmporteerd');
  await expect(results.getByRole('row', { name: /eerste\.baken/ })).toContainText('Al eerder geïmporteerd');
  await expect(page.getByRole('table', { name: /^Meldingen 1 tot en met 2 van 2/ })).toContainText('İkinci ihbar');
});

test('new reports page by page, urgent ones first', async ({ baken }) => {
  const { page } = baken;
  const setup = await intakeVault(baken);
  await baken.invoke('trust.add', { publicKey: setup.intake.publicKeyText, label: 'Intake Utrecht' });
  const stick = await baken.folder('stick');
  await writeFile(join(stick, 'veel.baken'), await manyReportBundle(setup, 27, 2));
  baken.volumes = [{ path: stick, label: 'STICK' }];
  const [medium] = await baken.invoke('media.list', {});
  await baken.invoke('import.start', { mediumId: medium?.id ?? '', names: ['veel.baken'] });
  await baken.open();

  const firstPage = page.getByRole('table', { name: 'Meldingen 1 tot en met 25 van 27, urgente eerst' });
  await expect(firstPage.getByRole('row')).toHaveCount(26);
  await expect(firstPage.getByRole('row').nth(1)).toContainText('Urgent');
  await expect(firstPage.getByRole('row').nth(2)).toContainText('Urgent');
  await expect(firstPage.getByRole('row').nth(3)).not.toContainText('Urgent');
  await expect(page.getByRole('button', { name: 'Vorige meldingen' })).toBeDisabled();
  await page.getByRole('button', { name: 'Volgende meldingen' }).click();
  const secondPage = page.getByRole('table', { name: 'Meldingen 26 tot en met 27 van 27, urgente eerst' });
  await expect(secondPage.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Volgende meldingen' })).toBeDisabled();
  await page.getByRole('button', { name: 'Vorige meldingen' }).click();
  await expect(firstPage).toBeVisible();
});
