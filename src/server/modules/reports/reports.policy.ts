import { everyRole, tenantAccess } from '../../platform/auth';

/**
 * Everyone of the government reads and downloads the reports to the council (accountability is the
 * point); the international office (admin, coordinators) generates them.
 */
export const reportsPolicy = {
  read: tenantAccess(everyRole),
  generate: tenantAccess(['admin', 'coordinator']),
};
