// Checking a vault without changing it (`baken vault check`, admins): the database's structure
// (SQLite's integrity check, which under SQLite3 Multiple Ciphers also authenticates every page it
// reads), the audit chain, and every recorded attachment (its sealed bytes there, authentic, and
// of the recorded content hash). Problems are named by table, audit entry or blob file, never by
// content; the way back from damage is restoring the latest backup into a new folder.
import { createHash } from 'node:crypto';
import { isDatabaseDamaged } from '../../db/sqlite-errors';
import type { BlobRef } from '../../db/blob-ref';
import type { Db } from '../../db/open';
import { allBlobRefs } from '../../db/queries/intake';
import { verifyAudit } from '../audit/chain';
import { BlobStore } from '../blobs/blob-store';
import { vaultPaths } from '../vault/layout';
import type { ReadOnlyVault } from '../vault/open-read-only';

export type VaultCheck = {
  ok: boolean;
  database: { ok: boolean; problems: string[] };
  audit: { ok: boolean; entries: number; problem: string | null };
  attachments: { checked: number; problems: string[] };
};

/** SQLite's integrity check stops after this many findings; so does the attachment check. */
const MAX_PROBLEMS = 100;

/** Runs `work`; a damaged database gives `onDamage()` instead. Other errors pass. */
function unlessDamaged<T>(work: () => T, onDamage: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!isDatabaseDamaged(error)) throw error;
    return onDamage();
  }
}

type SchemaObject = { label: string; name: string };

/** Tables and indexes by root page (label: "table reports"); null when even the schema cannot be read. */
function schemaObjects(db: Db): Map<number, SchemaObject> | null {
  return unlessDamaged(
    () => {
      const rows = db.prepare('SELECT rootpage, type, name FROM sqlite_schema WHERE rootpage > 0').all() as { rootpage: number; type: string; name: string }[];
      return new Map(rows.map((r) => [r.rootpage, { label: `${r.type} ${r.name}`, name: r.name }]));
    },
    () => null,
  );
}

/** Every table's and index's pages walked one tree at a time (dbstat): those that hit a damaged page. */
function damagedObjects(db: Db, objects: Map<number, SchemaObject>): string[] {
  const count = db.prepare('SELECT count(*) FROM dbstat WHERE name = ?').pluck();
  const damaged = [...objects.values()].filter((o) =>
    unlessDamaged(
      () => {
        count.get(o.name);
        return false;
      },
      () => true,
    ),
  );
  return damaged.map((o) => o.label);
}

function databaseProblems(db: Db): string[] {
  const objects = schemaObjects(db);
  if (objects === null) return ['the schema cannot be read (a damaged page)'];
  // One row per finding, or one row of them all joined by newlines (as SQLite3 Multiple Ciphers
  // gives them); null when SQLite stopped at a page that fails its authentication.
  const lines = unlessDamaged<string[] | null>(
    () => (db.pragma(`integrity_check(${MAX_PROBLEMS})`) as { integrity_check: string }[]).flatMap((r) => r.integrity_check.split('\n')),
    () => null,
  );
  if (lines !== null && lines.length === 1 && lines[0] === 'ok') return [];
  const problems: string[] = [];
  // After the first page that cannot be read, SQLite reports every later one too: only the first is known damaged.
  const first = lines?.map((l) => /^Tree (\d+) page (\d+): unable to get the page/.exec(l)).find((m) => m !== null);
  if (first) problems.push(`page ${first[2]} (${objects.get(Number(first[1]))?.label ?? `tree ${first[1]}`}) fails its authentication`);
  for (const what of damagedObjects(db, objects)) problems.push(`${what}: cannot be read in full`);
  if (!first && lines !== null) {
    // Damage to the structure, not to a page's bytes: SQLite's findings, with names for its tree numbers.
    for (const line of lines) {
      if (line.startsWith('*** in database')) continue;
      const m = /^Tree (\d+) (.*)$/.exec(line);
      problems.push(m ? `${objects.get(Number(m[1]))?.label ?? `tree ${m[1]}`}: ${m[2]}` : line);
    }
  }
  return problems.length > 0 ? problems : ['a page outside every table and index fails its check'];
}

function auditResult(vault: ReadOnlyVault): VaultCheck['audit'] {
  return unlessDamaged(
    () => {
      const v = verifyAudit(vault.db, vault.auditKey);
      return { ok: v.ok, entries: v.entries, problem: v.firstBad ? `entry ${v.firstBad.seq}: ${v.firstBad.reason}` : null };
    },
    () => ({ ok: false, entries: 0, problem: 'the audit log cannot be read (a damaged page)' }),
  );
}

function where(store: BlobStore, ref: BlobRef): string {
  return ref.location.kind === 'pack' ? `blobs/packs/${ref.location.pack} at ${ref.location.offset}` : `blobs/data/${store.nameFor(ref.sha256)}`;
}

async function attachmentProblems(vault: ReadOnlyVault): Promise<VaultCheck['attachments']> {
  const refs = unlessDamaged<BlobRef[] | null>(() => allBlobRefs(vault.db), () => null);
  if (refs === null) return { checked: 0, problems: ['the list of attachments cannot be read (a damaged page)'] };
  const store = new BlobStore(vaultPaths(vault.dir).blobs, vault.blobKey);
  const problems: string[] = [];
  for (const ref of refs) {
    if (problems.length >= MAX_PROBLEMS) break;
    const h = createHash('sha256');
    try {
      for await (const chunk of store.read(ref)) h.update(chunk);
      if (h.digest('hex') !== ref.sha256) problems.push(`${where(store, ref)}: not the recorded content`);
    } catch (error) {
      const missing = (error as { code?: unknown }).code === 'ENOENT';
      problems.push(`${where(store, ref)}: ${missing ? 'missing' : 'fails its authentication'}`);
    }
  }
  return { checked: refs.length, problems };
}

export async function checkVault(vault: ReadOnlyVault): Promise<VaultCheck> {
  // (A users table the opening could not read to confirm the role is among these problems.)
  const problems = databaseProblems(vault.db);
  const database = { ok: problems.length === 0, problems };
  const audit = auditResult(vault);
  const attachments = await attachmentProblems(vault);
  return { ok: database.ok && audit.ok && attachments.problems.length === 0, database, audit, attachments };
}
