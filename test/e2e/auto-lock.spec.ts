// The inactivity lock: main locks after the configured minutes of fake time without activity and
// the UI returns to the unlock screen saying why; activity from the page postpones it.
import { ADMIN, expect, test } from './harness';

const MINUTE = 60_000;

test('locks after 10 minutes without activity and says so', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();

  await baken.idle(9 * MINUTE);
  expect(baken.dispatcher.sessions.current()).not.toBeNull();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();

  await baken.idle(1 * MINUTE + 1000);
  await expect(page.getByRole('heading', { level: 1, name: 'Baken ontgrendelen' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'automatisch vergrendeld' })).toHaveText(
    'Baken is automatisch vergrendeld omdat u een tijd niet actief was.',
  );
  expect(baken.dispatcher.sessions.current()).toBeNull();

  // The vault really is locked: unlocking works again afterwards, visibly busy meanwhile.
  await page.getByLabel('Gebruikersnaam').fill(ADMIN.username);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(ADMIN.passphrase);
  const release = baken.hold('session.unlock');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('button', { name: 'Bezig met ontgrendelen…' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'enkele seconden' })).toBeVisible();
  await page.getByLabel('Wachtwoordzin', { exact: true }).press('Enter'); // a second submit is ignored
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  expect(baken.calls.filter((c) => c === 'session.unlock')).toHaveLength(1);
});

test('activity in the page postpones the lock; a shorter setting locks sooner', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();

  await baken.idle(8 * MINUTE);
  await page.getByRole('tab', { name: 'Instellingen' }).click();
  await expect.poll(() => baken.calls.filter((c) => c === 'session.activity').length).toBe(1);
  await baken.idle(8 * MINUTE);
  await expect(page.getByRole('tab', { name: 'Instellingen' })).toHaveAttribute('aria-selected', 'true');
  expect(baken.dispatcher.sessions.current()).not.toBeNull();

  // Settings: 2 minutes.
  const minutes = page.getByLabel('Automatisch vergrendelen na (minuten)');
  await expect(minutes).toHaveValue('10');
  await minutes.fill('0');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Vul een heel getal van 1 tot en met 120 in.');
  await minutes.fill('2');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(
    'Opgeslagen. Baken vergrendelt na 2 minuten zonder activiteit.',
  );

  await baken.idle(2 * MINUTE);
  await expect(page.getByRole('heading', { level: 1, name: 'Baken ontgrendelen' })).toBeVisible();
  await expect(page.getByText('Baken is automatisch vergrendeld omdat u een tijd niet actief was.')).toBeVisible();
});
