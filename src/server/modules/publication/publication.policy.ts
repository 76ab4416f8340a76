import { everyRole, tenantAccess } from '../../platform/auth';

/**
 * Everyone of the government sees what is proposed and published; coordinators propose (and
 * withdraw their proposals), admins publish, take down and switch the portal on or off.
 */
export const publicationPolicy = {
  read: tenantAccess(everyRole),
  propose: tenantAccess(['admin', 'coordinator']),
  publish: tenantAccess(['admin']),
  settings: tenantAccess(['admin']),
};
