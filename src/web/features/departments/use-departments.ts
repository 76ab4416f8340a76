import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DepartmentInput, departmentPageSchema, departmentSchema } from '../../../contracts/territory';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export type DepartmentListParams = {
  q?: string;
  includeArchived?: boolean;
  page?: number;
  pageSize?: number;
};

export function useDepartments(params: DepartmentListParams) {
  const { governmentId, membership } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'departments', params],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/departments'), departmentPageSchema, { query: params }),
    placeholderData: keepPreviousData,
    // An association has no departments (its members page asks for none).
    enabled: membership.tenantKind === 'government',
  });
}

function useDepartmentMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'departments'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
  });
}

export function useSaveDepartment() {
  return useDepartmentMutation(
    (governmentId, variables: { id?: string; body: DepartmentInput; version?: number }) =>
      variables.id
        ? apiRequest(governmentPath(governmentId, `/departments/${variables.id}`), departmentSchema, {
            method: 'PUT',
            body: { ...variables.body, version: variables.version },
          })
        : apiRequest(governmentPath(governmentId, '/departments'), departmentSchema, {
            method: 'POST',
            body: variables.body,
          }),
  );
}

export function useSetDepartmentArchived() {
  return useDepartmentMutation(
    (governmentId, variables: { id: string; isArchived: boolean; version: number }) =>
      apiRequest(
        governmentPath(
          governmentId,
          `/departments/${variables.id}/${variables.isArchived ? 'archive' : 'restore'}`,
        ),
        departmentSchema,
        { method: 'POST', body: { version: variables.version } },
      ),
  );
}
