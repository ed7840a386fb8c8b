// The import as the GUI runs it: dispatcher → worker thread, with progress events, a safe cancel,
// the admin's limits, and files named only by what the medium lists.
import { randomFillSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../core/bundle/limits';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
beforeEach(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
});
afterEach(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

async function putBundles(n: number, attachmentBytes = 1024): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const att = Buffer.alloc(attachmentBytes + i);
    randomFillSync(att);
    const b = await buildBundle({ reports: [jsonBytes(reportObject({ attachments: [att] }))], attachments: [att], signer: v.intake, to: v.to });
    names.push(v.put(b.bytes, `b-${String(i).padStart(3, '0')}.baken`).split('/').pop() ?? '');
  }
  return names;
}

describe('import through the worker', () => {
  it('imports the listed files of a medium and reports progress per bundle and byte', async () => {
    const names = await putBundles(3);
    const [medium] = await v.t.ok('media.list', {});
    expect(medium?.files.map((f) => f.name)).toEqual(names);
    const results = await v.t.ok('import.start', { mediumId: medium?.id ?? '', names });
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
    const progress = v.t.events.filter((e) => e.name === 'import.progress').map((e) => e.payload as { bundleIndex: number; bundleCount: number; bytesDone: number; bytesTotal: number });
    // A few events a second, in order: the first bundle's start and the end are always there.
    expect(progress[0]).toMatchObject({ bundleIndex: 0, bytesDone: 0 });
    expect(progress.at(-1)?.bundleIndex).toBe(2);
    expect(progress.every((p, i) => p.bundleCount === 3 && p.bytesDone <= p.bytesTotal && (i === 0 || p.bytesDone >= progress[i - 1]!.bytesDone))).toBe(true);
    expect(progress.at(-1)?.bytesDone).toBe(progress.at(-1)?.bytesTotal);
  });

  it('refuses files the medium does not list, and unknown media', async () => {
    const [name] = await putBundles(1);
    const [medium] = await v.t.ok('media.list', {});
    expect(await v.t.fail('import.start', { mediumId: medium?.id ?? '', names: ['../../etc/passwd'] })).toBe('bundle-file-missing');
    expect(await v.t.fail('import.start', { mediumId: '0000000000000000', names: [name] })).toBe('medium-unavailable');
    // A path is never accepted from the renderer: that channel is for the CLI only.
    expect(await v.t.fail('import.paths', { paths: ['/etc/passwd'] })).toBe('forbidden');
  });

  it('cancels safely: the bundle in progress is not imported, earlier ones are whole', async () => {
    const names = await putBundles(6, 12 * 1024 * 1024);
    const [medium] = await v.t.ok('media.list', {});
    const running = v.t.call('import.start', { mediumId: medium?.id ?? '', names });
    // Cancel as soon as the second bundle starts.
    while (!v.t.events.some((e) => e.name === 'import.progress' && (e.payload as { bundleIndex: number }).bundleIndex >= 1)) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await v.t.ok('import.cancel', {})).toEqual({ cancelled: true });
    const r = await running;
    expect(r).toMatchObject({ ok: false, error: { code: 'import-cancelled' } });
    const snap = v.snapshot();
    const bundles = JSON.parse(snap.bundles) as unknown[];
    expect(bundles.length).toBeLessThan(6);
    expect(JSON.parse(snap.reports)).toHaveLength(bundles.length);
    expect(JSON.parse(snap.attachments)).toHaveLength(bundles.length);
    expect(snap.blobs).toHaveLength(bundles.length);
    expect(snap.tmp).toEqual([]);
    // And importing again finishes the rest.
    const again = await v.t.ok('import.start', { mediumId: medium?.id ?? '', names });
    expect(again.filter((x) => x.status === 'imported')).toHaveLength(6 - bundles.length);
  });

  it('answers with the results, then computes the review signals; a new import need not wait for them', async () => {
    const story = 'Twee mannen stonden drie avonden achter elkaar bij mijn huis en fotografeerden iedereen die naar binnen ging, ook mijn dochter.';
    const same = (pseudonym: string) => ({ ...(reportObject() as Record<string, unknown>), reporter: { pseudonym, consent: { contact: true, referral: false, anonymisedAnalysis: true } }, incident: { summary: 'Gevolgd', narrative: story } });
    const a = same('Eik-1');
    const b = same('Beuk-2');
    for (const [i, r] of [a, b].entries()) v.put((await buildBundle({ reports: [jsonBytes(r)], signer: v.intake, to: v.to })).bytes, `dup-${i}.baken`);
    const [medium] = await v.t.ok('media.list', {});
    const results = await v.t.ok('import.start', { mediumId: medium?.id ?? '', names: ['dup-0.baken', 'dup-1.baken'] });
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
    const db = v.t.dispatcher.sessions.require().vault.db;
    const kinds = () => db.prepare(`SELECT kind FROM report_signals WHERE report_id = ?`).pluck().all(String((b as Record<string, unknown>).reportId));
    for (let i = 0; i < 400 && !kinds().includes('near-duplicate'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(kinds()).toContain('near-duplicate');
    expect(db.prepare('SELECT count(*) FROM review_pending').pluck().get()).toBe(0);
  });

  it('cancels a run of small bundles too (read in one call each, never yielding)', async () => {
    const names = await putBundles(150);
    const [medium] = await v.t.ok('media.list', {});
    const running = v.t.call('import.start', { mediumId: medium?.id ?? '', names });
    while (!v.t.events.some((e) => e.name === 'import.progress')) await new Promise((r) => setTimeout(r, 2));
    expect(await v.t.ok('import.cancel', {})).toEqual({ cancelled: true });
    expect(await running).toMatchObject({ ok: false, error: { code: 'import-cancelled' } });
    const done = (JSON.parse(v.snapshot().bundles) as unknown[]).length;
    expect(done).toBeLessThan(150);
    expect(JSON.parse(v.snapshot().reports)).toHaveLength(done);
  });

  it('applies the limits an admin set', async () => {
    expect(await v.t.ok('settings.bundleLimits', {})).toEqual(DEFAULT_LIMITS);
    await v.t.ok('settings.updateBundleLimits', { ...DEFAULT_LIMITS, attachmentBytes: 1024 * 1024 });
    expect(await v.t.fail('settings.updateBundleLimits', { ...DEFAULT_LIMITS, files: 0 })).toBe('invalid-input');
    const names = await putBundles(1, 2 * 1024 * 1024);
    const [medium] = await v.t.ok('media.list', {});
    const [res] = await v.t.ok('import.start', { mediumId: medium?.id ?? '', names });
    expect(res).toMatchObject({ status: 'rejected', code: 'too-large' });
  });
});
