// Makes a bundle with stock tools only — minisign, GNU tar, age — following BUNDLE-FORMAT.md §7
// (files listed one by one: naming the folders would add directory entries, which §2 forbids).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './bundles';

export type StockKey = { pub: string; key: string };

export function minisignKeygen(dir: string): StockKey {
  const pub = join(dir, 'intake.pub');
  const key = join(dir, 'intake.key');
  execFileSync('minisign', ['-G', '-W', '-p', pub, '-s', key], { stdio: 'ignore' });
  return { pub, key };
}

export function ageKeygen(dir: string): { identityFile: string; recipient: string } {
  const identityFile = join(dir, 'age-key.txt');
  execFileSync('age-keygen', ['-o', identityFile], { stdio: 'ignore' });
  const recipient = execFileSync('age-keygen', ['-y', identityFile], { encoding: 'utf8' }).trim();
  return { identityFile, recipient };
}

export function stockBundle(
  work: string,
  o: { bundleId: string; reports: { id: string; bytes: Buffer }[]; attachments: Buffer[]; key: StockKey; recipient: string; out: string; armor?: boolean; legacy?: boolean },
): void {
  mkdirSync(join(work, 'reports'), { recursive: true });
  mkdirSync(join(work, 'attachments'), { recursive: true });
  const files: { path: string; bytes: Buffer }[] = [
    ...o.reports.map((r) => ({ path: `reports/${r.id}.json`, bytes: r.bytes })),
    ...o.attachments.map((a) => ({ path: `attachments/${sha256(a)}`, bytes: a })),
  ];
  for (const f of files) writeFileSync(join(work, f.path), f.bytes);
  const manifest = {
    format: 'baken-bundle/1',
    bundleId: o.bundleId,
    createdAt: '2026-11-28T09:30:00Z',
    producer: { station: 'intake-stock' },
    files: files.map((f) => ({ path: f.path, sha256: sha256(f.bytes), size: f.bytes.length })),
  };
  writeFileSync(join(work, 'manifest.json'), JSON.stringify(manifest));
  execFileSync('minisign', ['-S', ...(o.legacy ? ['-l'] : []), '-s', o.key.key, '-m', 'manifest.json', '-t', `baken-bundle/1 ${o.bundleId}`], { cwd: work, stdio: 'ignore' });
  const tar = execFileSync('tar', ['--format=ustar', '-cf', '-', 'manifest.json', 'manifest.json.minisig', ...files.map((f) => f.path)], { cwd: work, maxBuffer: 1 << 30 });
  execFileSync('age', [...(o.armor ? ['-a'] : []), '-r', o.recipient, '-o', o.out], { input: tar });
}
