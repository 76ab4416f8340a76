import { everyRole, tenantAccess } from '../../platform/auth';

/** Everyone reads links; the international office (admin, coordinators) registers them and moves their status. */
export const linksPolicy = {
  read: tenantAccess(everyRole),
  write: tenantAccess(['admin', 'coordinator']),
};
