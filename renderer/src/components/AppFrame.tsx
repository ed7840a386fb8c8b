// The unlocked application: header (user, language, my passphrase, Lock), navigation by the
// user's sections, and the current page.
import type { Section } from '../../../core/roles';
import type { Locale } from '../../../core/errors';
import { PASSPHRASE_ROUTE, routeHref, useHashRoute } from '../hooks/useHashRoute';
import { useT } from '../i18n/useT';
import { AdminPage } from '../pages/admin/AdminPage';
import { ChangePassphrasePage } from '../pages/ChangePassphrasePage';
import { InboxPage } from '../pages/InboxPage';
import { PlaceholderPage } from '../pages/PlaceholderPage';
import { useSession } from '../session';
import { AppHeader } from './AppHeader';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';
import { UserBadge } from './UserBadge';

function Page({ route }: { route: Section | typeof PASSPHRASE_ROUTE }) {
  switch (route) {
    case 'inbox':
      return <InboxPage />;
    case 'admin':
      return <AdminPage />;
    case PASSPHRASE_ROUTE:
      return <ChangePassphrasePage />;
    default:
      return <PlaceholderPage section={route} />;
  }
}

export function AppFrame({ onLanguage }: { onLanguage: (locale: Locale) => void }) {
  const t = useT();
  const { session, lock } = useSession();
  const route = useHashRoute();
  const sections = session.sections;
  const current: Section | typeof PASSPHRASE_ROUTE =
    route === PASSPHRASE_ROUTE
      ? PASSPHRASE_ROUTE
      : (sections.find((s) => s === route) ?? sections[0] ?? PASSPHRASE_ROUTE);
  return (
    <>
      <SkipLink />
      <AppHeader>
        <UserBadge session={session} />
        <LanguageSwitch onSelect={onLanguage} />
        <a
          className="header-link"
          href={routeHref(PASSPHRASE_ROUTE)}
          aria-current={current === PASSPHRASE_ROUTE ? 'page' : undefined}
        >
          {t('frame.myPassphrase')}
        </a>
        <button type="button" className="button button--header" onClick={() => void lock()}>
          {t('frame.lock')}
        </button>
      </AppHeader>
      <MainNav sections={sections} current={current} />
      <main id="main" tabIndex={-1} className="main">
        <Page key={current} route={current} />
      </main>
    </>
  );
}
