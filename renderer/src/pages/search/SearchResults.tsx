// The hits of a search, each a link to its case with where the text is and a snippet.
import type { SearchHitView } from '../../api/search';
import { useT } from '../../i18n/useT';
import { caseHref } from '../cases/links';
import { Snippet } from './Snippet';

export function SearchResults({ hits }: { hits: readonly SearchHitView[] }) {
  const t = useT();
  return (
    <ol className="search-results">
      {hits.map((hit, i) => (
        <li key={`${hit.caseId}-${hit.reportId ?? ''}-${hit.noteId ?? ''}-${hit.field}-${i}`} className="search-hit">
          <p className="search-hit__where">
            <a href={caseHref(hit.caseId)}>{hit.caseNumber ?? t('search.openCase')}</a> <span className="small">{t(`search.field.${hit.field}`)}</span>
          </p>
          <Snippet segments={hit.snippet} />
        </li>
      ))}
    </ol>
  );
}
