import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../contracts/common';
import {
  type PublicationEntityType,
  type PublicationRequest,
  type PublicationStatus,
  portalSettingsSchema,
  publicationPageSchema,
  publicationSchema,
  publicationStateSchema,
} from '../../../contracts/publication';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

function publicationKey(governmentId: string) {
  return ['gov', governmentId, 'publication'] as const;
}

export function usePublications(params: { status?: PublicationStatus; page: number }) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...publicationKey(governmentId), 'list', params],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/publications'), publicationPageSchema, {
        query: { ...params, pageSize: 25 },
      }),
  });
}

export function usePublicationState(entityType: PublicationEntityType, entityId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...publicationKey(governmentId), 'record', entityType, entityId],
    queryFn: () =>
      apiRequest(
        governmentPath(governmentId, `/publications/records/${entityType}/${entityId}`),
        publicationStateSchema,
      ),
  });
}

export function usePortalSettings() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...publicationKey(governmentId), 'settings'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/portal-settings'), portalSettingsSchema),
  });
}

/** Propose, publish, unpublish and the portal switch: each refreshes every publication view. */
export function usePublicationActions() {
  const { governmentId } = useGovernment();
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: ['gov', governmentId] });
  return {
    request: useMutation({
      mutationFn: (body: PublicationRequest) =>
        apiRequest(governmentPath(governmentId, '/publications'), publicationSchema, {
          method: 'POST',
          body,
        }),
      onSuccess,
    }),
    publish: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) =>
        apiRequest(governmentPath(governmentId, `/publications/${id}/publish`), publicationSchema, {
          method: 'POST',
          body: { version },
        }),
      onSuccess,
    }),
    unpublish: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) =>
        apiRequest(governmentPath(governmentId, `/publications/${id}/unpublish`), okSchema, {
          method: 'POST',
          body: { version },
        }),
      onSuccess,
    }),
    settings: useMutation({
      mutationFn: (body: { isPublishing: boolean; version: number }) =>
        apiRequest(governmentPath(governmentId, '/portal-settings'), portalSettingsSchema, {
          method: 'PUT',
          body,
        }),
      onSuccess,
    }),
  };
}
