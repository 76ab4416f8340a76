import { everyRole, tenantAccess } from '../../platform/auth';

/**
 * Everyone of the government reads what links produced, verdicts and the index; the head of the
 * office (admin) sets the rules and takes snapshots; the international office contests verdicts.
 */
export const utilityPolicy = {
  read: tenantAccess(everyRole),
  configure: tenantAccess(['admin']),
  contest: tenantAccess(['admin', 'coordinator']),
};
