import { everyRole, tenantAccess } from '../../platform/auth';

/** Everyone who reads partners and links reads the map drawn from them. */
export const actorMapPolicy = { read: tenantAccess(everyRole) };
