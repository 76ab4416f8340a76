import { authenticatedOrTokenAccess } from '../../platform/auth';

/** Official codelists are public knowledge, but the API serves them to signed-in users only. */
export const referencePolicy = { read: authenticatedOrTokenAccess };
