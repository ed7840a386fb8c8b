// Runs one import in its own process and prints its wall time and the process's peak memory as
// JSON. Used by bench/import.ts. MODE "app": the built import worker, as the app ships it
// (out/main, from `electron-vite build`); MODE "cli": the way `baken import` runs (sources
// through tsx, the import in the CLI's own thread).
import { CliClient } from '../../main/cli/client';
import { workerRunner } from '../../main/import/run-import';
import { ADMIN_PASS } from '../support/vault';

const BUILT_WORKER = new URL('../../out/main/import-worker.js', import.meta.url);

const [mode, vaultDir, ...paths] = process.argv.slice(2);
if ((mode !== 'app' && mode !== 'cli') || !vaultDir || paths.length === 0) throw new Error('usage: import-child app|cli VAULT FILE…');
const client = new CliClient(vaultDir, {}, mode === 'app' ? { importRunner: workerRunner(BUILT_WORKER) } : {});
await client.unlock('anna', ADMIN_PASS);
const baselineRss = process.memoryUsage().rss;
const start = process.hrtime.bigint();
const results = await client.call('import.paths', { paths });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
client.close();
const rejected = results.filter((r) => r.status !== 'imported');
process.stdout.write(
  `${JSON.stringify({ ms, imported: results.length - rejected.length, rejected: rejected.map((r) => r.code), baselineRssMiB: baselineRss / 2 ** 20, peakRssMiB: process.resourceUsage().maxRSS / 1024})}\n`,
);
