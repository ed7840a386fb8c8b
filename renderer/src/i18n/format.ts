// Numbers and times as the lists show them, in the current locale.
import { useCallback } from 'react';
import { useIntl } from 'react-intl';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "1,4 MB": decimal units (as file managers show them), one decimal from kilobytes up. */
export function useFormatBytes(): (bytes: number) => string {
  const intl = useIntl();
  return useCallback(
    (bytes: number) => {
      let value = bytes;
      let unit = 0;
      while (value >= 1000 && unit < UNITS.length - 1) {
        value /= 1000;
        unit++;
      }
      return intl.formatNumber(value, {
        style: 'unit',
        unit: UNITS[unit],
        unitDisplay: 'short',
        maximumFractionDigits: unit === 0 ? 0 : 1,
      });
    },
    [intl],
  );
}

/** A moment as date and time, e.g. "27 nov 2026, 15:05". */
export function useFormatDateTime(): (iso: string) => string {
  const intl = useIntl();
  return useCallback((iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }), [intl]);
}

/** A calendar day ("2026-11-27") as a date, e.g. "27 nov 2026", the same in every time zone. */
export function useFormatDay(): (day: string) => string {
  const intl = useIntl();
  return useCallback((day: string) => intl.formatDate(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }), [intl]);
}

/** Today on this computer as "YYYY-MM-DD" (for follow-up dates, which are calendar days). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
