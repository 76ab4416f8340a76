import { tenantAccess } from '../../platform/auth';

/**
 * Only the head of the office (admin) creates, lists and revokes integration tokens. Tokens never
 * carry the admin role, so a token cannot mint or revoke tokens.
 */
export const apiTokensPolicy = {
  manage: tenantAccess(['admin']),
};
