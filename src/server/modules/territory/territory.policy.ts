import { everyRole, tenantAccess } from '../../platform/auth';

/** Everyone in the government reads its territory; only its admin changes the profile, units and departments. */
export const territoryPolicy = {
  read: tenantAccess(everyRole),
  write: tenantAccess(['admin']),
};
