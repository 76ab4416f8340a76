import { everyRole, publicAccess, tenantAccess } from '../../platform/auth';

/**
 * Open data is public by nature: downloads, the data package and the DCAT catalogues need no sign-in
 * (they hold published records only). Inside the app everyone sees the page; the admin sets the licence.
 */
export const openDataPolicy = {
  download: publicAccess,
  read: tenantAccess(everyRole),
  configure: tenantAccess(['admin']),
};
