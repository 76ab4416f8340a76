import { everyRole, everyTenantKind, tenantAccess } from '../../platform/auth';

/**
 * A government's people read its assessments; coordinators and admins fill them in; only the admin
 * decides what is shared and which associations the government belongs to. An association's people
 * read their members' shared results; its admin invites and removes members.
 */
export const capacityPolicy = {
  questionnaire: tenantAccess(everyRole, everyTenantKind),
  read: tenantAccess(everyRole),
  write: tenantAccess(['admin', 'coordinator']),
  share: tenantAccess(['admin']),
  networkRead: tenantAccess(everyRole, ['association']),
  networkWrite: tenantAccess(['admin'], ['association']),
};
