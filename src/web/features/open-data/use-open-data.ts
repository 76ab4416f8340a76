import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type OpenDataSettingsInput,
  openDataOverviewSchema,
  openDataSettingsSchema,
} from '../../../contracts/open-data';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export function useOpenData() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'open-data'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/open-data'), openDataOverviewSchema),
  });
}

export function useSaveOpenDataSettings() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenDataSettingsInput) =>
      apiRequest(governmentPath(governmentId, '/open-data/settings'), openDataSettingsSchema, {
        method: 'PUT',
        body,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'open-data'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
  });
}
