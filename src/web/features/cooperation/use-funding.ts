import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../contracts/common';
import {
  exchangeRateListSchema,
  type Funding,
  fundingSchema,
  importRatesResultSchema,
  type ProjectProfileInput,
  type TransactionInput,
} from '../../../contracts/funding';
import { apiRequest } from '../../lib/api-client';
import { isVersionConflict } from '../../lib/form-errors';
import { governmentPath, useGovernment } from '../auth/government-context';

export function fundingKey(governmentId: string, initiativeId: string) {
  return ['gov', governmentId, 'funding', initiativeId] as const;
}

function fundingPath(governmentId: string, initiativeId: string, rest = '') {
  return governmentPath(governmentId, `/initiatives/${initiativeId}/funding${rest}`);
}

export function useFunding(initiativeId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: fundingKey(governmentId, initiativeId),
    queryFn: () => apiRequest(fundingPath(governmentId, initiativeId), fundingSchema),
  });
}

/**
 * Writes answer with the whole funding read model (or ok for removals): the answer replaces the
 * cache, removals fetch it again; the audit trail refreshes either way.
 */
function useFundingMutation<TVariables>(
  initiativeId: string,
  mutationFn: (governmentId: string, variables: TVariables) => Promise<Funding | { ok: true }>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  const key = fundingKey(governmentId, initiativeId);
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async (result) => {
      if ('initiativeId' in result) queryClient.setQueryData(key, result);
      else await queryClient.invalidateQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
    onError: async (error) => {
      if (isVersionConflict(error)) await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export type ProfileBody = ProjectProfileInput & { version?: number };

export function useSaveProfile(initiativeId: string) {
  return useFundingMutation(initiativeId, (governmentId, body: ProfileBody) =>
    apiRequest(fundingPath(governmentId, initiativeId, '/profile'), fundingSchema, { method: 'PUT', body }),
  );
}

export type BudgetBody = {
  kind: 'original' | 'revised';
  status: 'indicative' | 'committed';
  periodStart: string;
  periodEnd: string;
  amountMinor: number;
  currency: string;
  valueDate: string;
};

export function useAddBudget(initiativeId: string) {
  return useFundingMutation(initiativeId, (governmentId, body: BudgetBody) =>
    apiRequest(fundingPath(governmentId, initiativeId, '/budgets'), fundingSchema, { method: 'POST', body }),
  );
}

export function useRemoveBudget(initiativeId: string) {
  return useFundingMutation(initiativeId, (governmentId, budgetId: string) =>
    apiRequest(fundingPath(governmentId, initiativeId, `/budgets/${budgetId}`), okSchema, {
      method: 'DELETE',
    }),
  );
}

export type TransactionSave = { transactionId?: string; body: TransactionInput; version?: number };

export function useSaveTransaction(initiativeId: string) {
  return useFundingMutation(
    initiativeId,
    (governmentId, { transactionId, body, version }: TransactionSave) =>
      transactionId
        ? apiRequest(
            fundingPath(governmentId, initiativeId, `/transactions/${transactionId}`),
            fundingSchema,
            {
              method: 'PUT',
              body: { ...body, version },
            },
          )
        : apiRequest(fundingPath(governmentId, initiativeId, '/transactions'), fundingSchema, {
            method: 'POST',
            body,
          }),
  );
}

export function useRemoveTransaction(initiativeId: string) {
  return useFundingMutation(initiativeId, (governmentId, transactionId: string) =>
    apiRequest(fundingPath(governmentId, initiativeId, `/transactions/${transactionId}`), okSchema, {
      method: 'DELETE',
    }),
  );
}

export function useExchangeRates() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'exchange-rates'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/exchange-rates'), exchangeRateListSchema),
  });
}

/** New rates convert transactions that had none: every funding view refreshes. */
export function useImportRates() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { csv: string; source: string }) =>
      apiRequest(governmentPath(governmentId, '/exchange-rates/import'), importRatesResultSchema, {
        method: 'POST',
        body,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'exchange-rates'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'funding'] });
    },
  });
}
