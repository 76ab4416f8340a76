import { everyRole, tenantAccess } from '../../platform/auth';

/** Everyone reads the investment pipeline; the international office registers leads and moves them. */
export const investmentPolicy = {
  read: tenantAccess(everyRole),
  write: tenantAccess(['admin', 'coordinator']),
};
