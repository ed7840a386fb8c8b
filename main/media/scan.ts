// Lists the bundles on a medium: files ending in .baken (any case) at its top level or in a
// baken/ folder on it (BUNDLE-FORMAT.md §1). Regular files only; links are not followed.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type BundleFile = { name: string; path: string; size: number; modifiedAt: string };

function listDir(dir: string, prefix: string): BundleFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BundleFile[] = [];
  for (const name of names) {
    if (!name.toLowerCase().endsWith('.baken')) continue;
    const path = join(dir, name);
    try {
      const st = lstatSync(path);
      if (st.isFile()) out.push({ name: `${prefix}${name}`, path, size: st.size, modifiedAt: st.mtime.toISOString() });
    } catch {
      // vanished while listing (medium pulled out): skip it
    }
  }
  return out;
}

export function scanMedium(root: string): BundleFile[] {
  let bakenDir: string | null;
  try {
    bakenDir = readdirSync(root).find((n) => n.toLowerCase() === 'baken' && lstatSync(join(root, n)).isDirectory()) ?? null;
  } catch {
    bakenDir = null;
  }
  const files = [...listDir(root, ''), ...(bakenDir ? listDir(join(root, bakenDir), `${bakenDir}/`) : [])];
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
