// Import throughput (issue 3):
//  - a bundle with a 1 GiB attachment: import wall time against `age -d FILE | sha256sum` on the
//    same file (goal ≤ 1.5×), and the importing process's peak memory (goal < 256 MiB);
//  - 1,000 small bundles (3 reports, 2 small attachments each): bundles per second against the
//    stock pipeline `age -d | tar -x` + `minisign -V` per bundle (goal ≥ 3×).
import { execFileSync, spawnSync } from 'node:child_process';
import { createCipheriv, randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PackAttachment, attachmentFromBytes, packBundle } from '../../main/bundle/pack';
import { writeStreamAtomic } from '../../main/fs/write-stream-atomic';
import { createSynth } from '../../main/bundle/synth';
import { jsonBytes, newIntake, reportObject, sha256 } from '../support/bundles';
import { ageKeygen } from '../support/stock-bundle';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, testDispatcher } from '../support/vault';
import type { BenchResult } from './measure';

const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ELECTRON_VITE = fileURLToPath(new URL('../../node_modules/electron-vite/bin/electron-vite.js', import.meta.url));

/** Deterministic incompressible bytes without a plaintext file: an AES-CTR keystream. */
function* keystream(total: number): Generator<Buffer> {
  const c = createCipheriv('aes-256-ctr', Buffer.alloc(32, 7), Buffer.alloc(16));
  const zeros = Buffer.alloc(1 << 20);
  for (let left = total; left > 0; left -= zeros.length) yield c.update(left >= zeros.length ? zeros : zeros.subarray(0, left));
}

async function setup(root: string) {
  const t = testDispatcher(root);
  const created = await t.ok('vault.create', { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS });
  await t.ok('users.setRoles', { userId: created.session.userId, roles: ['admin', 'counsellor'] });
  const intake = newIntake();
  await t.ok('trust.add', { publicKey: intake.publicKeyText, label: 'bench' });
  t.dispatcher.sessions.lock('shutdown');
  const age = ageKeygen(root);
  const pub = join(root, 'intake.pub');
  writeFileSync(pub, intake.publicKeyText);
  return { vaultDir: t.vaultDir, intake, age, pub, to: { recipients: [created.recipients.x25519, age.recipient] } };
}

