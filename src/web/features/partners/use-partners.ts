import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { okSchema } from '../../../contracts/common';
import {
  type PartnerInput,
  partnerMapSchema,
  partnerPageSchema,
  partnerSchema,
} from '../../../contracts/partners';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export type PartnerListParams = {
  q?: string;
  kind?: string;
  countryCode?: string;
  tag?: string;
  includeArchived?: boolean;
  isArchived?: boolean;
  sort?: string;
  direction?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
};

export function partnersKey(governmentId: string) {
  return ['gov', governmentId, 'partners'] as const;
}

export function usePartners(params: PartnerListParams, isEnabled = true) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...partnersKey(governmentId), 'list', params],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/partners'), partnerPageSchema, { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

export function usePartner(partnerId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...partnersKey(governmentId), 'detail', partnerId],
    queryFn: () => apiRequest(governmentPath(governmentId, `/partners/${partnerId}`), partnerSchema),
    enabled: partnerId !== '',
  });
}

export function usePartnersMap() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...partnersKey(governmentId), 'map'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/partners-map'), partnerMapSchema),
  });
}

/** Every mutation of a partner refreshes partner lists, details and the links that show partners. */
function usePartnerMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: partnersKey(governmentId) });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
  });
}

export function useCreatePartner() {
  return usePartnerMutation((governmentId, body: PartnerInput) =>
    apiRequest(governmentPath(governmentId, '/partners'), partnerSchema, { method: 'POST', body }),
  );
}

export function useUpdatePartner(partnerId: string) {
  return usePartnerMutation((governmentId, body: PartnerInput & { version: number }) =>
    apiRequest(governmentPath(governmentId, `/partners/${partnerId}`), partnerSchema, {
      method: 'PUT',
      body,
    }),
  );
}

export function useSetPartnerArchived(partnerId: string) {
  return usePartnerMutation((governmentId, variables: { isArchived: boolean; version: number }) =>
    apiRequest(
      governmentPath(governmentId, `/partners/${partnerId}/${variables.isArchived ? 'archive' : 'restore'}`),
      partnerSchema,
      { method: 'POST', body: { version: variables.version } },
    ),
  );
}

export function useAddRelation(partnerId: string) {
  return usePartnerMutation(
    (governmentId, body: { toPartnerId: string; kind: string; notes: string | null }) =>
      apiRequest(governmentPath(governmentId, `/partners/${partnerId}/relations`), z.unknown(), {
        method: 'POST',
        body,
      }),
  );
}

export function useRemoveRelation(partnerId: string) {
  return usePartnerMutation((governmentId, relationId: string) =>
    apiRequest(
      governmentPath(governmentId, `/partners/${partnerId}/relations/${relationId}`),
      okSchema.or(z.unknown()),
      {
        method: 'DELETE',
      },
    ),
  );
}
