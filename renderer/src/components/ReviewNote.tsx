// "Marked for review" with the reason in words, for a report or a case that has one flagged.
import { isMessageKey } from '../i18n/catalogs';
import { useT } from '../i18n/useT';

export function ReviewNote({ flag }: { flag: string | null }) {
  const t = useT();
  if (!flag) return null;
  const key = `reports.review.${flag}`;
  return <p className="review-note">{isMessageKey(key) ? t(key) : t('reports.review.other', { flag })}</p>;
}