let built = false;
/** The app's import runs the built worker: build once per bench run, so it is the current code. */
function buildApp(): void {
  if (built) return;
  execFileSync(process.execPath, [ELECTRON_VITE, 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  built = true;
}

type ImportMode = 'app' | 'cli';

/** A synthetic report with the given attachments in place of its own. */
function synthReport(synth: ReturnType<typeof createSynth>, attachments: Buffer[]): Record<string, unknown> {
  const report = JSON.parse(synth.next().json.toString('utf8')) as Record<string, unknown>;
  report.attachments = attachments.map((a, i) => ({ sha256: sha256(a), filename: `bijlage-${i}.txt`, mediaType: 'text/plain' }));
  return report;
}

function runChild(mode: ImportMode, vaultDir: string, paths: string[]) {
  if (mode === 'app') buildApp();
  const r = spawnSync(process.execPath, ['--import', TSX, CHILD, mode, vaultDir, ...paths], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`import child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { ms: number; imported: number; rejected: string[]; baselineRssMiB: number; peakRssMiB: number };
}

function timeShell(script: string, env: Record<string, string>): number {
  const start = process.hrtime.bigint();
  execFileSync('bash', ['-c', script], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function benchLargeBundle(sizeBytes = 2 ** 30): Promise<BenchResult[]> {
  const tmp = tempDir('baken-bench-');
  try {
    const s = await setup(tmp.path);
    const attachment: PackAttachment = await (async () => {
      const { createHash } = await import('node:crypto');
      const h = createHash('sha256');
      for (const c of keystream(sizeBytes)) h.update(c);
      return { sha256: h.digest('hex'), size: sizeBytes, data: () => (async function* () { yield* keystream(sizeBytes); })() };
    })();
    const report = reportObject();
    (report as { attachments: unknown[] }).attachments = [{ sha256: attachment.sha256, filename: 'video.mp4', mediaType: 'video/mp4' }];
    const file = join(tmp.path, 'large.baken');
    await writeStreamAtomic(file, packBundle({ reports: [jsonBytes(report)], attachments: [attachment], station: 'bench', signer: s.intake.key, to: s.to }).stream);
    const reference = timeShell('age -d -i "$KEY" "$FILE" | sha256sum >/dev/null', { KEY: s.age.identityFile, FILE: file });
    const ours = runChild('app', s.vaultDir, [file]);
    if (ours.imported !== 1) throw new Error(`large bundle not imported: ${ours.rejected.join(',')}`);
    const gib = (sizeBytes / 2 ** 30).toFixed(2);
    return [
      {
        name: `import of a bundle with a ${gib} GiB attachment (goal ≤ 1.5×)`,
        value: `${(ours.ms / 1000).toFixed(2)} s`,
        reference: `age -d FILE | sha256sum: ${(reference / 1000).toFixed(2)} s`,
        ratio: ours.ms / reference,
      },
      {
        name: 'peak memory of the importing process (goal < 256 MiB)',
        value: `${ours.peakRssMiB.toFixed(0)} MiB (${ours.peakRssMiB < 256 ? 'met' : 'NOT met'}; ${ours.baselineRssMiB.toFixed(0)} MiB before the import)`,
        reference: '256 MiB',
        ratio: ours.peakRssMiB / 256,
      },
    ];
  } finally {
    tmp.cleanup();
  }
}

export async function benchSmallBundles(count = 1000): Promise<BenchResult[]> {
  const tmp = tempDir('baken-bench-');
  try {
    const s = await setup(tmp.path);
    const dir = join(tmp.path, 'stick');
    mkdirSync(dir);
    const paths: string[] = [];
    const synth = createSynth({ seed: 11, receivedFrom: new Date('2026-01-01T00:00:00Z'), receivedTo: new Date('2026-11-01T00:00:00Z') });
    for (let i = 0; i < count; i++) {
      const a1 = Buffer.from(`bijlage 1 van bundel ${i}\n`.repeat(40));
      const a2 = Buffer.from(`bijlage 2 van bundel ${i}\n`.repeat(200));
      // Reports as intake writes them (synth: varied narratives, reporters, 3 % near-duplicates).
      const reports = [[a1], [a2], []].map((atts) => jsonBytes(synthReport(synth, atts)));
      const path = join(dir, `${String(i).padStart(4, '0')}.baken`);
      const { stream } = packBundle({ reports, attachments: [attachmentFromBytes(a1), attachmentFromBytes(a2)], station: 'bench', signer: s.intake.key, to: s.to, bundleId: randomUUID() });
      await writeStreamAtomic(path, stream);
      paths.push(path);
    }
    const stock = timeShell(
      'for f in "$DIR"/*.baken; do d=$(mktemp -d); age -d -i "$KEY" "$f" | tar -x -C "$d"; minisign -Vq -p "$PUB" -m "$d/manifest.json"; rm -rf "$d"; done',
      { DIR: dir, KEY: s.age.identityFile, PUB: s.pub },
    );
    // The app's import (built worker; timed to its results) is the goal. The CLI's is shown beside
    // it, timed to its end: it also indexes the new reports and computes their signals.
    const results: BenchResult[] = [];
    for (const mode of ['app', 'cli'] as const) {
      // Each run imports into its own copy of the empty vault.
      const vaultDir = join(tmp.path, `vault-${mode}`);
      cpSync(s.vaultDir, vaultDir, { recursive: true });
      const ours = runChild(mode, vaultDir, paths);
      if (ours.imported !== count) throw new Error(`only ${ours.imported} of ${count} imported: ${ours.rejected.slice(0, 3).join(',')}`);
      const oursRate = count / (ours.ms / 1000);
      const stockRate = count / (stock / 1000);
      results.push({
        name:
          mode === 'app'
            ? `${count} small bundles (3 reports, 2 attachments each), the app's import (goal ≥ 3× faster)`
            : `${count} small bundles, \`baken import\` to its end: results, then search entries and review signals (sources through tsx)`,
        value: `${oursRate.toFixed(0)} bundles/s`,
        reference: `age -d | tar -x + minisign -V per bundle: ${stockRate.toFixed(0)} bundles/s`,
        ratio: oursRate / stockRate,
      });
    }
    return results;
  } finally {
    tmp.cleanup();
  }
}
