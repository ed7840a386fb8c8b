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
