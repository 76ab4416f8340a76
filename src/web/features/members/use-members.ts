import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type CreateMemberBody, memberSchema } from '../../../contracts/auth';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

/** The members list; asked only of the roles the server lets read it (admin, coordinator), never bound to a 403. */
export function useMembers() {
  const { governmentId, role } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'members'],
    enabled: role === 'admin' || role === 'coordinator',
    queryFn: () => apiRequest(governmentPath(governmentId, '/members'), z.array(memberSchema)),
  });
}

export function useCreateMember() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMemberBody) =>
      apiRequest(governmentPath(governmentId, '/members'), memberSchema, { method: 'POST', body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'members'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
  });
}
