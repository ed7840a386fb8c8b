// Signals and verdicts in words, in the current language: what a signal means (core/review) and
// its facts, named and formatted.
import { useCallback } from 'react';
import { SIGNAL_LABEL, SIGNAL_TEXT, type SignalKind } from '../../../../core/review/signals';
import { useLocale } from '../../i18n/LocaleProvider';

export function useSignalText(): (kind: SignalKind) => string {
  const { locale } = useLocale();
  return useCallback((kind: SignalKind) => SIGNAL_TEXT[kind][locale], [locale]);
}

export function useSignalLabel(): (kind: SignalKind) => string {
  const { locale } = useLocale();
  return useCallback((kind: SignalKind) => SIGNAL_LABEL[kind][locale], [locale]);
}
