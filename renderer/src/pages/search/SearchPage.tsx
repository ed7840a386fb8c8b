// Search results for the text in the route: where it was found (case, report field or note), a
// snippet with the hits marked, and a link to the case.
import { useCallback } from 'react';
import { searchCases } from '../../api/search';
import { ErrorAlert } from '../../components/Messages';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { SearchResults } from './SearchResults';

function Results({ text }: { text: string }) {
  const t = useT();
  const errorText = useErrorText();
  const load = useCallback(() => searchCases(text), [text]);
  const { data, error } = useLoad(load);
  return (
    <>
      <ErrorAlert id="search-error" text={error ? errorText(error) : null} />
      <p role="status">{data ? t('search.count', { count: data.length, text }) : error ? '' : t('search.busy')}</p>
      {data && data.length > 0 && <SearchResults hits={data} />}
    </>
  );
}

export function SearchPage({ text }: { text: string }) {
  const t = useT();
  return (
    <>
      <PageHeading title={text ? t('search.titleFor', { text }) : t('search.title')} />
      {text ? <Results text={text} /> : <p>{t('search.prompt')}</p>}
    </>
  );
}
