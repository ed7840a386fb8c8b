// Retention periods and the last purge, kept as vault settings. A period is whole days; null (or
// 0, stored as null) means keep forever, the default for every kind: nothing is purged until an
// admin sets a period. Settings stored before a kind existed read it as keep forever.
import { z } from 'zod';
import { MAX_RETENTION_DAYS, MIN_AUDIT_RETENTION_DAYS, RETENTION_KINDS, type RetentionKind } from '../../core/retention';
import { getSetting, putSetting } from '../../db/queries/settings';
import type { Db } from '../../db/open';
import type { RetentionCounts, RetentionView } from '../../core/ipc/contract';

export { MAX_RETENTION_DAYS, RETENTION_KINDS, type RetentionKind };
export type RetentionPeriods = Record<RetentionKind, number | null>;
export type PurgeCounts = RetentionCounts;
export type LastPurge = NonNullable<RetentionView['lastPurge']>;

const PERIODS_KEY = 'retention.periods';
const LAST_KEY = 'retention.lastPurge';

const days = z.number().int().min(0).max(MAX_RETENTION_DAYS).nullable().catch(null);
const storedPeriods = z.object({ closedCases: days, fabricatedReports: days, quarantine: days, auditEntries: days });
const count = z.number().int().min(0);
const storedLast = z.object({
  at: z.string(),
  actor: z.string().nullable(),
  counts: z.object({ cases: count, reports: count, attachments: count, quarantine: count, auditEntries: count.catch(0) }),
});

export const KEEP_FOREVER: RetentionPeriods = { closedCases: null, fabricatedReports: null, quarantine: null, auditEntries: null };

const normalise = (d: number | null): number | null => (d === null || d === 0 ? null : d);

/** Every kind normalised; an audit period below the minimum (never written by Baken) is read as the minimum. */
function normaliseAll(p: RetentionPeriods): RetentionPeriods {
  const audit = normalise(p.auditEntries);
  return {
    closedCases: normalise(p.closedCases),
    fabricatedReports: normalise(p.fabricatedReports),
    quarantine: normalise(p.quarantine),
    auditEntries: audit === null ? null : Math.max(audit, MIN_AUDIT_RETENTION_DAYS),
  };
}

export function readPeriods(db: Db): RetentionPeriods {
  const raw = getSetting(db, PERIODS_KEY);
  if (raw === null) return { ...KEEP_FOREVER };
  try {
    const p = storedPeriods.safeParse(JSON.parse(raw));
    if (!p.success) return { ...KEEP_FOREVER };
    return normaliseAll(p.data);
  } catch {
    return { ...KEEP_FOREVER };
  }
}

export function writePeriods(db: Db, periods: RetentionPeriods): RetentionPeriods {
  const next = normaliseAll(periods);
  putSetting(db, PERIODS_KEY, JSON.stringify(next));
  return next;
}

export function readLastPurge(db: Db): LastPurge | null {
  const raw = getSetting(db, LAST_KEY);
  if (raw === null) return null;
  try {
    const p = storedLast.safeParse(JSON.parse(raw));
    return p.success ? p.data : null;
  } catch {
    return null;
  }
}

export function writeLastPurge(db: Db, last: LastPurge): void {
  putSetting(db, LAST_KEY, JSON.stringify(last));
}

/** The moment before which a record of `days` days' retention is due, or null to keep forever. */
export function cutoffFor(days: number | null, now: Date): string | null {
  if (days === null || days <= 0) return null;
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}
