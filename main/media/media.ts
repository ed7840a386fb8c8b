// The media Baken can import from: detected removable volumes plus folders an admin configured.
// The renderer names a medium by id and files by the names listed here; main resolves them.
import { createHash } from 'node:crypto';
import { BakenError } from '../../core/errors';
import type { MediumInfo } from '../../core/types';
import { scanMedium } from './scan';
import type { Volume } from './volumes';

export type MediumSource = { path: string; label: string; kind: MediumInfo['kind'] };

export function mediumId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16);
}

export function describeMedia(sources: MediumSource[]): MediumInfo[] {
  const seen = new Set<string>();
  const out: MediumInfo[] = [];
  for (const s of sources) {
    if (seen.has(s.path)) continue;
    seen.add(s.path);
    out.push({
      id: mediumId(s.path),
      label: s.label,
      kind: s.kind,
      path: s.path,
      files: scanMedium(s.path).map(({ name, size, modifiedAt }) => ({ name, size, modifiedAt })),
    });
  }
  return out;
}

export function mediaSources(volumes: Volume[], folders: { path: string; label: string }[]): MediumSource[] {
  return [...volumes.map((v) => ({ ...v, kind: 'removable' as const })), ...folders.map((f) => ({ ...f, kind: 'folder' as const }))];
}

/** Turns a medium id and listed file names into paths, refusing anything not listed on that medium. */
export function resolveBundleFiles(sources: MediumSource[], id: string, names: string[]): { medium: MediumSource; paths: string[] } {
  const medium = sources.find((s) => mediumId(s.path) === id);
  if (!medium) throw new BakenError('medium-unavailable');
  const listed = new Map(scanMedium(medium.path).map((f) => [f.name, f.path]));
  const paths = names.map((n) => {
    const p = listed.get(n);
    if (!p) throw new BakenError('bundle-file-missing');
    return p;
  });
  return { medium, paths: [...new Set(paths)].sort() };
}
