// Typed message lookup: t('key', values) only accepts keys of the catalogs; errors by code come
// from the one table in core/errors.ts, rejection codes from core/bundle/rejections.ts, in the
// current locale.
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { REJECTION_TEXT, type RejectionCode } from '../../../core/bundle/rejections';
import { ERROR_MESSAGES, type ErrorCode } from '../../../core/errors';
import type { MessageKey } from './catalogs';
import { useLocale } from './LocaleProvider';

export type Values = Record<string, string | number>;

export function useT(): (key: MessageKey, values?: Values) => string {
  const intl = useIntl();
  return useCallback((key: MessageKey, values?: Values) => intl.formatMessage({ id: key }, values), [intl]);
}

export function useErrorText(): (code: ErrorCode) => string {
  const { locale } = useLocale();
  return useCallback((code: ErrorCode) => ERROR_MESSAGES[code][locale], [locale]);
}

/** What a bundle rejection code means and what the user can do about it. */
export function useRejectionText(): (code: RejectionCode) => { meaning: string; action: string } {
  const { locale } = useLocale();
  return useCallback(
    (code: RejectionCode) => ({ meaning: REJECTION_TEXT[code].meaning[locale], action: REJECTION_TEXT[code].action[locale] }),
    [locale],
  );
}
