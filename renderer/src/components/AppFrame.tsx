// The unlocked application: header (user, language, my passphrase, Lock), navigation by the
// user's sections, and the current page. A section keeps its state while its own sub-pages change
// ("#/cases/12" → "#/cases/all"); the route within it is passed down.
import type { Section } from '../../../core/roles';
import type { Locale } from '../../../core/errors';
import { PASSPHRASE_ROUTE, routeHref, sectionOfRoute, useHashRoute } from '../hooks/useHashRoute';
import { useT } from '../i18n/useT';
import { AdminPage } from '../pages/admin/AdminPage';
import { BriefsSection } from '../pages/briefs/BriefsSection';
import { CasesSection } from '../pages/cases/CasesSection';
import { ChangePassphrasePage } from '../pages/ChangePassphrasePage';
import { InboxPage } from '../pages/InboxPage';
import { ReferralsPage } from '../pages/referrals/ReferralsPage';
import { ReviewSection } from '../pages/review/ReviewSection';
import { useSession } from '../session';
import { AppHeader } from './AppHeader';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';
import { UserBadge } from './UserBadge';

function Page({ section, route }: { section: Section | typeof PASSPHRASE_ROUTE; route: string }) {
  switch (section) {
    case 'inbox':
      return <InboxPage />;
    case 'cases':
      return <CasesSection route={route} />;
    case 'admin':
      return <AdminPage />;
    case 'review':
      return <ReviewSection route={route} />;
    case 'referrals':
      return <ReferralsPage />;
    case 'briefs':
      return <BriefsSection route={route} />;
    case PASSPHRASE_ROUTE:
      return <ChangePassphrasePage />;
    default: {
      const never: never = section;
      return never;
    }
  }
}

export function AppFrame({ onLanguage }: { onLanguage: (locale: Locale) => void }) {
  const t = useT();
  const { session, lock } = useSession();
  const route = useHashRoute();
  const sections = session.sections;
  const wanted = sectionOfRoute(route);
  const current: Section | typeof PASSPHRASE_ROUTE =
    wanted === PASSPHRASE_ROUTE
      ? PASSPHRASE_ROUTE
      : (sections.find((s) => s === wanted) ?? sections[0] ?? PASSPHRASE_ROUTE);
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
        <Page key={current} section={current} route={current === wanted ? route : current} />
      </main>
    </>
  );
}
