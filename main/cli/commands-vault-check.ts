// `baken vault check` (admins): checks the vault without changing it — database pages and
// structure, the audit chain, every attachment — and prints ok or what is damaged, with the way
// back. Exit 1 when anything is damaged.
import type { Command } from 'commander';
import { systemClock } from '../services/clock';
import { type VaultCheck, checkVault } from '../services/vault-check';
import { openVaultReadOnly } from '../vault/open-read-only';
import { EXIT } from './errors';
import { type Out, print } from './output';

export const RESTORE_HINT = 'Restore the latest backup into a new folder (baken backup restore FILE with --vault NEW), check it with baken vault check, then use that folder.';

function human(r: VaultCheck): string {
  if (r.ok) return `vault intact: database ok, audit chain intact (${r.audit.entries} entries), ${r.attachments.checked} attachments authentic`;
  const lines = ['vault DAMAGED'];
  for (const p of r.database.problems) lines.push(`  database: ${p}`);
  if (!r.audit.ok) lines.push(`  audit log: ${r.audit.problem ?? 'broken'}`);
  for (const p of r.attachments.problems) lines.push(`  attachment: ${p}`);
  lines.push(RESTORE_HINT);
  return lines.join('\n');
}

export function registerVaultCheckCommand(
  vault: Command,
  out: Out,
  target: () => { vaultDir: string; username: string; passphrase: string },
  setExit: (code: number) => void,
): void {
  vault
    .command('check')
    .description('check the vault without changing it (database pages, audit chain, attachments); exit 1 when damaged')
    .action(async () => {
      const { vaultDir, username, passphrase } = target();
      const opened = await openVaultReadOnly(vaultDir, username, passphrase, systemClock);
      let result: VaultCheck;
      try {
        result = await checkVault(opened);
      } finally {
        opened.close();
      }
      print(out, result, () => human(result));
      if (!result.ok) setExit(EXIT.failure);
    });
}
