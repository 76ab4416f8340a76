import { everyRole, tenantAccess } from '../../platform/auth';

/** Everyone reads the government's positions and network roles; the international office records them. */
export const diplomacyPolicy = {
  read: tenantAccess(everyRole),
  write: tenantAccess(['admin', 'coordinator']),
};
