// Case lists at scale (issue 4): a vault with 100,000 cases (statuses, assignees, priorities,
// categories, countries, follow-ups, received dates spread over three years), then the list
// query the UI runs — one page of 100 with filters and the total — for a mix of filters and
// sorts. p95 on the encrypted database (goal ≤ 20 ms) against a plain copy (goal ≤ 1.3×).
import { join } from 'node:path';
import type { CaseFilterParsed } from '../../core/cases/types';
import { caseFilterSchema } from '../../core/cases/types';
import type { Db } from '../../db/open';
import { listCaseRows } from '../../db/queries/cases';
import { createVault } from '../../main/vault/vault';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, TEST_KDF } from '../support/vault';
import { type BenchResult, percentile } from './measure';
import { plainCopy } from './plain-copy';

const STATUSES = ['new', 'triage', 'open', 'waiting', 'referred', 'closed'] as const;
const CATS = ['intimidation', 'surveillance', 'family-pressure', 'coercion-informant', 'digital', 'consular-legal', 'violence', 'other'];
const COUNTRIES = ['TR', 'CN', 'IR', 'RU', 'ER', 'MA', 'RW', 'SA', 'EG', 'SY'];


export function fill(db: Db, count: number): void {
  let a = 42;
  const rnd = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  const now = '2026-11-28T00:00:00Z';
  db.prepare(`INSERT INTO intake_keys (key_id, public_key, label, added_at, added_by) VALUES ('0123456789ABCDEF', ?, 'b', ?, 'b')`).run(Buffer.alloc(32, 1), now);
  db.prepare(
    `INSERT INTO bundles (bundle_id, created_at, station, signer_key_id, manifest, signature, file_name, file_size, file_sha256, imported_at, imported_by, report_count)
     VALUES ('b', ?, 'b', '0123456789ABCDEF', x'7b7d', 's', 'b', 0, 'x', ?, 'b', 0)`,
  ).run(now, now);
  const users: number[] = [];
  for (let i = 0; i < 12; i++) {
    const id = Number(db.prepare(`INSERT INTO users (username, display_name, created_at) VALUES (?, ?, ?)`).run(`c${i}`, `Counsellor ${i}`, now).lastInsertRowid);
    db.prepare(`INSERT INTO user_roles (user_id, role) VALUES (?, 'counsellor')`).run(id);
    users.push(id);
  }
  const insCase = db.prepare(
    `INSERT INTO cases (number, status, assignee_id, priority, urgent, country, categories, follow_up_on, received_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insCat = db.prepare('INSERT INTO case_categories (case_id, category) VALUES (?, ?)');
  const insReport = db.prepare(
    `INSERT INTO reports (report_id, bundle_id, sha256, content, received_at, channel, language, urgent, categories, summary, imported_at) VALUES (?, 'b', 'x', x'7b7d', ?, 'web', 'nl', 0, '[]', ?, ?)`,
  );
  const insLink = db.prepare('INSERT INTO case_reports (report_id, case_id, origin_case_id) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const received = new Date(Date.parse('2023-11-28T00:00:00Z') + rnd() * 3 * 365 * 86_400_000).toISOString();
      const status = STATUSES[Math.floor(rnd() * STATUSES.length)] ?? 'new';
      const assignee = status === 'new' && rnd() < 0.7 ? null : (users[Math.floor(rnd() * users.length)] ?? null);
      const cats = [CATS[Math.floor(rnd() * CATS.length)] ?? 'other', ...(rnd() < 0.4 ? [CATS[Math.floor(rnd() * CATS.length)] ?? 'other'] : [])];
      const follow = rnd() < 0.3 ? new Date(Date.parse(now) + (rnd() - 0.5) * 60 * 86_400_000).toISOString().slice(0, 10) : null;
      const urgent = rnd() < 0.04 ? 1 : 0;
      const id = Number(
        insCase.run(`VL-${received.slice(0, 4)}-${String(i).padStart(6, '0')}`, status, assignee, urgent ? 'urgent' : rnd() < 0.2 ? 'high' : 'normal', urgent, COUNTRIES[Math.floor(rnd() * COUNTRIES.length)] ?? null, JSON.stringify([...new Set(cats)]), follow, received, now, now).lastInsertRowid,
      );
      for (const c of new Set(cats)) insCat.run(id, c);
      const rid = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      insReport.run(rid, received, `Samenvatting van melding ${i}`, now);
      insLink.run(rid, id, id);
    }
  })();
}

export function filters(): CaseFilterParsed[] {
  const raw = [
    { view: 'inbox' },
    { view: 'all' },
    { view: 'all', statuses: ['open', 'waiting'] },
    { view: 'all', category: 'digital' },
    { view: 'all', country: 'TR', statuses: ['open'] },
    { view: 'all', priority: 'urgent' },
    { view: 'all', followUp: 'overdue' },
    { view: 'all', receivedFrom: '2026-01-01', receivedTo: '2026-03-31' },
    { view: 'all', assigneeId: 3, sort: 'follow-up' },
    { view: 'all', sort: 'updated-desc', statuses: ['closed'] },
    { view: 'all', category: 'violence', country: 'IR', sort: 'received-asc' },
    { view: 'all', offset: 5000 },
  ];
  return raw.map((f) => caseFilterSchema.parse(f));
}

function time(db: Db, fs: CaseFilterParsed[], rounds: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const f of fs) {
      const t0 = performance.now();
      listCaseRows(db, f, 3, '2026-11-28');
      out.push(performance.now() - t0);
    }
  }
  return out;
}

export async function benchCaseList(count = 100_000): Promise<BenchResult> {
  const tmp = tempDir('baken-bench-');
  try {
    const { vault } = await createVault(join(tmp.path, 'vault'), { username: 'bench', displayName: 'Bench', passphrase: ADMIN_PASS }, { kdf: TEST_KDF });
    fill(vault.db, count);
    // The plain copy is written table by table, so its pages lie in order; rebuild the vault's
    // the same way, or the ratio would measure fragmentation from the fill, not encryption.
    vault.db.exec('VACUUM');
    vault.db.pragma('wal_checkpoint(TRUNCATE)');
    vault.db.exec('ANALYZE');
    const plain = plainCopy(vault.db, join(tmp.path, 'plain.sqlite'));
    plain.exec('ANALYZE');
    const fs = filters();
    time(vault.db, fs, 2);
    time(plain, fs, 2);
    const enc = percentile(time(vault.db, fs, 10), 95);
    const pl = percentile(time(plain, fs, 10), 95);
    vault.close();
    plain.close();
    return {
      name: `case list at ${count.toLocaleString('en')} cases: one page of 100 + total, ${fs.length} filter/sort mixes (goal p95 ≤ 20 ms, ≤ 1.3× plain)`,
      value: `p95 ${enc.toFixed(1)} ms encrypted (${enc <= 20 ? 'met' : 'NOT met'})`,
      reference: `p95 ${pl.toFixed(1)} ms on a plain copy`,
      ratio: enc / pl,
    };
  } finally {
    tmp.cleanup();
  }
}
