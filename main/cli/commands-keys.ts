// CLI commands for key management (admins): vault rekey (a new vault master key; the passphrase
// you unlock with confirms it), and the workstation identities: list, rotate, destroy a retired one.
import type { Command } from 'commander';
import type { RekeyResult, WorkstationIdentityInfo } from '../../core/types';
import { CliError } from './errors';
import type { SessionRunner } from './commands-intake';
import { type Out, print } from './output';

function identityLines(list: WorkstationIdentityInfo[]): string {
  return list.map((i) => `${i.id}\t${i.kind}\t${i.retiredAt ? `retired ${i.retiredAt}` : 'current'}\t${i.recipient}`).join('\n');
}

export function registerKeyCommands(vault: Command, out: Out, withSession: SessionRunner, passphrase: () => string): void {
  vault
    .command('rekey')
    .description('give the vault a new master key: database, blobs, keyslots and audit chain (passphrases stay the same)')
    .action(async () => {
      const result: RekeyResult = await withSession((c) => c.call('keys.rekey', { passphrase: passphrase() }));
      print(out, result, () => `vault re-keyed: ${result.keyslots} keyslots, ${result.blobs} blobs, ${result.auditEntries} audit entries`);
    });
  vault
    .command('identities')
    .description('list the workstation identities (current and retired) by their public recipients')
    .action(async () => {
      const list = await withSession((c) => c.call('keys.identities', {}));
      print(out, list, () => identityLines(list));
    });
  vault
    .command('rotate-identities')
    .description('new workstation identities; the old ones are retired but still open bundles made for them')
    .action(async () => {
      const r = await withSession((c) => c.call('keys.rotateIdentities', {}));
      print(out, r, () => `x25519: ${r.x25519}\npq:     ${r.pq}`);
    });
  vault
    .command('destroy-identity')
    .description('destroy a retired workstation identity: bundles made for it can no longer be opened')
    .argument('<id>', 'the identity id from "vault identities"')
    .action(async (raw: string) => {
      const id = Number(raw);
      if (!Number.isSafeInteger(id) || id <= 0) throw new CliError('usage', 'the identity id is a positive number');
      const list = await withSession((c) => c.call('keys.destroyIdentity', { id }));
      print(out, list, () => identityLines(list));
    });
}
