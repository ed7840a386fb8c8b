// The coordinators' dashboard: workload and trends, counts only.
import type { DashboardStats } from '../../core/cases/types';
import { casesByStatus, categoryCounts, countryCounts, overdueFollowUps, reportsPerWeek, unassignedOpen, workload } from '../../db/queries/dashboard';
import type { ActiveSession } from './session';

const WEEKS = 12;

function mondayOf(d: Date): Date {
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  m.setUTCDate(m.getUTCDate() - ((m.getUTCDay() + 6) % 7));
  return m;
}

export function dashboardStats(s: ActiveSession): DashboardStats {
  const db = s.vault.db;
  const now = s.vault.now();
  const first = mondayOf(now);
  first.setUTCDate(first.getUTCDate() - 7 * (WEEKS - 1));
  const counted = new Map(reportsPerWeek(db, first.toISOString().slice(0, 10)).map((c) => [c.key, c.count]));
  const perWeek = Array.from({ length: WEEKS }, (_, i) => {
    const d = new Date(first);
    d.setUTCDate(d.getUTCDate() + 7 * i);
    const key = d.toISOString().slice(0, 10);
    return { key, count: counted.get(key) ?? 0 };
  });
  return {
    byStatus: casesByStatus(db),
    unassigned: unassignedOpen(db),
    overdueFollowUps: overdueFollowUps(db, now.toISOString().slice(0, 10)),
    workload: workload(db),
    perWeek,
    categories: categoryCounts(db),
    countries: countryCounts(db),
  };
}
