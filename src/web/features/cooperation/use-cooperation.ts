import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  type DemandInput,
  demandPageSchema,
  demandSchema,
  matchListSchema,
  type OfferInput,
  offerPageSchema,
  offerSchema,
} from '../../../contracts/cooperation';
import { apiRequest } from '../../lib/api-client';
import { isVersionConflict } from '../../lib/form-errors';
import { governmentPath, useGovernment } from '../auth/government-context';

export function cooperationKey(governmentId: string) {
  return ['gov', governmentId, 'cooperation'] as const;
}

export type DemandListParams = {
  q?: string;
  status?: string;
  departmentId?: string;
  sector?: string;
  urgency?: string;
  includeArchived?: boolean;
  page?: number;
  pageSize?: number;
};

export type OfferListParams = {
  q?: string;
  kind?: string;
  status?: string;
  donorPartnerId?: string;
  sector?: string;
  includeArchived?: boolean;
  page?: number;
  pageSize?: number;
};

export function useDemands(params: DemandListParams) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...cooperationKey(governmentId), 'demands', params],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/demands'), demandPageSchema, { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function fetchDemand(governmentId: string, demandId: string) {
  return apiRequest(governmentPath(governmentId, `/demands/${demandId}`), demandSchema);
}

export function useDemand(demandId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...cooperationKey(governmentId), 'demand', demandId],
    queryFn: () => fetchDemand(governmentId, demandId),
  });
}

export function useOffers(params: OfferListParams) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...cooperationKey(governmentId), 'offers', params],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/offers'), offerPageSchema, { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function fetchOffer(governmentId: string, offerId: string) {
  return apiRequest(governmentPath(governmentId, `/offers/${offerId}`), offerSchema);
}

export function useOffer(offerId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...cooperationKey(governmentId), 'offer', offerId],
    queryFn: () => fetchOffer(governmentId, offerId),
  });
}

export type DemandMatchOptions = { includeDismissed: boolean; includeIneligible: boolean };

// The reasons of each score component come translated by the server: the language is part of the key.
export function useDemandMatches(demandId: string, options: DemandMatchOptions) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...cooperationKey(governmentId), 'demand-matches', demandId, options, i18n.language],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, `/demands/${demandId}/matches`), matchListSchema, {
        query: { limit: 50, ...options },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useOfferMatches(offerId: string) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...cooperationKey(governmentId), 'offer-matches', offerId, i18n.language],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, `/offers/${offerId}/matches`), matchListSchema, {
        query: { limit: 50 },
      }),
  });
}

/** Every change to demand, offer or a decision can change the rankings: refresh the whole module. */
function useCooperationMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: cooperationKey(governmentId) });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
    onError: async (error) => {
      if (isVersionConflict(error))
        await queryClient.invalidateQueries({ queryKey: cooperationKey(governmentId) });
    },
  });
}

export function useCreateDemand() {
  return useCooperationMutation((governmentId, body: DemandInput) =>
    apiRequest(governmentPath(governmentId, '/demands'), demandSchema, { method: 'POST', body }),
  );
}

export function useUpdateDemand() {
  return useCooperationMutation(
    (governmentId, { demandId, body }: { demandId: string; body: DemandInput & { version: number } }) =>
      apiRequest(governmentPath(governmentId, `/demands/${demandId}`), demandSchema, {
        method: 'PUT',
        body,
      }),
  );
}

export type ArchiveVariables = { id: string; isArchived: boolean; version: number };

export function useSetDemandArchived() {
  return useCooperationMutation((governmentId, { id, isArchived, version }: ArchiveVariables) =>
    apiRequest(
      governmentPath(governmentId, `/demands/${id}/${isArchived ? 'archive' : 'restore'}`),
      demandSchema,
      { method: 'POST', body: { version } },
    ),
  );
}

export function useCreateOffer() {
  return useCooperationMutation((governmentId, body: OfferInput) =>
    apiRequest(governmentPath(governmentId, '/offers'), offerSchema, { method: 'POST', body }),
  );
}

export function useUpdateOffer() {
  return useCooperationMutation(
    (governmentId, { offerId, body }: { offerId: string; body: OfferInput & { version: number } }) =>
      apiRequest(governmentPath(governmentId, `/offers/${offerId}`), offerSchema, { method: 'PUT', body }),
  );
}

export function useSetOfferArchived() {
  return useCooperationMutation((governmentId, { id, isArchived, version }: ArchiveVariables) =>
    apiRequest(
      governmentPath(governmentId, `/offers/${id}/${isArchived ? 'archive' : 'restore'}`),
      offerSchema,
      { method: 'POST', body: { version } },
    ),
  );
}

export type AcceptMatchVariables = {
  demandId: string;
  offerId: string;
  approach: 'top_down' | 'bottom_up';
  approachJustification: string;
  agendaSetter: 'council' | 'mayor' | 'department' | 'citizens' | 'partner';
};

const decisionResultSchema = z.object({ initiativeId: z.string().nullable() });

/** Accepting makes an initiative in agenda: its list changes too. */
export function useAcceptMatch() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  const mutation = useCooperationMutation((id, { demandId, offerId, ...body }: AcceptMatchVariables) =>
    apiRequest(governmentPath(id, `/demands/${demandId}/matches/${offerId}/accept`), decisionResultSchema, {
      method: 'POST',
      body,
    }),
  );
  return {
    ...mutation,
    accept: async (variables: AcceptMatchVariables) => {
      const result = await mutation.mutateAsync(variables);
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'initiatives'] });
      return result;
    },
  };
}

export function useDismissMatch() {
  return useCooperationMutation(
    (governmentId, { demandId, offerId, reason }: { demandId: string; offerId: string; reason: string }) =>
      apiRequest(
        governmentPath(governmentId, `/demands/${demandId}/matches/${offerId}/dismiss`),
        decisionResultSchema,
        { method: 'POST', body: { reason } },
      ),
  );
}
