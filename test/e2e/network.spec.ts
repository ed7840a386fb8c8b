// Nothing leaves the app: the CSP blocks remote fetches, images, scripts, inline scripts and
// eval, and the harness sees no request to any other origin.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import { APP_ORIGIN, expect, RENDERER_DIR, test } from './harness';
import type { PageGlobals } from './page-globals';

test('the CSP blocks every way out and eval; no request leaves the app origin', async ({ baken }) => {
  const { page } = baken;
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kluis aanmaken' })).toBeVisible();

  const outcome = await page.evaluate(async () => {
    const w = globalThis as unknown as PageGlobals;
    w.__violations = [];
    const violations = w.__violations;
    w.document.addEventListener('securitypolicyviolation', (e) =>
      violations.push({ effectiveDirective: e.effectiveDirective, blockedURI: e.blockedURI }),
    );
    let fetchError = 'none';
    try {
      await fetch('https://example.org/');
    } catch (e) {
      fetchError = String(e);
    }
    const img = new w.Image();
    img.src = 'https://example.org/x.png';
    const remote = w.document.createElement('script');
    remote.src = 'https://example.org/evil.js';
    w.document.head.append(remote);
    const inline = w.document.createElement('script');
    inline.textContent = 'globalThis.__pwned = true;';
    w.document.head.append(inline);
    // eval from a task of the page itself: DevTools' own evaluation is exempt from the CSP.
    const evalResult = await new Promise<string>((resolve) => {
      setTimeout(() => {
        try {
          // eslint-disable-next-line no-eval -- the point of the test: eval must be refused
          resolve(`evaluated ${String(eval('1 + 1'))}`);
        } catch (e) {
          resolve(`threw ${(e as Error).name}`);
        }
      }, 0);
    });
    return { fetchError, evalResult, pwned: w.__pwned === true };
  });

  expect(outcome.fetchError).toContain('TypeError');
  expect(outcome.evalResult).toBe('threw EvalError');
  expect(outcome.pwned).toBe(false);

  const directives = () =>
    page.evaluate(() => ((globalThis as unknown as PageGlobals).__violations ?? []).map((v) => `${v.effectiveDirective} ${v.blockedURI}`));
  await expect.poll(directives).toEqual(
    expect.arrayContaining([
      'connect-src https://example.org/',
      'img-src https://example.org/x.png',
      'script-src-elem https://example.org/evil.js',
      'script-src-elem inline',
      'script-src eval',
    ]),
  );
  // Blocked by the CSP before any request was made: the harness saw none leave the app origin.
  expect(baken.blockedRequests).toEqual([]);
});

test('the built index.html carries the one CSP and no inline script or style', async ({ baken }) => {
  const html = await readFile(join(RENDERER_DIR, 'index.html'), 'utf8');
  const unescaped = html.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  expect(unescaped).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
  expect(html).not.toMatch(/<style/i);
  expect(html).not.toMatch(/\sstyle=/i);
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\ssrc="\.\/assets\/[^"]+\.js"/);
  expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/i);

  // Served as the app would be: the header policy too, and the page works under it.
  const { page } = baken;
  const response = await page.goto(`${APP_ORIGIN}/index.html`);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kluis aanmaken' })).toBeVisible();
  expect(baken.blockedRequests).toEqual([]);
});

test('the dispatcher refuses calls from a frame that is not the app main frame', async ({ baken }) => {
  const { page } = baken;
  await baken.createVault();
  await baken.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  // A request as if from another origin's main frame, through the same dispatcher.
  const foreign = await baken.dispatcher.dispatch({ url: 'https://example.org/', isMainFrame: true }, 'users.list', {});
  expect(foreign).toMatchObject({ ok: false, error: { code: 'sender-rejected' } });
  const subframe = await baken.dispatcher.dispatch({ url: `${APP_ORIGIN}/index.html`, isMainFrame: false }, 'users.list', {});
  expect(subframe).toMatchObject({ ok: false, error: { code: 'sender-rejected' } });
});
