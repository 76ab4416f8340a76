import { everyRole, tenantAccess } from '../../platform/auth';

/**
 * Everyone reads the export, its check, the imports and the catalogue (transparency is the point of
 * IATI); the international office (admin, coordinators) imports publisher files.
 */
export const iatiPolicy = {
  read: tenantAccess(everyRole),
  write: tenantAccess(['admin', 'coordinator']),
};
