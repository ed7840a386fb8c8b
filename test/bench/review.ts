// Authenticity signals at scale (issue 5): a vault with 100,000 synthetic reports (synth: varied
// narratives, 3 % near-duplicates), their review facts recorded (fingerprints, LSH keys, contact
// keys), then a new bundle's reports — half of them near-duplicates of stored ones — and the time
// to compute their signals (goal ≤ 200 ms per report). Beside it: a brute-force comparison of the
// same new reports with every stored narrative (exact shingle Jaccard, shingle sets precomputed).
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_SIGNAL_WEIGHTS } from '../../core/review/signals';
import { markPending, recordSighting, reviewQueue } from '../../db/queries/review';
import type { Db } from '../../db/open';
import { createSynth } from '../../main/bundle/synth';
import { contactKeyFrom } from '../../main/review/contacts';
import { jaccard, shingleSet } from '../../main/review/fingerprint';
import { computePendingSignals } from '../../main/review/pending';
import { recordReviewFacts } from '../../main/review/review-facts';
import { NEAR_DUPLICATE_MIN } from '../../main/review/signals';
import { createVault } from '../../main/vault/vault';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, TEST_KDF } from '../support/vault';
import { type BenchResult, median } from './measure';

const NOW = '2026-11-01T00:00:00Z';
const KEY_ID = '0123456789ABCDEF';

function seed(db: Db, bundleId: string) {
  db.prepare(`INSERT INTO intake_keys (key_id, public_key, label, added_at, added_by) VALUES (?, ?, 'bench', ?, 'bench')`).run(KEY_ID, Buffer.alloc(32, 1), NOW);
  const insBundle = db.prepare(
    `INSERT INTO bundles (bundle_id, created_at, station, signer_key_id, manifest, signature, file_name, file_size, file_sha256, imported_at, imported_by, report_count)
     VALUES (?, ?, 'bench', ?, ?, 'sig', 'bench.baken', 0, ?, ?, 'bench', 0)`,
  );
  const insCase = db.prepare('INSERT INTO cases (number, received_at, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const insReport = db.prepare(
    `INSERT INTO reports (report_id, bundle_id, sha256, content, received_at, channel, language, urgent, categories, summary, imported_at)
     VALUES (?, ?, ?, ?, ?, 'web', 'nl', 0, '[]', ?, ?)`,
  );
  const insLink = db.prepare('INSERT INTO case_reports (report_id, case_id, origin_case_id) VALUES (?, ?, ?)');
  insBundle.run(bundleId, NOW, KEY_ID, Buffer.from('{}'), '0'.repeat(64), NOW);
  let n = 0;
  return {
    newBundle: (id: string, createdAt: string) => insBundle.run(id, createdAt, KEY_ID, Buffer.from('{}'), '0'.repeat(64), NOW),
    add: (bundle: string, r: { reportId: string; json: Buffer }) => {
      const parsed = JSON.parse(r.json.toString('utf8')) as { receivedAt: string; incident: { summary: string } };
      n++;
      const caseId = Number(insCase.run(`B-${n}`, parsed.receivedAt, NOW, NOW).lastInsertRowid);
      insReport.run(r.reportId, bundle, '0'.repeat(64), r.json, parsed.receivedAt, parsed.incident.summary, NOW);
      insLink.run(r.reportId, caseId, caseId);
    },
  };
}

