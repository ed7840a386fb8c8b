// Codes from data in words: report channels, categories and the like from the catalogs (unknown
// codes are shown as they are), country and language codes from the browser's own names.
import { useCallback } from 'react';
import { isMessageKey } from './catalogs';
import { useLocale } from './LocaleProvider';
import { useT } from './useT';

export type CodePrefix = 'channel' | 'category' | 'contactChannel' | 'contactOutcome' | 'event' | 'identity';

/** A code in words; a code the catalogs do not know is shown as it is. */
export function useCodeName(): (prefix: CodePrefix, code: string) => string {
  const t = useT();
  return useCallback(
    (prefix: CodePrefix, code: string) => {
      const key = `${prefix}.${code}`;
      return isMessageKey(key) ? t(key) : code;
    },
    [t],
  );
}

function displayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' });
  } catch {
    return null;
  }
}

/** "Turkije (TR)": the country's name with its ISO code, which is what filters take. */
export function useCountryName(): (code: string) => string {
  const { locale } = useLocale();
  return useCallback(
    (code: string) => {
      let name: string | undefined;
      try {
        name = displayNames(locale, 'region')?.of(code);
      } catch {
        name = undefined;
      }
      return name && name !== code ? `${name} (${code})` : code;
    },
    [locale],
  );
}

/** "Turks (tr)": a language tag's name with the tag. */
export function useLanguageName(): (tag: string) => string {
  const { locale } = useLocale();
  return useCallback(
    (tag: string) => {
      let name: string | undefined;
      try {
        name = displayNames(locale, 'language')?.of(tag);
      } catch {
        name = undefined;
      }
      return name && name !== tag ? `${name} (${tag})` : tag;
    },
    [locale],
  );
}
