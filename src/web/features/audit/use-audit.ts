import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditActorListSchema, auditPageSchema } from '../../../contracts/audit';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export type AuditParams = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
};

export function useAudit(params: AuditParams) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'audit', params],
    queryFn: () => apiRequest(governmentPath(governmentId, '/audit'), auditPageSchema, { query: params }),
    placeholderData: keepPreviousData,
  });
}

/** The people of the trail, for the person filter. */
export function useAuditActors() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'audit', 'actors'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/audit/actors'), auditActorListSchema),
  });
}
