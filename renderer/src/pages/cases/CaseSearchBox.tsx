// The search box of the cases section: goes to the search page with the text.
import { type FormEvent, useState } from 'react';
import { navigate } from '../../hooks/useHashRoute';
import { useT } from '../../i18n/useT';
import { searchRoute } from './links';

export function CaseSearchBox({ initial }: { initial: string }) {
  const t = useT();
  const [text, setText] = useState(initial);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    navigate(searchRoute(text.trim()));
  }
  return (
    <form role="search" aria-label={t('search.label')} className="search-box" onSubmit={submit}>
      <label htmlFor="case-search" className="visually-hidden">
        {t('search.field')}
      </label>
      <input
        id="case-search"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={500}
        autoComplete="off"
        spellCheck={false}
      />
      <button type="submit" className="button">
        {t('search.submit')}
      </button>
    </form>
  );
}
