import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  apiTokenCreatedSchema,
  apiTokenSchema,
  type CreateApiTokenBody,
} from '../../../contracts/api-tokens';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

/** The integration tokens of the government; asked only by admins, the only ones who may. */
export function useApiTokens() {
  const { governmentId, isAdmin } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'api-tokens'],
    enabled: isAdmin,
    queryFn: () => apiRequest(governmentPath(governmentId, '/api-tokens'), z.array(apiTokenSchema)),
  });
}

function useRefreshTokens() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'api-tokens'] });
    await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
  };
}

export function useCreateApiToken() {
  const { governmentId } = useGovernment();
  const refresh = useRefreshTokens();
  return useMutation({
    mutationFn: (body: CreateApiTokenBody) =>
      apiRequest(governmentPath(governmentId, '/api-tokens'), apiTokenCreatedSchema, {
        method: 'POST',
        body,
      }),
    onSuccess: refresh,
  });
}

export function useRevokeApiToken() {
  const { governmentId } = useGovernment();
  const refresh = useRefreshTokens();
  return useMutation({
    mutationFn: (tokenId: string) =>
      apiRequest(governmentPath(governmentId, `/api-tokens/${tokenId}`), null, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}
