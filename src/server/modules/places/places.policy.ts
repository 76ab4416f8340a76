import { authenticatedAccess } from '../../platform/auth';

/** Place names and coordinates are public knowledge, served to signed-in users like the codelists. */
export const placesPolicy = { read: authenticatedAccess };
