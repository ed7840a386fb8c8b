// The case list picks its query by how many cases match a category (walk the sort order for a
// common one, sort the members of a rare one) and counts categories of live cases only. Whatever
// it picks, the page and the total must be what the plain query says, merged cases excluded.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseFilter, caseFilterSchema } from '../../core/cases/types';
import { listCaseRows } from '../../db/queries/cases';
import type { OpenVault } from '../../main/vault/vault';
import { createVault } from '../../main/vault/vault';
import { fill } from '../bench/cases';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, TEST_KDF } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
let vault: OpenVault;

beforeAll(async () => {
  tmp = tempDir();
  ({ vault } = await createVault(join(tmp.path, 'vault'), { username: 'bench', displayName: 'Bench', passphrase: ADMIN_PASS }, { kdf: TEST_KDF }));
  // Enough cases that common categories have thousands of members, rare combinations a few.
  fill(vault.db, 50_000);
  // Merge every 7th case into the next one, through the column the app sets.
  vault.db.prepare('UPDATE cases SET merged_into = id + 1 WHERE id % 7 = 0 AND id < 50000').run();
  vault.db.exec('ANALYZE');
}, 120_000);
afterAll(() => {
  vault.close();
  tmp.cleanup();
});

const ORDER = {
  queue: 'c.queue_rank, c.received_at DESC, c.id DESC',
  'received-asc': 'c.received_at ASC, c.id ASC',
} as const;

/** The obvious query, one plan for everything. */
function reference(f: { category: string; country?: string; sort: keyof typeof ORDER; offset: number }) {
  const where = `c.merged_into IS NULL AND json_each.value = ? ${f.country ? 'AND c.country = ?' : ''}`;
  const from = `FROM cases c, json_each(c.categories) WHERE ${where}`;
  const args = [f.category, ...(f.country ? [f.country] : [])];
  const ids = vault.db.prepare(`SELECT c.id ${from} ORDER BY ${ORDER[f.sort]} LIMIT 100 OFFSET ?`).pluck().all(...args, f.offset) as number[];
  const total = vault.db.prepare(`SELECT count(*) ${from}`).pluck().get(...args) as number;
  return { ids, total };
}

describe('case list query plans', () => {
  const cases: { category: string; country?: string; sort: keyof typeof ORDER; offset: number }[] = [
    { category: 'digital', sort: 'queue', offset: 0 },
    { category: 'digital', sort: 'received-asc', offset: 2000 },
    { category: 'violence', country: 'IR', sort: 'received-asc', offset: 0 },
    { category: 'violence', country: 'IR', sort: 'queue', offset: 100 },
    { category: 'no-such-category', sort: 'queue', offset: 0 },
  ];
  it.each(cases)('$category $country $sort +$offset', (c) => {
    const filter: CaseFilter = { view: 'all', category: c.category, sort: c.sort, offset: c.offset, ...(c.country ? { country: c.country } : {}) };
    const got = listCaseRows(vault.db, caseFilterSchema.parse(filter), 1, '2026-11-28');
    const want = reference(c);
    expect(got.total).toBe(want.total);
    expect(got.rows.map((r) => r.id)).toEqual(want.ids);
  });

  it('covers both plans: a category with thousands of live members and a combination with a few', () => {
    expect(reference({ category: 'digital', sort: 'queue', offset: 0 }).total).toBeGreaterThan(5000);
    const rare = reference({ category: 'violence', country: 'IR', sort: 'queue', offset: 0 }).total;
    expect(rare).toBeGreaterThan(100);
    expect(rare).toBeLessThan(5000);
  });

  it('a split restores the categories of the case, a merge removes them', () => {
    const count = () => vault.db.prepare('SELECT count(*) FROM case_categories WHERE case_id = 7').pluck().get();
    expect(count()).toBe(0);
    vault.db.prepare('UPDATE cases SET merged_into = NULL WHERE id = 7').run();
    expect(count()).toBe((JSON.parse(vault.db.prepare('SELECT categories FROM cases WHERE id = 7').pluck().get() as string) as string[]).length);
    vault.db.prepare('UPDATE cases SET merged_into = 8 WHERE id = 7').run();
    expect(count()).toBe(0);
  });
});
