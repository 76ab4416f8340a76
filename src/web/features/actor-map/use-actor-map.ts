import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ActorMapQuery, actorMapSchema } from '../../../contracts/actor-map';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export function useActorMap(filters: ActorMapQuery) {
  const { governmentId } = useGovernment();
  return useQuery({
    // Under the partners key: any change of a partner (or a merge) redraws the map.
    queryKey: ['gov', governmentId, 'partners', 'actor-map', filters],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/actor-map'), actorMapSchema, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}
