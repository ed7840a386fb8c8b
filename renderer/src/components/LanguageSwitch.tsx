// Nederlands / English. Each button is named in its own language and marked with its lang.
import type { Locale } from '../../../core/errors';
import { useLocale } from '../i18n/LocaleProvider';
import { useT } from '../i18n/useT';

const LOCALES: readonly Locale[] = ['nl', 'en'];

export function LanguageSwitch({ onSelect }: { onSelect: (locale: Locale) => void }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LOCALES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === locale} onClick={() => onSelect(l)}>
          {t(`language.${l}`)}
        </button>
      ))}
    </div>
  );
}
