// Fault test: a damaged database page. Bytes are flipped inside one page in the middle of baken.db
// (a page of the reports table, never page 1) of a vault with a few hundred pages; the page then
// fails its authentication under SQLite3 Multiple Ciphers. A call that reads it gets vault-corrupt
// with its sentence (damaged; restore the latest backup), never SQLite's own words, and the
// dispatcher goes on serving other calls. `baken vault check` (read-only) exits 1 and names the
// damaged table; a damaged attachment is found too. The way back: the backup made before,
// restored into a new folder, checks intact and holds every report.
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../core/errors';
import { openKeyedFile } from '../../db/open';
import { type AgeKeyPair, ageKeygen } from '../support/age-cli';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { baken } from '../support/cli';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, testDispatcher } from '../support/vault';

const REPORTS = 120;
const PAGE = 4096;

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
let key: AgeKeyPair;
let backupFile = '';
let damagedPage = 0;
let env: Record<string, string>;

/** Flips `n` bytes at `offset` of `file`. */
function flip(file: string, offset: number, n: number): void {
  const fd = openSync(file, 'r+');
  try {
    const buf = Buffer.alloc(n);
    readSync(fd, buf, 0, n, offset);
    for (let i = 0; i < n; i++) buf[i] = (buf[i] ?? 0) ^ 0x5a;
    writeSync(fd, buf, 0, n, offset);
  } finally {
    closeSync(fd);
  }
}

beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  key = ageKeygen(tmp.path, 'backup-key');
  // Long narratives, so the reports table spans many pages.
  const reports = Array.from({ length: REPORTS }, (_, i) => {
    const r = reportObject({ attachments: [Buffer.from(`bijlage bij melding ${i}`)] }) as Record<string, unknown> & { incident: Record<string, unknown> };
    return { ...r, reportId: randomUUID(), incident: { ...r.incident, narrative: `Melding ${i}: ${'ik werd gevolgd en bedreigd na de demonstratie. '.repeat(40)}` } };
  });
  const attachments = reports.map((_, i) => Buffer.from(`bijlage bij melding ${i}`));
  await v.importHere([v.put((await buildBundle({ reports: reports.map(jsonBytes), attachments, signer: v.intake, to: v.to })).bytes)]);
  const dbKey = Buffer.from(v.t.dispatcher.sessions.require().vault.workerKeys().database);
  v.t.dispatcher.sessions.lock('shutdown');
  env = { BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
  // The backup made before the damage.
  const stick = join(tmp.path, 'backups');
  mkdirSync(stick);
  const made = baken(['--json', 'backup', 'create', '--out', stick, '--recipient', key.recipient], env);
  expect(made.status, made.stderr).toBe(0);
  backupFile = join(stick, (JSON.parse(made.stdout) as { fileName: string }).fileName);
  // The database is closed and checkpointed. A page in the middle of the reports table (not
  // page 1, not the last), found read-only in the file as it is now; the damage goes into it.
  const db = openKeyedFile(join(v.t.vaultDir, 'baken.db'), dbKey, { readonly: true });
  try {
    const pages = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'reports' AND pagetype = 'leaf' ORDER BY pageno`).pluck().all() as number[];
    damagedPage = pages[Math.floor(pages.length / 2)] ?? 0;
    expect(damagedPage).toBeGreaterThan(1);
    expect(Number(db.pragma('page_count', { simple: true }))).toBeGreaterThan(damagedPage);
  } finally {
    db.close();
    dbKey.fill(0);
  }
  flip(join(v.t.vaultDir, 'baken.db'), (damagedPage - 1) * PAGE + 1000, 16);
}, 180_000);
afterAll(() => tmp.cleanup());

describe('a damaged database page', () => {
  it('gives vault-corrupt with its sentence where it is read, and the dispatcher carries on', async () => {
    const t = testDispatcher(tmp.path);
    t.clock.advance(Date.now() - t.clock.now().getTime());
    const unlock = await t.call('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
    expect(unlock.ok, JSON.stringify(unlock)).toBe(true);
    const listed = await t.call('reports.list', { limit: 1000, offset: 0 });
    expect(listed).toEqual({ ok: false, error: { code: 'vault-corrupt', message: ERROR_MESSAGES['vault-corrupt'].en } });
    // Other calls still work: the main process lives on.
    expect((await t.call('users.list', {})).ok).toBe(true);
    t.dispatcher.sessions.lock('shutdown');

    // The CLI says the same, with its exit status for a failure.
    const cli = baken(['--json', 'reports', 'list'], env);
    expect(cli.status).toBe(1);
    expect(JSON.parse(cli.stderr.trim().split('\n').at(-1) ?? '')).toEqual({ error: { code: 'vault-corrupt', message: ERROR_MESSAGES['vault-corrupt'].en } });
    // (The dispatcher's log line names SQLite's code for whoever reads the log; the error does not.)
    expect(cli.stderr.trim().split('\n').at(-1)).not.toMatch(/SQLITE|malformed/i);
    expect(ERROR_MESSAGES['vault-corrupt'].nl).toContain('baken backup restore');
    expect(ERROR_MESSAGES['vault-corrupt'].en).toContain('baken backup restore');
  });

  it('baken vault check exits 1 and names the damaged table, without changing the vault', () => {
    const before = readFileSync(join(v.t.vaultDir, 'baken.db'));
    const human = baken(['vault', 'check'], env);
    expect(human.status, human.stderr).toBe(1);
    expect(human.stdout).toContain('vault DAMAGED');
    expect(human.stdout).toContain(`page ${damagedPage} (table reports) fails its authentication`);
    expect(human.stdout).toContain('baken backup restore');
    const json = baken(['--json', 'vault', 'check'], env);
    expect(json.status).toBe(1);
    const result = JSON.parse(json.stdout) as { ok: boolean; database: { ok: boolean; problems: string[] }; audit: { ok: boolean } };
    expect(result.ok).toBe(false);
    expect(result.database.ok).toBe(false);
    expect(result.audit.ok).toBe(true);
    // Read-only: not a byte of the database changed (no login entry, no recovery).
    expect(readFileSync(join(v.t.vaultDir, 'baken.db')).equals(before)).toBe(true);
    // Wrong passphrase: an authentication error, as at an unlock.
    expect(baken(['vault', 'check'], { ...env, BAKEN_PASSPHRASE: 'not the passphrase at all' }).status).toBe(2);
  });

  it('the backup made before restores into a new folder that checks intact, with every report', () => {
    const restored = join(tmp.path, 'restored');
    const r = baken(['--json', 'backup', 'restore', backupFile, '--identity', key.keyFile], { ...env, BAKEN_VAULT: restored });
    expect(r.status, r.stderr).toBe(0);
    const check = baken(['--json', 'vault', 'check'], { ...env, BAKEN_VAULT: restored });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, attachments: { checked: REPORTS, problems: [] } });
    const list = baken(['--json', 'reports', 'list'], { ...env, BAKEN_VAULT: restored });
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(REPORTS);

    // A damaged attachment in the restored vault is found by the check too (named by its pack).
    const packs = join(restored, 'blobs', 'packs');
    const pack = readdirSync(packs)[0] ?? '';
    flip(join(packs, pack), 5, 1);
    const damaged = baken(['vault', 'check'], { ...env, BAKEN_VAULT: restored });
    expect(damaged.status).toBe(1);
    expect(damaged.stdout).toContain(`attachment: blobs/packs/${pack} at 0: fails its authentication`);
  });
});
