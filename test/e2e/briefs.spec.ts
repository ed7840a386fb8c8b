// Briefs in the browser: a coordinator makes a brief for a period, sees the suppressed tables,
// adds a vignette whose names and numbers are redacted and highlighted, undoes a redaction (the
// leak check then shows where) and redoes it; a second coordinator approves and exports it
// age-encrypted to a folder standing in for a USB stick, opened with the real `age -d`.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { ageDecryptOk, ageKeygen } from '../support/age-cli';
import { tarEntry } from '../support/package-tools';
import { expectNoSeriousViolations } from './axe';
import { caseworkVault, gotoRoute, importReports, signIn } from './casework';
import { ADMIN, expect, test } from './harness';

const SECOND = { username: 'coordinator2', displayName: 'Noor Bakker', initial: 'gele tulp bloeit vroeg', own: 'zilveren maan boven zee' } as const;
const VIGNETTE = 'Dreiging via de telefoon';
const NARRATIVE = 'Mehmet Demir belde mij op 06-12345678 en zei dat hij wist waar ik woon. Later belde Mehmet Demir opnieuw.';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('make → redact → approve (second coordinator) → export a brief; age -d opens it', async ({ baken }) => {
  const { page } = baken;
  const c = await caseworkVault(baken);
  await importReports(baken, c, [
    { summary: VIGNETTE, narrative: NARRATIVE, categories: ['intimidation'], country: 'TR' },
    ...Array.from({ length: 6 }, (_, i) => ({ summary: `Gevolgd ${i + 1}`, categories: ['intimidation'], country: 'TR' })),
  ]);
  await baken.invoke('users.create', { username: SECOND.username, displayName: SECOND.displayName, roles: ['coordinator'], passphrase: SECOND.initial, passphraseRepeat: SECOND.initial });
  await signIn(baken, SECOND.username, SECOND.initial);
  await baken.invoke('session.changePassphrase', { current: SECOND.initial, next: SECOND.own, nextRepeat: SECOND.own });
  await signIn(baken, ADMIN.username, ADMIN.passphrase);

  await baken.open();
  await gotoRoute(page, 'briefs');
  await expect(page.getByText('Er zijn nog geen beelden gemaakt.')).toBeVisible();
  await page.getByRole('button', { name: 'Beeld maken' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies een begin- en einddatum.');
  await page.getByLabel('Van', { exact: true }).fill(day(-30));
  await page.getByLabel('Tot en met', { exact: true }).fill(day(0));
  await expectNoSeriousViolations(page, 'briefs list');
  await page.getByRole('button', { name: 'Beeld maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Beeld BR-\d{4}-\d{4}$/ })).toBeVisible();
  const categories = page.getByRole('table', { name: /^Soort inmenging/ });
  await expect(categories.getByRole('row', { name: /Intimidatie/ })).toContainText('7');

  // A vignette: found among the counted reports, redacted with consistent placeholders.
  await page.getByLabel('Melding zoeken als vignet').fill('Dreiging');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: `Als vignet toevoegen ${VIGNETTE}` }).click();
  const vignette = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Vignet 1' }) });
  await expect(vignette.locator('.brief-vignette__text')).toHaveText('[PERSOON 1] belde mij op [TELEFOON 1] en zei dat hij wist waar ik woon. Later belde [PERSOON 1] opnieuw.');
  await expect(vignette.locator('mark')).toHaveCount(3);

  // Undo the phone number's redaction: the leak check shows where, never the number.
  await vignette.getByText('Redacties (3)').click();
  await vignette.getByRole('button', { name: 'Niet redigeren 06-12345678' }).click();
  await expect(vignette.locator('.brief-vignette__text')).toContainText('06-12345678');
  await page.getByRole('button', { name: 'Lekcontrole uitvoeren' }).click();
  const leaks = page.getByRole('alert').filter({ hasText: 'De lekcontrole vond' });
  await expect(leaks).toContainText('Vignet 1');
  await expect(leaks).not.toContainText('12345678');
  // Redact it again by its words.
  await vignette.getByLabel('Woorden om te redigeren').fill('06-12345678');
  await vignette.getByLabel('Soort gegeven').selectOption({ label: 'Telefoonnummer' });
  await vignette.getByRole('button', { name: 'Redigeren', exact: true }).click();
  await expect(vignette.locator('.brief-vignette__text')).toContainText('[TELEFOON 1]');
  await page.getByLabel('Inleiding van de coördinator').fill('Oktober: intimidatie via de telefoon blijft het meest gemeld.');
  await page.getByRole('button', { name: 'Inleiding opslaan' }).click();
  await expect(page.getByText('U heeft dit beeld gemaakt of het laatst gewijzigd')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Goedkeuren' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'brief page');
  const url = page.url();

  // The second coordinator checks, approves, sets the recipients and exports.
  const analyst = ageKeygen(await baken.folder('analyst'), 'analyst');
  await signIn(baken, SECOND.username, SECOND.own);
  await baken.open();
  await gotoRoute(page, 'briefs');
  await page.getByLabel('age-ontvangers, één per regel').fill(analyst.recipient);
  await page.getByRole('button', { name: 'Ontvangers opslaan' }).click();
  await expect(page.getByText('De ontvangers zijn opgeslagen.')).toBeVisible();
  await page.goto(url);
  await page.getByRole('button', { name: 'Lekcontrole uitvoeren' }).click();
  await expect(page.getByText('De lekcontrole vond niets.')).toBeVisible();
  await page.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(page.getByText(`Goedgekeurd door ${SECOND.username}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Versleuteld naar medium schrijven' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Geschreven en gecontroleerd' })).toContainText(baken.usbDir);

  const files = readdirSync(baken.usbDir);
  expect(files).toHaveLength(1);
  const tar = ageDecryptOk(join(baken.usbDir, files[0] ?? ''), [analyst.keyFile]);
  const json = JSON.parse(tarEntry(tar, 'brief.json').toString('utf8')) as { introduction: string; vignettes: { text: string }[] };
  expect(json.introduction).toContain('Oktober');
  expect(json.vignettes[0]?.text).toBe('[PERSOON 1] belde mij op [TELEFOON 1] en zei dat hij wist waar ik woon. Later belde [PERSOON 1] opnieuw.');
  expect(tar.toString('utf8')).not.toContain('Mehmet');
});
