// Runs one export channel (briefs.export, referrals.send, backup.create) through the real
// dispatcher in a child process whose file size limit is lowered just before the call, so the
// write to the medium fails with a real EFBIG, as on a full medium. The limit comes only after the
// unlock and a checkpoint that empties the WAL: the vault's own small writes (the audit entry of
// the failure) stay under it, as they would on the vault's disk, which is not the full one.
// Usage: export-child.ts ROOT USER CHANNEL INPUT_JSON LIMIT_BYTES (passphrase in BAKEN_PASSPHRASE).
// Prints {ok, code, entries} as JSON: the outcome and what is left in the medium's folder.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { testDispatcher } from './vault';

const [root = '', username = '', channel = '', input = '{}', limit = '0'] = process.argv.slice(2);

function fileSizeLimit(bytes: number | 'unlimited'): void {
  // RLIMIT_FSIZE, the soft limit only, so it can be raised again (util-linux prlimit).
  const r = spawnSync('prlimit', ['--pid', String(process.pid), `--fsize=${bytes}:`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`prlimit failed: ${r.stderr}`);
}

const t = testDispatcher(root);
await t.ok('session.unlock', { username, passphrase: process.env.BAKEN_PASSPHRASE ?? '' });
t.dispatcher.sessions.require().vault.db.pragma('wal_checkpoint(TRUNCATE)');
fileSizeLimit(Number(limit));
const result = await t.call(channel, JSON.parse(input) as unknown);
fileSizeLimit('unlimited');
t.dispatcher.sessions.lock('shutdown');
process.stdout.write(JSON.stringify({ ok: result.ok, code: result.ok ? null : result.error.code, entries: readdirSync(t.exportDir) }));
