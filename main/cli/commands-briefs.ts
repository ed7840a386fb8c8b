// CLI commands for anonymised briefs (coordinators), for scripted periodic briefs: brief create,
// brief approve (by a second coordinator), brief export to a folder, brief list.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_K, MAX_K, MIN_K } from '../../core/briefs/briefs';
import { CliError } from './errors';
import type { SessionRunner } from './commands-intake';
import { type Out, print } from './output';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const collectValues = (value: string, previous: string[]) => [...previous, value];

function briefIdOf(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id < 1) throw new CliError('usage', 'the brief id is a positive whole number (baken brief list shows them)');
  return id;
}

export function registerBriefCommands(program: Command, out: Out, withSession: SessionRunner): void {
  const brief = program.command('brief').description('anonymised briefs for the national threat analysis (coordinators)');
  brief
    .command('create')
    .description('make a brief of consenting reports received FROM..TO (inclusive); prints its id')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--k <n>', `suppress counts below this (${MIN_K}..${MAX_K})`, String(DEFAULT_K))
    .option('--vignette <reportId>', 'a report whose narrative is included, redacted (repeatable)', collectValues, [])
    .option('--category <code>', 'only reports with this category (repeatable)', collectValues, [])
    .option('--country <CC>', 'only reports about this country (repeatable)', collectValues, [])
    .action(async (o: { from: string; to: string; k: string; vignette: string[]; category: string[]; country: string[] }) => {
      if (!DAY.test(o.from) || !DAY.test(o.to)) throw new CliError('usage', '--from and --to are dates as YYYY-MM-DD');
      const k = Number(o.k);
      if (!Number.isInteger(k) || k < MIN_K || k > MAX_K) throw new CliError('usage', `--k must be a whole number ${MIN_K}..${MAX_K}`);
      const view = await withSession((c) =>
        c.call('briefs.create', { from: o.from, to: o.to, k, vignettes: o.vignette, filter: { categories: o.category, countries: o.country.map((x) => x.toUpperCase()) } }),
      );
      print(out, view, () => String(view.id));
    });
  brief
    .command('approve')
    .description('approve a brief (a coordinator other than who made or last changed it)')
    .argument('<id>', 'the brief id')
    .action(async (raw: string) => {
      const view = await withSession((c) => c.call('briefs.approve', { briefId: briefIdOf(raw) }));
      print(out, view, () => `${view.reference} approved (content ${view.contentHash.slice(0, 16)})`);
    });
  brief
    .command('export')
    .description('write an approved brief to DIR, age-encrypted to the recipients (given, or configured)')
    .argument('<id>', 'the brief id')
    .requiredOption('--out <dir>', 'the folder to write to (a removable medium)')
    .option('--recipient <age1…>', 'encrypt to this recipient (repeatable; default: the configured ones)', collectValues, [])
    .option('--print', 'write the PDF alone, unencrypted, to print')
    .action(async (raw: string, o: { out: string; recipient: string[]; print?: boolean }) => {
      const file = await withSession((c) => c.call('briefs.exportTo', { briefId: briefIdOf(raw), directory: resolve(o.out), recipients: o.recipient, print: o.print === true }));
      print(out, file, () => `${file.fileName}\t${file.size}\t${file.sha256}`);
    });
  brief
    .command('list')
    .description('briefs: id, reference, period, k, status, reports')
    .action(async () => {
      const rows = await withSession((c) => c.call('briefs.list', {}));
      print(out, rows, () => rows.map((b) => `${b.id}\t${b.reference}\t${b.from}..${b.to}\tk=${b.k}\t${b.status}\t${b.reports ?? `<${b.k}`}`).join('\n'));
    });
}
