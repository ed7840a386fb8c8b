// The layout before the app frame (create vault, unlock, forced passphrase change): header with
// the language switch (and a Lock button when a session is open), and one narrow main column.
import type { ReactNode } from 'react';
import type { Locale } from '../../../core/errors';
import { useT } from '../i18n/useT';
import { AppHeader } from './AppHeader';
import { LanguageSwitch } from './LanguageSwitch';
import { SkipLink } from './SkipLink';

type Props = { children: ReactNode; onLanguage: (locale: Locale) => void; onLock?: () => void };

export function StartupLayout({ children, onLanguage, onLock }: Props) {
  const t = useT();
  return (
    <>
      <SkipLink />
      <AppHeader>
        <LanguageSwitch onSelect={onLanguage} />
        {onLock && (
          <button type="button" className="button button--header" onClick={onLock}>
            {t('frame.lock')}
          </button>
        )}
      </AppHeader>
      <main id="main" tabIndex={-1} className="main main--narrow">
        {children}
      </main>
    </>
  );
}
