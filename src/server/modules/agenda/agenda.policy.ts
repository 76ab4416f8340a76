import {
  authenticatedAccess,
  everyRole,
  personalTenantAccess,
  publicAccess,
  tenantAccess,
} from '../../platform/auth';

/**
 * Everyone reads the agenda; the international office registers events and commitments; liaisons
 * report on commitments their department owns (checked by the service). Calendar feeds are reached
 * by a secret token or, for published events, by anyone.
 */
export const agendaPolicy = {
  read: tenantAccess(everyRole),
  write: tenantAccess(['admin', 'coordinator']),
  reportCommitment: tenantAccess(['admin', 'coordinator', 'liaison']),
  ownNotifications: personalTenantAccess(everyRole),
  feed: publicAccess,
  account: authenticatedAccess,
};
