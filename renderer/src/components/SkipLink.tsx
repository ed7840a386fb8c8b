import { useT } from '../i18n/useT';

/** The first thing in the tab order: jumps past the header to the page content. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('frame.skip')}
    </a>
  );
}
