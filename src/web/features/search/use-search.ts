import { useQuery } from '@tanstack/react-query';
import { searchResultsSchema } from '../../../contracts/search';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

/** Accent-insensitive search over partners and links of the current government. */
export function useSearch(q: string, limit = 8) {
  const { governmentId } = useGovernment();
  const text = q.trim();
  return useQuery({
    queryKey: ['gov', governmentId, 'search', text, limit],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/search'), searchResultsSchema, {
        query: { q: text, limit },
        signal,
      }),
    enabled: text.length >= 2,
    staleTime: 10_000,
  });
}
