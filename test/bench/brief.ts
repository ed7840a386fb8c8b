// Briefs at scale (issue 7): a vault with 100,000 synthetic reports received over a year, then a
// brief over the whole year with 10 vignettes, as a coordinator makes it (the counted reports
// chosen and stored, the suppressed tables, the vignettes detected and redacted), and its export
// (leak check against every identifier of the counted reports, PDF, JSON, age encryption,
// write-verify). Goal: the brief built in ≤ 30 s. The reference, measured in the same run, is the
// floor any brief builder pays: reading and parsing every report of the period once.
// Also the redaction throughput in MB/s, against lower-casing the same text (touching every char).
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/open';
import { createSynth } from '../../main/bundle/synth';
import { approve, create, exportBrief } from '../../main/services/briefs';
import { workstationRecipients } from '../../main/vault/identities';
import type { ServiceContext } from '../../main/services/context';
import { createVault } from '../../main/vault/vault';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, TEST_KDF } from '../support/vault';
import { type BenchResult, timeAsync } from './measure';
import { redactionCorpus, redactionThroughput } from './redaction-throughput';

const COUNT = 100_000;
const NOW = '2026-01-05T00:00:00Z';

function fill(db: Db, count: number): string[] {
  const bundleId = randomUUID();
  db.prepare(`INSERT INTO intake_keys (key_id, public_key, label, added_at, added_by) VALUES ('0123456789abcdef', ?, 'bench', ?, 'bench')`).run(Buffer.alloc(32, 1), NOW);
  db.prepare(
    `INSERT INTO bundles (bundle_id, created_at, station, signer_key_id, manifest, signature, file_name, file_size, file_sha256, imported_at, imported_by, report_count)
     VALUES (?, ?, 'bench', '0123456789abcdef', ?, 'sig', 'bench.baken', 0, ?, ?, 'bench', 0)`,
  ).run(bundleId, NOW, Buffer.from('{}'), '0'.repeat(64), NOW);
  const insCase = db.prepare('INSERT INTO cases (number, received_at, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const insReport = db.prepare(
    `INSERT INTO reports (report_id, bundle_id, sha256, content, received_at, channel, language, urgent, categories, summary, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, '[]', ?, ?)`,
  );
  const insLink = db.prepare('INSERT INTO case_reports (report_id, case_id, origin_case_id) VALUES (?, ?, ?)');
  const synth = createSynth({ seed: 11, receivedFrom: new Date('2025-01-01T00:00:00Z'), receivedTo: new Date('2026-01-01T00:00:00Z') });
  const consenting: string[] = [];
  for (let done = 0; done < count; ) {
    db.transaction(() => {
      for (let i = 0; i < 5000 && done < count; i++, done++) {
        const r = synth.next();
        const report = JSON.parse(r.json.toString('utf8')) as { receivedAt: string; channel: string; language: string; incident: { summary: string }; reporter: { consent: { anonymisedAnalysis: boolean } } };
        const caseId = Number(insCase.run(`B-${done}`, report.receivedAt, NOW, NOW).lastInsertRowid);
        insReport.run(r.reportId, bundleId, '0'.repeat(64), r.json, report.receivedAt, report.channel, report.language, report.incident.summary, NOW);
        insLink.run(r.reportId, caseId, caseId);
        if (report.reporter.consent.anonymisedAnalysis && consenting.length < 10) consenting.push(r.reportId);
      }
    })();
  }
  return consenting;
}

export async function benchBrief(): Promise<BenchResult[]> {
  const tmp = tempDir('baken-bench-brief-');
  try {
    const { vault, user } = await createVault(join(tmp.path, 'vault'), { username: 'bench', displayName: 'Bench', passphrase: ADMIN_PASS }, { kdf: TEST_KDF });
    vault.db.prepare(`INSERT INTO user_roles (user_id, role) VALUES (?, 'coordinator')`).run(user.id);
    const maker = { vault, user: { ...user, roles: [...user.roles, 'coordinator' as const] } };
    const vignettes = fill(vault.db, COUNT);
    vault.db.pragma('wal_checkpoint(TRUNCATE)');

    const scanMs = await timeAsync(async () => {
      let n = 0;
      for (const row of vault.db.prepare(`SELECT content FROM reports WHERE received_at >= '2025-01-01' AND received_at < '2026-01-01'`).pluck().iterate()) {
        if ((JSON.parse((row as Buffer).toString('utf8')) as { reporter: { consent: { anonymisedAnalysis: boolean } } }).reporter.consent.anonymisedAnalysis) n++;
      }
      return n;
    });
    let briefId = 0;
    const createMs = await timeAsync(async () => {
      briefId = create(maker, { from: '2025-01-01', to: '2025-12-31', filter: { categories: [], countries: [] }, vignettes }).id;
    });
    // A second coordinator approves (through the database: four eyes are tested elsewhere).
    vault.db.prepare(`UPDATE briefs SET updated_by = 'someone-else' WHERE id = ?`).run(briefId);
    approve(maker, briefId);
    const usb = join(tmp.path, 'usb');
    mkdirSync(usb);
    const ctx = { platform: { chooseExportDirectory: async () => usb } } as unknown as ServiceContext;
    const { x25519 } = workstationRecipients(vault.db);
    const exportMs = await timeAsync(() => exportBrief(ctx, maker, { id: briefId, print: false, recipients: [x25519] }));
    vault.close();

    const redaction = await redactionThroughput();
    const lowerStart = process.hrtime.bigint();
    let chars = 0;
    const { texts } = redactionCorpus();
    for (const t of texts) chars += t.normalize('NFC').toLowerCase().length;
    const lowerMs = Number(process.hrtime.bigint() - lowerStart) / 1e6;
    const lowerMbps = redaction.bytes / (1024 * 1024) / (lowerMs / 1000);
    return [
      {
        name: `brief over ${COUNT.toLocaleString('en')} reports, 10 vignettes: made (goal ≤ 30 s) vs reading and parsing the period's reports once`,
        value: `${(createMs / 1000).toFixed(2)} s`,
        reference: `${(scanMs / 1000).toFixed(2)} s`,
        ratio: createMs / scanMs,
      },
      {
        name: 'the same brief exported (leak check against every identifier of the counted reports, PDF, JSON, age, write-verify) vs reading the reports once',
        value: `${(exportMs / 1000).toFixed(2)} s`,
        reference: `${(scanMs / 1000).toFixed(2)} s`,
        ratio: exportMs / scanMs,
      },
      {
        name: `redaction throughput (${(redaction.bytes / 1024 / 1024).toFixed(1)} MB of narratives, detect + redact) vs lower-casing the same text`,
        value: `${redaction.mbPerSecond.toFixed(1)} MB/s`,
        reference: `${lowerMbps.toFixed(1)} MB/s (${chars} chars)`,
        ratio: lowerMbps / redaction.mbPerSecond,
      },
    ];
  } finally {
    tmp.cleanup();
  }
}
