// Judging a report from the review queue: a reviewer opens the highest-scoring report, sees its
// signals and the report without the reporter's identity, proposes "fabricated" with a rationale;
// a second reviewer confirms it. Keyboard and axe as everywhere.
import { expectNoSeriousViolations } from './axe';
import { caseworkVault, gotoRoute, importReports, signIn } from './casework';
import { expect, test } from './harness';

const REVIEWERS = [
  { username: 'beoordelaar', displayName: 'Rik Jansen', initial: 'gele tulp bloeit vroeg', own: 'oranje boot vaart snel' },
  { username: 'beoordelaar2', displayName: 'Ria Smit', initial: 'groene kikker springt hoog', own: 'rode vos sluipt stil' },
] as const;
const STORY =
  'Sinds de demonstratie bij het consulaat staat er elke avond een grijze auto voor mijn deur en krijgt mijn moeder telefoontjes over wat ik hier doe en met wie ik praat.';

test('reviewers judge a report from the queue, with four eyes for "fabricated"', async ({ baken }) => {
  const { page } = baken;
  const c = await caseworkVault(baken);
  for (const r of REVIEWERS) {
    await baken.invoke('users.create', { username: r.username, displayName: r.displayName, roles: ['reviewer'], passphrase: r.initial, passphraseRepeat: r.initial });
    await signIn(baken, r.username, r.initial);
    await baken.invoke('session.changePassphrase', { current: r.initial, next: r.own, nextRepeat: r.own });
    await signIn(baken, 'beheer', 'paarse olifant leest kranten');
  }
  await importReports(baken, c, [
    { summary: 'Gevolgd na demonstratie', narrative: STORY },
    { summary: 'Auto voor de deur', narrative: STORY.replace('grijze', 'zwarte') },
    { summary: 'Paspoort niet verlengd', narrative: 'De ambassade wil mijn paspoort niet verlengen zolang ik niet meewerk aan een gesprek.' },
  ]);
  await signIn(baken, REVIEWERS[0].username, REVIEWERS[0].own);
  // The import answers first and computes the signals right after.
  await expect.poll(async () => (await baken.invoke('review.queue', { signal: 'near-duplicate' })).total, { timeout: 15_000 }).toBe(2);
  await baken.open();

  // A reviewer lands on the queue: highest score first, the signals by name.
  await expect(page.getByRole('heading', { level: 1, name: 'Beoordelingswachtrij' })).toBeVisible();
  const queue = page.getByRole('table', { name: '3 van 3 meldingen, hoogste score eerst' });
  await expect(queue.getByRole('row').nth(1)).toContainText('Bijna gelijk verhaal');
  await expect(queue.getByRole('row').nth(3)).toContainText('Geen signalen.');
  await expectNoSeriousViolations(page, 'review queue');
  await page.getByLabel('Signaal').selectOption({ label: 'Bijna gelijk verhaal' });
  await expect(page.getByRole('table', { name: '2 van 2 meldingen, hoogste score eerst' })).toBeVisible();

  // The review page: the report without identity, the signal explained, the other report linked.
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Beoordeling van een melding in VL-/ })).toBeVisible();
  const signals = page.getByRole('region', { name: 'Signalen' });
  await expect(signals).toContainText('Het verhaal lijkt sterk op dat van andere meldingen.');
  await expect(signals.getByRole('link', { name: /^VL-/ })).toHaveCount(1);
  const passages = page.getByRole('region', { name: 'Overeenkomende passages' });
  await expect(passages.getByRole('table', { name: /^Passages die gedeeld worden met de melding in VL-/ })).toContainText('consulaat');
  await expect(page.getByText('Ayşe Yılmaz')).toHaveCount(0);
  const linked = page.getByRole('region', { name: 'Verbonden meldingen (2)' });
  await expect(linked.getByRole('listitem')).toHaveCount(2);
  await expect(linked.getByRole('button', { name: 'Vastleggen voor alle 2' })).toBeVisible();
  const url = page.url();

  const verdict = page.getByRole('region', { name: 'Oordeel' });
  await verdict.getByLabel('Uw oordeel').selectOption({ label: 'Verzonnen' });
  await verdict.getByRole('button', { name: 'Oordeel vastleggen' }).click();
  await expect(verdict.getByRole('alert')).toHaveText('Schrijf op waarom u tot dit oordeel komt (minstens 10 tekens).');
  await verdict.getByLabel('Onderbouwing').fill('Zelfde verhaal, andere melder; de tekst is woord voor woord overgenomen.');
  await verdict.getByRole('button', { name: 'Oordeel vastleggen' }).click();
  await expect(verdict.getByRole('status')).toHaveText('Uw oordeel “verzonnen” wacht op een tweede beoordelaar.');
  await expect(verdict).toContainText('Een andere beoordelaar moet het bevestigen of verwerpen.');
  await expect(verdict.getByRole('button', { name: 'Bevestigen' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'review page, verdict pending');

  // The second reviewer confirms it; the history keeps both states.
  await signIn(baken, REVIEWERS[1].username, REVIEWERS[1].own);
  await baken.open();
  await gotoRoute(page, url.split('#/')[1] ?? '');
  const second = page.getByRole('region', { name: 'Oordeel' });
  await second.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(second.getByRole('status')).toHaveText('Bevestigd: het oordeel geldt nu.');
  await expect(second.getByRole('list').first()).toContainText('Verzonnen — geldt');
  await expect(second).toContainText('tweede beoordelaar beoordelaar2');

  // Counsellors and coordinators see the verdict on the case.
  const reportId = (url.split('#/review/')[1] ?? '').split('?')[0] ?? '';
  await signIn(baken, 'beheer', 'paarse olifant leest kranten');
  const { caseId } = await baken.invoke('reports.get', { reportId });
  await baken.open();
  await gotoRoute(page, `cases/${caseId}`);
  await expect(page.getByText(/^Oordeel over de echtheid: Verzonnen \(beoordelaar, /)).toBeVisible();
});

test('an admin sets the weights of the signals', async ({ baken }) => {
  const { page } = baken;
  await caseworkVault(baken);
  await baken.open();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('tab', { name: 'Instellingen' }).click();
  const form = page.getByRole('form', { name: 'Gewichten van de echtheidssignalen' });
  const weight = form.getByLabel('Bijna gelijk verhaal');
  await expect(weight).toHaveValue('30');
  await expect(weight).toHaveAccessibleDescription('Standaard 30.');
  await weight.fill('101');
  await form.getByRole('button', { name: 'Gewichten opslaan' }).click();
  await expect(form.getByRole('alert')).toHaveText('Elk gewicht is een geheel getal van 0 tot en met 100.');
  await weight.fill('45');
  await form.getByRole('button', { name: 'Gewichten opslaan' }).click();
  await expect(form.getByRole('status')).toHaveText('De gewichten zijn opgeslagen; de beoordelingswachtrij gebruikt ze nu.');
  expect((await baken.invoke('review.weights', {}))['near-duplicate']).toBe(45);
  await expectNoSeriousViolations(page, 'admin: signal weights');
});
