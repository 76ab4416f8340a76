import { everyRole, tenantAccess } from '../../platform/auth';

/** Everyone in the government reads its strategy; its admin manages the vocabularies and the plan. */
export const strategyPolicy = {
  read: tenantAccess(everyRole),
  write: tenantAccess(['admin']),
};
