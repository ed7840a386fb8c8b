// Retention rules every side needs, without zod (the renderer imports values from here): the kinds
// with a period, the bounds of a period, and what an audit-entry purge always keeps.

export const RETENTION_KINDS = ['closedCases', 'fabricatedReports', 'quarantine', 'auditEntries'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** At most about 100 years. */
export const MAX_RETENTION_DAYS = 36_500;

/**
 * Audit entries are evidence of what people did: a period, when set, is at least a year, so a
 * yearly review always finds the whole year.
 */
export const MIN_AUDIT_RETENTION_DAYS = 365;

/**
 * The newest entries a purge never removes, however old: a clock set far ahead at an unlock must
 * not wipe the log (the purge runs then as the system).
 */
export const AUDIT_KEEP_NEWEST = 1000;

/** Whether `days` is allowed as the audit-entry period (null or 0: keep forever). */
export function validAuditPeriod(days: number | null): boolean {
  return days === null || days === 0 || (days >= MIN_AUDIT_RETENTION_DAYS && days <= MAX_RETENTION_DAYS);
}
