import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  type ActivityInput,
  activitySchema,
  type IndicatorInput,
  type InitiativeInput,
  indicatorDetailSchema,
  indicatorSchema,
  initiativePageSchema,
  initiativeSchema,
  type MeasurementInput,
  type MirRowInput,
  measurementSchema,
  mirRowSchema,
  mirSchema,
  type Stage,
  sdgListSchema,
} from '../../../contracts/initiatives';
import { apiRequest } from '../../lib/api-client';
import { isVersionConflict } from '../../lib/form-errors';
import { governmentPath, useGovernment } from '../auth/government-context';

export type InitiativeListParams = {
  q?: string;
  stage?: string;
  strategyLine?: string;
  departmentId?: string;
  includeClosed?: boolean;
  pageSize?: number;
};

export function initiativesKey(governmentId: string) {
  return ['gov', governmentId, 'initiatives'] as const;
}

function initiativePath(governmentId: string, initiativeId: string, rest = '') {
  return governmentPath(governmentId, `/initiatives/${initiativeId}${rest}`);
}

// Gate problems come translated by the server, so the language is part of the cache key.
export function useInitiatives(params: InitiativeListParams) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...initiativesKey(governmentId), 'list', params, i18n.language],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/initiatives'), initiativePageSchema, {
        query: params,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function initiativeQueryOptions(governmentId: string, initiativeId: string, language: string) {
  return queryOptions({
    queryKey: [...initiativesKey(governmentId), 'detail', initiativeId, 'record', language],
    queryFn: () => apiRequest(initiativePath(governmentId, initiativeId), initiativeSchema),
  });
}

export function useInitiative(initiativeId: string) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery(initiativeQueryOptions(governmentId, initiativeId, i18n.language));
}

export function mirKey(governmentId: string, initiativeId: string) {
  return [...initiativesKey(governmentId), 'detail', initiativeId, 'mir'] as const;
}

export function useMir(initiativeId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: mirKey(governmentId, initiativeId),
    queryFn: () => apiRequest(initiativePath(governmentId, initiativeId, '/mir'), mirSchema),
  });
}

export function useActivities(initiativeId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...initiativesKey(governmentId), 'detail', initiativeId, 'activities'],
    queryFn: () =>
      apiRequest(initiativePath(governmentId, initiativeId, '/activities'), z.array(activitySchema)),
  });
}

export function useIndicatorDetail(initiativeId: string, indicatorId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...initiativesKey(governmentId), 'detail', initiativeId, 'indicator', indicatorId],
    queryFn: () =>
      apiRequest(
        initiativePath(governmentId, initiativeId, `/indicators/${indicatorId}`),
        indicatorDetailSchema,
      ),
  });
}

/** The official SDG goals and targets in the UI language; they never change during a visit. */
export function useSdgList() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useQuery({
    queryKey: ['reference', 'sdg', language],
    queryFn: () => apiRequest('/reference/sdg', sdgListSchema, { query: { lang: language } }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Every change to an initiative or its children can change its gates, progress and board card, so
 * all of them refresh the whole initiatives cache of the government, and the audit trail.
 */
function useInitiativeMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: initiativesKey(governmentId) });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
    // A version conflict means what is on screen is stale: fetch it again (forms keep what was typed).
    onError: async (error) => {
      if (isVersionConflict(error))
        await queryClient.invalidateQueries({ queryKey: initiativesKey(governmentId) });
    },
  });
}

export function useCreateInitiative() {
  return useInitiativeMutation((governmentId, body: Partial<InitiativeInput>) =>
    apiRequest(governmentPath(governmentId, '/initiatives'), initiativeSchema, { method: 'POST', body }),
  );
}

export function useUpdateInitiative(initiativeId: string) {
  return useInitiativeMutation((governmentId, body: InitiativeInput & { version: number }) =>
    apiRequest(initiativePath(governmentId, initiativeId), initiativeSchema, { method: 'PUT', body }),
  );
}

export type StageChange = { initiativeId: string; stage: Stage; reason: string | null; version: number };

export function useChangeStage() {
  return useInitiativeMutation((governmentId, { initiativeId, ...body }: StageChange) =>
    apiRequest(initiativePath(governmentId, initiativeId, '/stage'), initiativeSchema, {
      method: 'POST',
      body,
    }),
  );
}

type ChildSave<TBody> = { id?: string; body: TBody; version?: number };

function childRequest<S extends z.ZodType, TBody>(
  governmentId: string,
  initiativeId: string,
  collection: string,
  schema: S,
  { id, body, version }: ChildSave<TBody>,
) {
  return id
    ? apiRequest(initiativePath(governmentId, initiativeId, `/${collection}/${id}`), schema, {
        method: 'PUT',
        body: { ...body, version },
      })
    : apiRequest(initiativePath(governmentId, initiativeId, `/${collection}`), schema, {
        method: 'POST',
        body,
      });
}

export function useSaveMirRow(initiativeId: string) {
  return useInitiativeMutation((governmentId, variables: ChildSave<MirRowInput>) =>
    childRequest(governmentId, initiativeId, 'mir-rows', mirRowSchema, variables),
  );
}

export function useSaveIndicator(initiativeId: string) {
  return useInitiativeMutation(
    (governmentId, variables: ChildSave<Omit<IndicatorInput, 'mirRowId'> & { mirRowId?: string }>) =>
      childRequest(governmentId, initiativeId, 'indicators', indicatorSchema, variables),
  );
}

export function useSaveActivity(initiativeId: string) {
  return useInitiativeMutation((governmentId, variables: ChildSave<ActivityInput>) =>
    childRequest(governmentId, initiativeId, 'activities', activitySchema, variables),
  );
}

export function useDeleteChild(initiativeId: string, collection: 'mir-rows' | 'indicators' | 'activities') {
  return useInitiativeMutation((governmentId, id: string) =>
    apiRequest(initiativePath(governmentId, initiativeId, `/${collection}/${id}`), null, {
      method: 'DELETE',
    }),
  );
}

export function useReportActivityProgress(initiativeId: string) {
  return useInitiativeMutation(
    (
      governmentId,
      { id, ...body }: { id: string; status: string; progressPercent: number; version: number },
    ) =>
      apiRequest(initiativePath(governmentId, initiativeId, `/activities/${id}/progress`), activitySchema, {
        method: 'POST',
        body,
      }),
  );
}

export function useRecordMeasurement(initiativeId: string, indicatorId: string) {
  return useInitiativeMutation((governmentId, body: MeasurementInput) =>
    apiRequest(
      initiativePath(governmentId, initiativeId, `/indicators/${indicatorId}/measurements`),
      measurementSchema,
      { method: 'POST', body },
    ),
  );
}
