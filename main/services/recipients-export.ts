// Writes the workstation's public recipients to a chosen folder (usually a USB stick) as an age
// recipients file, usable directly with `age -R`.
import { join } from 'node:path';
import { BakenError } from '../../core/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { workstationRecipients } from '../vault/identities';
import type { ServiceContext } from './context';
import type { ActiveSession } from './session';

export const RECIPIENTS_FILE_NAME = 'baken-workstation-recipients.txt';

export function recipientsFileText(r: { x25519: string; pq: string }): string {
  return [
    '# Baken workstation recipients (public keys). Give this file to the intake organisation.',
    '# Use with: age -R baken-workstation-recipients.txt',
    '# hybrid post-quantum (ML-KEM-768 + X25519)',
    r.pq,
    '# X25519',
    r.x25519,
    '',
  ].join('\n');
}

export async function exportRecipients(ctx: ServiceContext, session: ActiveSession): Promise<{ fileName: string; directory: string }> {
  const directory = await ctx.platform.chooseExportDirectory();
  if (!directory) throw new BakenError('medium-unavailable');
  const text = recipientsFileText(workstationRecipients(session.vault.db));
  try {
    writeFileAtomic(join(directory, RECIPIENTS_FILE_NAME), Buffer.from(text, 'utf8'), 0o644);
  } catch {
    throw new BakenError('write-failed');
  }
  session.vault.audit({ actor: session.user.username, action: 'vault.export-recipients', details: { fileName: RECIPIENTS_FILE_NAME } });
  return { fileName: RECIPIENTS_FILE_NAME, directory };
}
