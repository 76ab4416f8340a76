import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  expiringLinksSchema,
  type LinkInput,
  type LinkStatus,
  linkPageSchema,
  linkSchema,
} from '../../../contracts/links';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export type LinkListParams = {
  q?: string;
  kind?: string;
  status?: string;
  partnerId?: string;
  theme?: string;
  strategyLine?: string;
  expiringWithinDays?: number;
  includeArchived?: boolean;
  isArchived?: boolean;
  sort?: string;
  direction?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
};

export function linksKey(governmentId: string) {
  return ['gov', governmentId, 'links'] as const;
}

export function useLinks(params: LinkListParams) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...linksKey(governmentId), 'list', params],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/links'), linkPageSchema, { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLink(linkId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...linksKey(governmentId), 'detail', linkId],
    queryFn: () => apiRequest(governmentPath(governmentId, `/links/${linkId}`), linkSchema),
  });
}

export function useExpiringLinks(days: number) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...linksKey(governmentId), 'expiring', days],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/links-expiring'), expiringLinksSchema, { query: { days } }),
  });
}

/** Link changes also change partners (their link lists and counts) and the audit trail. */
function useLinkMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: linksKey(governmentId) });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'partners'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'dashboard'] });
    },
  });
}

export function useCreateLink() {
  return useLinkMutation((governmentId, body: LinkInput) =>
    apiRequest(governmentPath(governmentId, '/links'), linkSchema, { method: 'POST', body }),
  );
}

export function useUpdateLink(linkId: string) {
  return useLinkMutation((governmentId, body: LinkInput & { version: number }) =>
    apiRequest(governmentPath(governmentId, `/links/${linkId}`), linkSchema, { method: 'PUT', body }),
  );
}

export function useChangeLinkStatus(linkId: string) {
  return useLinkMutation(
    (governmentId, body: { status: LinkStatus; reason: string | null; version: number }) =>
      apiRequest(governmentPath(governmentId, `/links/${linkId}/status`), linkSchema, {
        method: 'POST',
        body,
      }),
  );
}

export function useSetLinkArchived(linkId: string) {
  return useLinkMutation((governmentId, variables: { isArchived: boolean; version: number }) =>
    apiRequest(
      governmentPath(governmentId, `/links/${linkId}/${variables.isArchived ? 'archive' : 'restore'}`),
      linkSchema,
      { method: 'POST', body: { version: variables.version } },
    ),
  );
}
