import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type NetworkRoleInput,
  networkRolePageSchema,
  networkRoleSchema,
  type PositionInput,
  positionPageSchema,
  positionSchema,
  timelineSchema,
} from '../../../contracts/diplomacy';
import { apiRequest } from '../../lib/api-client';
import { isVersionConflict } from '../../lib/form-errors';
import { governmentPath, useGovernment } from '../auth/government-context';
import { usePartners } from '../partners/use-partners';

export function diplomacyKey(governmentId: string) {
  return ['gov', governmentId, 'diplomacy'] as const;
}

export type TimelineParams = { networkPartnerId?: string; topic?: string };

export function useTimeline(params: TimelineParams) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...diplomacyKey(governmentId), 'timeline', params],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/diplomacy/timeline'), timelineSchema, {
        query: params,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function usePositions(params: { networkPartnerId?: string; pageSize?: number }) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...diplomacyKey(governmentId), 'positions', params],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/diplomacy/positions'), positionPageSchema, { query: params }),
  });
}

export function usePosition(positionId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...diplomacyKey(governmentId), 'position', positionId],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, `/diplomacy/positions/${positionId}`), positionSchema),
  });
}

export function useCurrentRoles() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...diplomacyKey(governmentId), 'roles', 'current'],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/diplomacy/network-roles'), networkRolePageSchema, {
        query: { isCurrent: 'true' },
      }),
  });
}

export function useNetworkRole(roleId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...diplomacyKey(governmentId), 'role', roleId],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, `/diplomacy/network-roles/${roleId}`), networkRoleSchema),
  });
}

/** Networks a position can be made in and a role held in: city networks and multilateral bodies. */
export function useNetworkOptions() {
  const networks = usePartners({ kind: 'city_network', pageSize: 200, sort: 'name', direction: 'asc' });
  const multilaterals = usePartners({ kind: 'multilateral', pageSize: 200, sort: 'name', direction: 'asc' });
  const options = [...(networks.data?.items ?? []), ...(multilaterals.data?.items ?? [])]
    .map((partner) => ({ value: partner.id, label: partner.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { options, isLoading: networks.isLoading || multilaterals.isLoading };
}

/** Positions and roles change the timeline, the lists and the audit trail. */
function useDiplomacyMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: diplomacyKey(governmentId) });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
    onError: async (error) => {
      if (isVersionConflict(error))
        await queryClient.invalidateQueries({ queryKey: diplomacyKey(governmentId) });
    },
  });
}

type Save<TBody> = { id?: string; body: TBody; version?: number };

export function useSavePosition() {
  return useDiplomacyMutation((governmentId, { id, body, version }: Save<PositionInput>) =>
    id
      ? apiRequest(governmentPath(governmentId, `/diplomacy/positions/${id}`), positionSchema, {
          method: 'PUT',
          body: { ...body, version },
        })
      : apiRequest(governmentPath(governmentId, '/diplomacy/positions'), positionSchema, {
          method: 'POST',
          body,
        }),
  );
}

export function useSaveNetworkRole() {
  return useDiplomacyMutation((governmentId, { id, body, version }: Save<NetworkRoleInput>) =>
    id
      ? apiRequest(governmentPath(governmentId, `/diplomacy/network-roles/${id}`), networkRoleSchema, {
          method: 'PUT',
          body: { ...body, version },
        })
      : apiRequest(governmentPath(governmentId, '/diplomacy/network-roles'), networkRoleSchema, {
          method: 'POST',
          body,
        }),
  );
}

export type ArchiveTarget = {
  collection: 'positions' | 'network-roles';
  id: string;
  isArchived: boolean;
  version: number;
};

export function useSetDiplomacyArchived() {
  return useDiplomacyMutation((governmentId, { collection, id, isArchived, version }: ArchiveTarget) =>
    apiRequest(
      governmentPath(governmentId, `/diplomacy/${collection}/${id}/${isArchived ? 'archive' : 'restore'}`),
      null,
      { method: 'POST', body: { version } },
    ),
  );
}
