import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { eventPageSchema } from '../../../contracts/agenda';
import { memberSchema } from '../../../contracts/auth';
import {
  investmentTotalsSchema,
  type Lead,
  type LeadInput,
  type LeadStage,
  leadPageSchema,
  leadSchema,
} from '../../../contracts/investment';
import { apiRequest } from '../../lib/api-client';
import { isVersionConflict } from '../../lib/form-errors';
import { governmentPath, useGovernment } from '../auth/government-context';

export type LeadListParams = {
  stage?: string;
  q?: string;
  originCountryCode?: string;
  sector?: string;
  pageSize?: number;
};

export function investmentKey(governmentId: string) {
  return ['gov', governmentId, 'investment'] as const;
}

function leadPath(governmentId: string, leadId: string, rest = '') {
  return governmentPath(governmentId, `/investment-leads/${leadId}${rest}`);
}

// Sector names and stage problems come translated by the server: the language is part of the key.
export function useLeads(params: LeadListParams) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...investmentKey(governmentId), 'list', params, i18n.language],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/investment-leads'), leadPageSchema, {
        query: params,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function leadDetailKey(governmentId: string, leadId: string, language: string) {
  return [...investmentKey(governmentId), 'detail', leadId, language] as const;
}

export function useLead(leadId: string) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: leadDetailKey(governmentId, leadId, i18n.language),
    queryFn: () => apiRequest(leadPath(governmentId, leadId), leadSchema),
  });
}

export function useInvestmentTotals() {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...investmentKey(governmentId), 'totals', i18n.language],
    queryFn: () => apiRequest(governmentPath(governmentId, '/investment-totals'), investmentTotalsSchema),
  });
}

/** Events of the agenda around a lead, to say where it was worked (may be empty). */
export function useAgendaEvents() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'events', 'investment-picker'],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/events'), eventPageSchema, { query: { pageSize: 200 } }),
  });
}

/** The members who may be named responsible; only admins may list members, others type a name. */
export function useResponsibleMembers(isEnabled: boolean) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'members'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/members'), z.array(memberSchema)),
    enabled: isEnabled,
  });
}

/** Every change to a lead changes the board, the table, the totals and the audit trail. */
function useLeadMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: investmentKey(governmentId) });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
    // A version conflict means what is on screen is stale: fetch it again (forms keep what was typed).
    onError: async (error) => {
      if (isVersionConflict(error))
        await queryClient.invalidateQueries({ queryKey: investmentKey(governmentId) });
    },
  });
}

export function useCreateLead() {
  return useLeadMutation((governmentId, body: LeadInput) =>
    apiRequest(governmentPath(governmentId, '/investment-leads'), leadSchema, { method: 'POST', body }),
  );
}

export type LeadUpdate = { leadId: string; body: LeadInput & { version: number } };

export function useUpdateLead() {
  return useLeadMutation((governmentId, { leadId, body }: LeadUpdate) =>
    apiRequest(leadPath(governmentId, leadId), leadSchema, { method: 'PUT', body }),
  );
}

export type LeadStageChange = {
  leadId: string;
  stage: LeadStage;
  reason?: string | null;
  announcedOn?: string | null;
  establishedOn?: string | null;
  version: number;
};

export function useChangeLeadStage() {
  return useLeadMutation((governmentId, { leadId, ...body }: LeadStageChange) =>
    apiRequest(leadPath(governmentId, leadId, '/stage'), leadSchema, { method: 'POST', body }),
  );
}

export function useSetLeadArchived() {
  return useLeadMutation(
    (
      governmentId,
      { leadId, isArchived, version }: { leadId: string; isArchived: boolean; version: number },
    ) =>
      apiRequest(leadPath(governmentId, leadId, isArchived ? '/archive' : '/restore'), leadSchema, {
        method: 'POST',
        body: { version },
      }),
  );
}

/** Reads a lead fresh from the server (for the stage dialog, which needs its events and version). */
export function fetchLead(governmentId: string, leadId: string): Promise<Lead> {
  return apiRequest(leadPath(governmentId, leadId), leadSchema);
}
