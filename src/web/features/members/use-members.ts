import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type CreateInvitationBody,
  invitationCreatedSchema,
  invitationSchema,
  memberSchema,
  passwordResetSentSchema,
  type UpdateMemberBody,
} from '../../../contracts/auth';
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

export function useInvitations() {
  const { governmentId, isAdmin } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'invitations'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/invitations'), z.array(invitationSchema)),
    enabled: isAdmin,
  });
}

/** After any change of access: the lists and the audit trail are stale. */
function useRefreshAccess() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'members'] });
    await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'invitations'] });
    await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
  };
}

export function useCreateInvitation() {
  const { governmentId } = useGovernment();
  const refresh = useRefreshAccess();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) =>
      apiRequest(governmentPath(governmentId, '/invitations'), invitationCreatedSchema, {
        method: 'POST',
        body,
      }),
    onSuccess: refresh,
  });
}

export function useRevokeInvitation() {
  const { governmentId } = useGovernment();
  const refresh = useRefreshAccess();
  return useMutation({
    mutationFn: (invitationId: string) =>
      apiRequest(governmentPath(governmentId, `/invitations/${invitationId}`), null, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useUpdateMember() {
  const { governmentId } = useGovernment();
  const refresh = useRefreshAccess();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: UpdateMemberBody }) =>
      apiRequest(governmentPath(governmentId, `/members/${userId}`), null, { method: 'PUT', body }),
    onSuccess: refresh,
  });
}

export function useRemoveMember() {
  const { governmentId } = useGovernment();
  const refresh = useRefreshAccess();
  return useMutation({
    mutationFn: (userId: string) =>
      apiRequest(governmentPath(governmentId, `/members/${userId}`), null, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useSendPasswordReset() {
  const { governmentId } = useGovernment();
  const refresh = useRefreshAccess();
  return useMutation({
    mutationFn: (userId: string) =>
      apiRequest(governmentPath(governmentId, `/members/${userId}/password-reset`), passwordResetSentSchema, {
        method: 'POST',
        body: {},
      }),
    onSuccess: refresh,
  });
}