export async function benchReviewSignals(count = 100_000, fresh = 20): Promise<BenchResult[]> {
  const tmp = tempDir('baken-bench-');
  try {
    const { vault } = await createVault(join(tmp.path, 'vault'), { username: 'bench', displayName: 'Bench', passphrase: ADMIN_PASS }, { kdf: TEST_KDF });
    const db = vault.db;
    const contactKey = contactKeyFrom(randomBytes(32));
    const synth = createSynth({ seed: 5, receivedFrom: new Date('2024-01-01T00:00:00Z'), receivedTo: new Date('2026-10-01T00:00:00Z') });
    const s = seed(db, 'stored');
    const stored: { id: string; narrative: string }[] = [];
    const BATCH = 2000;
    for (let i = 0; i < count; i += BATCH) {
      db.transaction(() => {
        const ids: string[] = [];
        for (let j = i; j < Math.min(count, i + BATCH); j++) {
          const r = synth.next();
          s.add('stored', r);
          ids.push(r.reportId);
          stored.push({ id: r.reportId, narrative: (JSON.parse(r.json.toString('utf8')) as { incident: { narrative: string } }).incident.narrative });
        }
        recordReviewFacts(db, contactKey, ids);
      })();
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('ANALYZE');

    // The new bundle: synth reports, half of them rewritten from stored narratives.
    s.newBundle('new', NOW);
    const pick = (k: number) => stored[(k * 7919) % stored.length] as { id: string; narrative: string };
    const newReports: { id: string; narrative: string }[] = [];
    db.transaction(() => {
      for (let k = 0; k < fresh; k++) {
        const base = JSON.parse(synth.next().json.toString('utf8')) as { reportId: string; incident: { narrative: string } };
        const reportId = randomUUID();
        if (k % 2 === 0) base.incident.narrative = `${pick(k).narrative} Dit is wat mij is overkomen.`;
        const json = Buffer.from(JSON.stringify({ ...base, reportId }));
        s.add('new', { reportId, json });
        recordSighting(db, reportId, 'new', NOW);
        newReports.push({ id: reportId, narrative: base.incident.narrative });
      }
      markPending(db, newReports.map((r) => r.id));
    })();

    const t0 = performance.now();
    const done = computePendingSignals(db, contactKey, () => new Date(NOW));
    const ours = (performance.now() - t0) / done;
    const found = newReports.filter((r, k) => k % 2 === 0 && (db.prepare(`SELECT related FROM report_signals WHERE report_id = ? AND kind = 'near-duplicate'`).pluck().get(r.id) as string | undefined)?.includes(pick(k).id)).length;

    // Brute force: every new report against every stored narrative (shingle sets made beforehand).
    const sets = stored.map((x) => shingleSet(x.narrative));
    const t1 = performance.now();
    let bruteHits = 0;
    const withMatch = new Set<string>();
    for (const r of newReports) {
      const mine = shingleSet(r.narrative);
      for (const other of sets) {
        if (jaccard(mine, other) < NEAR_DUPLICATE_MIN) continue;
        bruteHits++;
        withMatch.add(r.id);
      }
    }
    const brute = (performance.now() - t1) / newReports.length;
    // Recall where it matters: every report that has a near-duplicate shows the signal.
    const flagged = newReports.filter((r) => db.prepare(`SELECT 1 FROM report_signals WHERE report_id = ? AND kind = 'near-duplicate'`).get(r.id) !== undefined).length;
    // The review queue's first page, as a reviewer opens it (every report scored and sorted).
    const weights = JSON.stringify(DEFAULT_SIGNAL_WEIGHTS);
    const queueTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      reviewQueue(db, { weights, minScore: 0, open: false, kind: null, limit: 100, offset: 0 });
      queueTimes.push(performance.now() - t);
    }
    const queueMs = median(queueTimes);
    vault.close();
    return [
      {
        name: `review queue, first page of 100, over ${(count + fresh).toLocaleString('en')} reports (no goal named; shown for scale)`,
        value: `${queueMs.toFixed(0)} ms (median of 7)`,
        reference: 'the signals of one new report, above',
        ratio: queueMs / ours,
      },
      {
        name: `signals of a new bundle's reports against ${count.toLocaleString('en')} stored reports (goal ≤ 200 ms per report)`,
        value: `${ours.toFixed(1)} ms per report (${ours <= 200 ? 'met' : 'NOT met'}); ${found} of ${fresh / 2} planted near-duplicates found; ${flagged} reports flagged, brute force finds a near-duplicate for ${withMatch.size}`,
        reference: `brute-force comparison with every stored narrative: ${brute.toFixed(0)} ms per report (${bruteHits} pairs ≥ ${NEAR_DUPLICATE_MIN})`,
        ratio: ours / brute,
      },
    ];
  } finally {
    tmp.cleanup();
  }
}
