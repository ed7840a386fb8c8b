// Media as the user sees them: detected removable volumes and configured folders with their bundles.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { BakenError } from '../../core/errors';
import type { MediumInfo } from '../../core/types';
import { addMediaFolder, listMediaFolders, removeMediaFolder } from '../../db/queries/media';
import { type MediumSource, describeMedia, mediaSources, mediumId } from '../media/media';
import type { ServiceContext } from './context';
import type { ActiveSession } from './session';

export function currentSources(ctx: ServiceContext, session: ActiveSession): MediumSource[] {
  return mediaSources(ctx.platform.detectVolumes(), listMediaFolders(session.vault.db));
}

export function listMedia(ctx: ServiceContext, session: ActiveSession): MediumInfo[] {
  return describeMedia(currentSources(ctx, session));
}

export async function addFolder(ctx: ServiceContext, session: ActiveSession, label: string): Promise<MediumInfo[]> {
  const path = await ctx.platform.chooseFolder();
  if (!path) return listMedia(ctx, session);
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new BakenError('folder-invalid');
  const { vault, user } = session;
  if (listMediaFolders(vault.db).some((f) => f.path === path)) throw new BakenError('folder-exists');
  vault.db.transaction(() => {
    addMediaFolder(vault.db, path, label || basename(path), vault.now().toISOString());
    vault.audit({ actor: user.username, action: 'media.add-folder', details: { label } });
  }).immediate();
  return listMedia(ctx, session);
}

export function removeFolder(ctx: ServiceContext, session: ActiveSession, id: string): MediumInfo[] {
  const { vault, user } = session;
  const folder = listMediaFolders(vault.db).find((f) => mediumId(f.path) === id);
  if (!folder) throw new BakenError('medium-unavailable');
  vault.db.transaction(() => {
    removeMediaFolder(vault.db, folder.path);
    vault.audit({ actor: user.username, action: 'media.remove-folder', details: { label: folder.label } });
  }).immediate();
  return listMedia(ctx, session);
}
