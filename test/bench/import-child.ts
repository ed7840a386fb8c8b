// Runs one import in its own process, the way the app does (dispatcher → worker thread), and
// prints the import's wall time and the process's peak memory as JSON. Used by bench/import.ts.
import { CliClient } from '../../main/cli/client';
import { ADMIN_PASS } from '../support/vault';

const [vaultDir, ...paths] = process.argv.slice(2);
if (!vaultDir || paths.length === 0) throw new Error('usage: import-child VAULT FILE…');
const client = new CliClient(vaultDir);
await client.unlock('anna', ADMIN_PASS);
const baselineRss = process.memoryUsage().rss;
const start = process.hrtime.bigint();
const results = await client.call('import.paths', { paths });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
client.close();
const rejected = results.filter((r) => r.status !== 'imported');
process.stdout.write(
  `${JSON.stringify({ ms, imported: results.length - rejected.length, rejected: rejected.map((r) => r.code), baselineRssMiB: baselineRss / 2 ** 20, peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
