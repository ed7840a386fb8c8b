// Keyboard only: from the main navigation to "My cases", into a case from the list, and its status
// changed (closing with a reason too), with no mouse; focus stays visible on the way.
import type { Locator, Page } from '@playwright/test';
import { caseIdOf, caseworkVault, importReports, signInAsCounsellor } from './casework';
import { expect, test } from './harness';
import type { PageGlobals } from './page-globals';

/** Presses Tab until `target` has focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await expect(target).toBeFocused({ timeout: 50 }).then(() => true, () => false)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function focusOutline(page: Page): Promise<string> {
  return await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const style = w.getComputedStyle(w.document.activeElement);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

test('keyboard only: reach a case from the list and change its status', async ({ baken }) => {
  const { page } = baken;
  const c = await caseworkVault(baken);
  await importReports(baken, c, [{ summary: 'Tehdit telefonla' }, { summary: 'Başka bir vaka' }]);
  await baken.invoke('cases.assign', { caseId: await caseIdOf(baken, 'Tehdit telefonla'), assigneeId: c.counsellorId });
  await signInAsCounsellor(baken);
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeFocused();

  await tabTo(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zaken' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn zaken' })).toBeFocused();

  const link = page.getByRole('table', { name: 'Zaken: 1 van 1 getoond' }).getByRole('link');
  await tabTo(page, link);
  expect(await focusOutline(page)).toBe('solid 3px');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Zaak VL-/ })).toBeFocused();

  // Triage is offered first: Tab to the choice, Tab to the button, Enter.
  const status = page.getByRole('region', { name: 'Status', exact: true });
  const to = status.getByLabel('Nieuwe status');
  await tabTo(page, to);
  await expect(to).toHaveValue('triage');
  await page.keyboard.press('Tab');
  await expect(status.getByRole('button', { name: 'Status wijzigen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status.getByRole('status')).toHaveText('De status is nu: Triage.');

  // Closing: arrow keys choose "Closed" and a reason.
  await page.keyboard.press('Shift+Tab');
  await expect(to).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(to).toHaveValue('closed');
  await page.keyboard.press('Tab');
  const reason = status.getByLabel('Reden van sluiten');
  await expect(reason).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(reason).toHaveValue('resolved');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(status.getByRole('status')).toHaveText('De status is nu: Gesloten.');
  await expect(status.getByRole('button', { name: 'Zaak heropenen' })).toBeFocused();
  expect(await focusOutline(page)).toBe('solid 3px');
});
