// A retention period as the form shows it: keep forever, or a number of days or whole years (a
// year is 365 days, as main counts). Main stores whole days; null is keep forever.
import { MAX_RETENTION_DAYS, MIN_AUDIT_RETENTION_DAYS, type RetentionKind } from '../../../../core/retention';

export type PeriodUnit = 'forever' | 'days' | 'years';
export type PeriodInput = { unit: PeriodUnit; amount: string };

export const DAYS_PER_YEAR = 365;
export const MAX_YEARS = Math.floor(MAX_RETENTION_DAYS / DAYS_PER_YEAR);

export function toInput(days: number | null): PeriodInput {
  if (days === null) return { unit: 'forever', amount: '' };
  if (days % DAYS_PER_YEAR === 0) return { unit: 'years', amount: String(days / DAYS_PER_YEAR) };
  return { unit: 'days', amount: String(days) };
}

export type PeriodProblem = 'invalid' | 'audit-too-short';

/** The period in days (null: keep forever), or what is wrong with it. */
export function toDays(kind: RetentionKind, input: PeriodInput): { days: number | null } | { problem: PeriodProblem } {
  if (input.unit === 'forever') return { days: null };
  const text = input.amount.trim();
  const n = Number(text);
  const max = input.unit === 'years' ? MAX_YEARS : MAX_RETENTION_DAYS;
  if (text === '' || !Number.isInteger(n) || n < 1 || n > max) return { problem: 'invalid' };
  const days = input.unit === 'years' ? n * DAYS_PER_YEAR : n;
  if (kind === 'auditEntries' && days < MIN_AUDIT_RETENTION_DAYS) return { problem: 'audit-too-short' };
  return { days };
}
