// Sections that come in a later version: a heading and one line saying so.
import type { Section } from '../../../core/roles';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/useT';

export function PlaceholderPage({ section }: { section: Section }) {
  const t = useT();
  return (
    <div className="page">
      <PageHeading title={t(`section.${section}`)} />
      <p>{t('placeholder.later')}</p>
    </div>
  );
}
