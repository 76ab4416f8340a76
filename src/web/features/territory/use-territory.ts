import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  governmentSchema,
  type ImportGeoJsonBody,
  importGeoJsonResultSchema,
  type TerritorialUnitInput,
  territorialUnitPageSchema,
  territorialUnitSchema,
  territoryMapSchema,
  type UpdateGovernmentBody,
} from '../../../contracts/territory';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export type UnitListParams = {
  q?: string;
  kind?: string;
  includeArchived?: boolean;
  sort?: string;
  direction?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
};

export function useGovernmentProfile() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'profile'],
    queryFn: () => apiRequest(governmentPath(governmentId), governmentSchema),
  });
}

function useTerritoryMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'profile'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'units'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'territory-map'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
  });
}

export function useUpdateGovernment() {
  return useTerritoryMutation((governmentId, body: UpdateGovernmentBody) =>
    apiRequest(governmentPath(governmentId), governmentSchema, { method: 'PUT', body }),
  );
}

export function useTerritorialUnits(params: UnitListParams) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'units', params],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/territorial-units'), territorialUnitPageSchema, {
        query: params,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useSaveUnit() {
  return useTerritoryMutation(
    (governmentId, variables: { id?: string; body: TerritorialUnitInput; version?: number }) =>
      variables.id
        ? apiRequest(
            governmentPath(governmentId, `/territorial-units/${variables.id}`),
            territorialUnitSchema,
            {
              method: 'PUT',
              body: { ...variables.body, version: variables.version },
            },
          )
        : apiRequest(governmentPath(governmentId, '/territorial-units'), territorialUnitSchema, {
            method: 'POST',
            body: variables.body,
          }),
  );
}

export function useSetUnitArchived() {
  return useTerritoryMutation(
    (governmentId, variables: { id: string; isArchived: boolean; version: number }) =>
      apiRequest(
        governmentPath(
          governmentId,
          `/territorial-units/${variables.id}/${variables.isArchived ? 'archive' : 'restore'}`,
        ),
        territorialUnitSchema,
        { method: 'POST', body: { version: variables.version } },
      ),
  );
}

export function useImportGeoJson() {
  return useTerritoryMutation((governmentId, body: ImportGeoJsonBody) =>
    apiRequest(governmentPath(governmentId, '/territorial-units/import-geojson'), importGeoJsonResultSchema, {
      method: 'POST',
      body,
    }),
  );
}

export function useTerritoryMap() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'territory-map'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/territory-map'), territoryMapSchema),
  });
}
