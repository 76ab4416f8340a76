import { everyRole, tenantAccess } from '../../platform/auth';

/**
 * Everyone reads demand, offer and funding; departments' liaisons register demands (the needs of
 * their department or community); the international office manages offers, decides matches and
 * keeps the project accounts.
 */
export const cooperationPolicy = {
  read: tenantAccess(everyRole),
  raiseDemand: tenantAccess(['admin', 'coordinator', 'liaison']),
  write: tenantAccess(['admin', 'coordinator']),
};
