import { everyRole, tenantAccess } from '../../platform/auth';

/** Everyone reads partners; the international office (admin, coordinators) registers and edits them. */
export const partnersPolicy = {
  read: tenantAccess(everyRole),
  write: tenantAccess(['admin', 'coordinator']),
  /** Merging duplicates rewrites references across every module: administrators only. */
  merge: tenantAccess(['admin']),
};
