// Finds mounted removable volumes: Linux /media/*/* and /run/media/*/*, macOS /Volumes/*,
// Windows removable drives. Read-only: listing never writes to a medium.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Volume = { path: string; label: string };

function subdirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() || d.isSymbolicLink())
      .map((d) => join(dir, d.name))
      .filter((p) => isDir(p));
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function linuxVolumes(roots: string[]): Volume[] {
  // /media/<user>/<label> and /run/media/<user>/<label>; some systems mount at /media/<label>.
  const out: Volume[] = [];
  for (const root of roots) {
    for (const level1 of subdirs(root)) {
      const level2 = subdirs(level1);
      if (level2.length === 0) out.push({ path: level1, label: level1.split('/').pop() ?? level1 });
      for (const v of level2) out.push({ path: v, label: v.split('/').pop() ?? v });
    }
  }
  return out;
}

function macVolumes(): Volume[] {
  // The boot volume appears in /Volumes as a link to /; it is not removable.
  return subdirs('/Volumes')
    .filter((p) => {
      try {
        return statSync(p).dev !== statSync('/').dev;
      } catch {
        return false;
      }
    })
    .map((p) => ({ path: p, label: p.split('/').pop() ?? p }));
}

function windowsVolumes(): Volume[] {
  // DriveType 2 = removable. PowerShell ships with every supported Windows; no network involved.
  try {
    const out = execFileSync(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', 'Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2" | ForEach-Object { $_.DeviceID + "|" + $_.VolumeName }'],
      { encoding: 'utf8', timeout: 5000, windowsHide: true },
    );
    return out
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => /^[A-Z]:\|/.test(l))
      .map((l) => {
        const [drive = '', name = ''] = l.split('|');
        return { path: `${drive}\\`, label: name || drive };
      });
  } catch {
    return [];
  }
}

export function detectVolumes(platform: NodeJS.Platform = process.platform, linuxRoots = ['/media', '/run/media']): Volume[] {
  switch (platform) {
    case 'linux':
      return linuxVolumes(linuxRoots);
    case 'darwin':
      return macVolumes();
    case 'win32':
      return windowsVolumes();
    default:
      return [];
  }
}
