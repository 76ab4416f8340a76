import { everyTenantKind, publicAccess, tenantAccess } from '../../platform/auth';

/**
 * Coordinators see who belongs to the government (to make a person the owner of a commitment or a
 * lead); only the head of the office (admin) gives and changes access: invitations, roles, removal,
 * password reset links. An association manages its people the same way. An invitation link is answered for anyone who holds it: the token is the proof.
 */
export const membersPolicy = {
  read: tenantAccess(['admin', 'coordinator'], everyTenantKind),
  write: tenantAccess(['admin'], everyTenantKind),
  invitationLink: publicAccess,
};
