import { everyRole, tenantAccess } from '../../platform/auth';

export const searchPolicy = { search: tenantAccess(everyRole) };
