// The 'review' section (reviewers): the queue by score ("#/review") and one report's review
// ("#/review/<reportId>"). The queue's filter is kept while a report is open.
import { useState } from 'react';
import { routeParts } from '../../hooks/useHashRoute';
import { ReviewPage } from './ReviewPage';
import { type QueueFilter, ReviewQueuePage } from './ReviewQueuePage';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function ReviewSection({ route }: { route: string }) {
  const [filter, setFilter] = useState<QueueFilter>({ open: false, signal: '' });
  const [first] = routeParts(route).rest;
  if (first !== undefined && UUID.test(first)) return <ReviewPage reportId={first} />;
  return <ReviewQueuePage filter={filter} onFilter={setFilter} />;
}
