import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CommitmentInput, commitmentPageSchema, commitmentSchema } from '../../../contracts/agenda';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export type CommitmentListParams = {
  status?: string;
  departmentId?: string;
  partnerId?: string;
  linkId?: string;
  eventId?: string;
  mine?: boolean;
  page?: number;
  pageSize?: number;
};

export function commitmentsKey(governmentId: string) {
  return ['gov', governmentId, 'commitments'] as const;
}

export function useCommitments(params: CommitmentListParams) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...commitmentsKey(governmentId), 'list', params],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/commitments'), commitmentPageSchema, {
        query: params,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useCommitment(commitmentId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...commitmentsKey(governmentId), 'detail', commitmentId],
    queryFn: () => apiRequest(governmentPath(governmentId, `/commitments/${commitmentId}`), commitmentSchema),
  });
}

/** A commitment change also changes its event's counts, the audit trail and maybe notifications. */
function useCommitmentMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: commitmentsKey(governmentId) });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'events'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'notifications'] });
    },
  });
}

export function useCreateCommitment() {
  return useCommitmentMutation((governmentId, body: CommitmentInput) =>
    apiRequest(governmentPath(governmentId, '/commitments'), commitmentSchema, { method: 'POST', body }),
  );
}

export function useUpdateCommitment(commitmentId: string) {
  return useCommitmentMutation((governmentId, body: CommitmentInput & { version: number }) =>
    apiRequest(governmentPath(governmentId, `/commitments/${commitmentId}`), commitmentSchema, {
      method: 'PUT',
      body,
    }),
  );
}

export type CommitmentStatusBody = {
  status: 'pending' | 'in_progress' | 'fulfilled' | 'cancelled';
  version: number;
  evidenceDescription?: string | null;
  evidenceUrl?: string | null;
  fulfilledOn?: string | null;
  cancelReason?: string | null;
  resultingInitiativeId?: string | null;
};

export function useChangeCommitmentStatus() {
  return useCommitmentMutation((governmentId, body: CommitmentStatusBody & { id: string }) => {
    const { id, ...rest } = body;
    return apiRequest(governmentPath(governmentId, `/commitments/${id}/status`), commitmentSchema, {
      method: 'POST',
      body: rest,
    });
  });
}
