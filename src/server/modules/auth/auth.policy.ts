import { authenticatedAccess, publicAccess } from '../../platform/auth';

/** Anyone may try to sign in or ask for their session; the rest needs a session. */
export const authPolicy = {
  signIn: publicAccess,
  session: publicAccess,
  signOut: publicAccess,
  preferences: authenticatedAccess,
  changePassword: authenticatedAccess,
  signOutEverywhere: authenticatedAccess,
  /** The holder of a reset link is not signed in: the token is the proof. */
  resetPassword: publicAccess,
};
