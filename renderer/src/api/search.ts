// Full-text search over reports and notes through 'search.query'.
import type { SearchHitView } from '../../../core/search';
import { call } from './client';

export type { SearchHitView };

export async function searchCases(text: string): Promise<SearchHitView[]> {
  return (await call('search.query', { text })).hits;
}
