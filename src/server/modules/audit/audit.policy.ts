import { everyRole, everyTenantKind, tenantAccess } from '../../platform/auth';

/** Auditors and council members are viewers: the trail is open to every role of the government. */
export const auditPolicy = { read: tenantAccess(everyRole, everyTenantKind) };
