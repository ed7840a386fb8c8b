// The main navigation: one link per section the user's roles give access to.
import type { Section } from '../../../core/roles';
import { routeHref } from '../hooks/useHashRoute';
import { useT } from '../i18n/useT';

export function MainNav({ sections, current }: { sections: readonly Section[]; current: string }) {
  const t = useT();
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul className="main-nav__list">
        {sections.map((s) => (
          <li key={s}>
            <a href={routeHref(s)} aria-current={s === current ? 'page' : undefined}>
              {t(`section.${s}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
