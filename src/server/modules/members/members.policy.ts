import { tenantAccess } from '../../platform/auth';

/**
 * Coordinators see who belongs to the government (to make a person the owner of a commitment or a
 * lead); only the head of the office (admin) gives and changes access.
 */
export const membersPolicy = { read: tenantAccess(['admin', 'coordinator']), write: tenantAccess(['admin']) };
