import { tenantAccess } from '../../platform/auth';

/** Only the head of the office (admin) sees and manages who has access to the government. */
export const membersPolicy = { read: tenantAccess(['admin']), write: tenantAccess(['admin']) };
