// CLI commands for backups (admins): backup create to a folder (a removable medium), backup verify
// a backup file without a vault, backup restore one into a new vault (then the audit chain is
// verified with the user's credentials). Secrets come from files, never from arguments.
import { createReadStream, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { BakenError } from '../../core/errors';
import type { AgeKeys } from '../bundle/age-stream';
import { readBackup, restoreBackup } from '../backup/backup-archive';
import { CliClient } from './client';
import { CliError } from './errors';
import type { SessionRunner } from './commands-intake';
import { readInputText } from './input-files';
import { type Out, print } from './output';

const collectValues = (value: string, previous: string[]) => [...previous, value];

type KeyOpts = { identity: string[]; backupPassphraseFile?: string };

function keysFrom(o: KeyOpts): AgeKeys {
  if (o.identity.length > 0 === (o.backupPassphraseFile !== undefined)) throw new CliError('usage', 'give either --identity F (repeatable) or --backup-passphrase-file F');
  if (o.backupPassphraseFile) return { identities: [], passphrase: readInputText(o.backupPassphraseFile, 'backup passphrase') };
  const identities = o.identity.flatMap((f) =>
    readInputText(f, 'identity')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.startsWith('AGE-SECRET-KEY-')),
  );
  if (identities.length === 0) throw new CliError('usage', 'the identity file holds no AGE-SECRET-KEY- line');
  return { identities };
}

function backupFile(file: string): AsyncIterable<Uint8Array> {
  if (!existsSync(file)) throw new CliError('usage', `cannot read the backup file ${file}`);
  return createReadStream(file) as AsyncIterable<Buffer>;
}

export function registerBackupCommands(
  program: Command,
  out: Out,
  withSession: SessionRunner,
  target: () => { vaultDir: string; username: string; passphrase: string },
): void {
  const backup = program.command('backup').description('back up, verify and restore the whole vault (admins)');
  backup
    .command('create')
    .description('write the vault as one age-encrypted file to DIR')
    .requiredOption('--out <dir>', 'the folder to write to (a removable medium)')
    .option('--recipient <age1…>', 'encrypt to this recipient (repeatable; default: the configured backup recipients)', collectValues, [])
    .option('--backup-passphrase-file <file>', 'encrypt to the passphrase in this file instead')
    .action(async (o: { out: string; recipient: string[]; backupPassphraseFile?: string }) => {
      if (o.recipient.length > 0 && o.backupPassphraseFile) throw new CliError('usage', 'give --recipient or --backup-passphrase-file, not both');
      const passphrase = o.backupPassphraseFile ? readInputText(o.backupPassphraseFile, 'backup passphrase') : undefined;
      const result = await withSession((c) => c.call('backup.createTo', { directory: resolve(o.out), recipients: o.recipient, ...(passphrase ? { passphrase } : {}) }));
      print(out, result, () => `${result.fileName}\t${result.size}\t${result.sha256}`);
    });
  backup
    .command('verify')
    .description('decrypt a backup and check every file against its manifest (no vault needed)')
    .argument('<file>', 'the backup file')
    .option('--identity <file>', 'an age identity file (repeatable)', collectValues, [])
    .option('--backup-passphrase-file <file>', 'the backup passphrase, from this file')
    .action(async (file: string, o: KeyOpts) => {
      const check = await readBackup(backupFile(file), keysFrom(o));
      const summary = { ok: true, createdAt: check.manifest.createdAt, createdBy: check.manifest.createdBy, schemaVersion: check.manifest.schemaVersion, files: check.files, bytes: check.bytes };
      print(out, summary, () => `backup intact: ${check.files} files, ${check.bytes} bytes, made ${check.manifest.createdAt} by ${check.manifest.createdBy}`);
    });
  backup
    .command('restore')
    .description('restore a backup into a new vault (--vault / $BAKEN_VAULT, which must not exist); then verify its audit chain as --user')
    .argument('<file>', 'the backup file')
    .option('--identity <file>', 'an age identity file (repeatable)', collectValues, [])
    .option('--backup-passphrase-file <file>', 'the backup passphrase, from this file')
    .action(async (file: string, o: KeyOpts) => {
      const { vaultDir, username, passphrase } = target();
      if (existsSync(vaultDir)) throw new BakenError('vault-exists');
      const check = await restoreBackup(backupFile(file), keysFrom(o), vaultDir);
      // Restored; if this user cannot open it, it stays for someone who can (the error says why).
      const client = new CliClient(vaultDir);
      const verification = await (async () => {
        try {
          await client.unlock(username, passphrase);
          return await client.call('audit.verify', {});
        } finally {
          client.close();
        }
      })();
      if (!verification.ok) {
        rmSync(vaultDir, { recursive: true, force: true });
        throw new CliError('failure', 'the restored audit chain does not verify; the restored vault was removed');
      }
      const v = verification;
      const summary = { restored: vaultDir, files: check.files, bytes: check.bytes, auditEntries: v.entries, auditOk: true };
      print(out, summary, () => `restored ${check.files} files into ${vaultDir}; audit chain intact (${v.entries} entries)`);
    });
}
