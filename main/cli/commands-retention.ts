// CLI commands for retention (admins): `baken retention preview` counts what a purge would remove
// now, per kind (closed cases with their reports and attachments, quarantine records, audit entries);
// `baken retention purge` removes it. Counts only, never case numbers or content.
import type { Command } from 'commander';
import type { RetentionCounts } from '../../core/ipc/contract';
import type { SessionRunner } from './commands-intake';
import { type Out, print } from './output';

const line = (c: RetentionCounts) =>
  `cases\t${c.cases}\nreports\t${c.reports}\nattachments\t${c.attachments}\nquarantine\t${c.quarantine}\naudit entries\t${c.auditEntries}`;

export function registerRetentionCommands(program: Command, out: Out, withSession: SessionRunner): void {
  const retention = program.command('retention').description('retention: what is past its period, and purging it (admins)');
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
