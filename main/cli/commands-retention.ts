// CLI commands for retention (admins): `baken retention show` and `set` read and change the periods
// per kind; `baken retention preview` counts what a purge would remove now, per kind (closed cases
// with their reports and attachments, quarantine records, audit entries); `baken retention purge`
// removes it. Counts only, never case numbers or content.
import type { Command } from 'commander';
import type { RetentionCounts, RetentionView } from '../../core/ipc/contract';
import { MAX_RETENTION_DAYS, RETENTION_KINDS, type RetentionKind } from '../../core/retention';
import { CliError } from './errors';
import type { SessionRunner } from './commands-intake';
import { type Out, print } from './output';

const line = (c: RetentionCounts) =>
  `cases\t${c.cases}\nreports\t${c.reports}\nattachments\t${c.attachments}\nquarantine\t${c.quarantine}\naudit entries\t${c.auditEntries}`;

const OPTION: Record<RetentionKind, string> = {
  closedCases: 'closed-cases',
  fabricatedReports: 'fabricated-reports',
  quarantine: 'quarantine',
  auditEntries: 'audit-entries',
};

/** "forever" or a whole number of days. */
function parsePeriod(kind: RetentionKind, raw: string): number | null {
  if (raw === 'forever') return null;
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw new CliError('usage', `--${OPTION[kind]}: "forever" or a number of days from 1 to ${MAX_RETENTION_DAYS}`);
  }
  return days;
}

const periodLines = (v: RetentionView) =>
  [
    ...RETENTION_KINDS.map((k) => `${OPTION[k]}\t${v.periods[k] === null ? 'forever' : `${v.periods[k]} days`}`),
    `held cases\t${v.heldCases}`,
    ...(v.pausedByClock ? [`automatic purge paused: the clock went backwards (${v.pausedByClock.at}); purge by hand after checking the preview`] : []),
  ].join('\n');

export function registerRetentionCommands(program: Command, out: Out, withSession: SessionRunner): void {
  const retention = program.command('retention').description('retention: what is past its period, and purging it (admins)');
  retention
    .command('show')
    .description('the retention periods per kind, and how many cases a legal hold keeps')
    .action(async () => {
      const view = await withSession((c) => c.call('retention.get', {}));
      print(out, view, () => periodLines(view));
    });
  const set = retention.command('set').description('change retention periods: "forever" or days (the others stay as they are)');
  for (const kind of RETENTION_KINDS) set.option(`--${OPTION[kind]} <days|forever>`);
  set.action(async (o: Partial<Record<RetentionKind, string>>) => {
    const given = RETENTION_KINDS.filter((k) => o[k] !== undefined);
    if (given.length === 0) throw new CliError('usage', `give at least one of ${RETENTION_KINDS.map((k) => `--${OPTION[k]}`).join(', ')}`);
    const changes = given.map((k) => [k, parsePeriod(k, o[k] ?? '')] as const);
    const view = await withSession(async (c) => {
      const { periods } = await c.call('retention.get', {});
      for (const [k, days] of changes) periods[k] = days;
      return c.call('retention.set', { periods });
    });
    print(out, view, () => periodLines(view));
  });
  retention
    .command('preview')
    .description('count what a purge would remove now, per kind')
    .action(async () => {
      const counts = await withSession((c) => c.call('retention.preview', {}));
      print(out, counts, () => line(counts));
    });
  retention
    .command('purge')
    .description('remove what is past its retention period now (blob bytes overwritten)')
    .action(async () => {
      const counts = await withSession((c) => c.call('retention.purge', {}));
      print(out, counts, () => line(counts));
    });
}
