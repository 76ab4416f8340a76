import { everyRole, tenantAccess } from '../../platform/auth';

/**
 * Everyone reads the initiatives; the international office designs them and moves them through the
 * cycle; liaisons (enlaces) report measurements and activity progress, and the service checks that
 * the initiative involves their department.
 */
export const initiativesPolicy = {
  read: tenantAccess(everyRole),
  write: tenantAccess(['admin', 'coordinator']),
  moveStage: tenantAccess(['admin', 'coordinator']),
  report: tenantAccess(['admin', 'coordinator', 'liaison']),
};
