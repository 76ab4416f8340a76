import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type AcceptInvitationBody,
  type ChangePasswordBody,
  changePasswordResultSchema,
  invitationPreviewSchema,
  type ResetPasswordBody,
  sessionSchema,
} from '../../../contracts/auth';
import { apiRequest, setCsrfToken } from '../../lib/api-client';
import { applyLanguage } from '../../lib/i18n';
import { sessionQueryKey } from '../auth/use-session';

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordBody) =>
      apiRequest('/auth/password', changePasswordResultSchema, { method: 'POST', body }),
  });
}

/** Ends every session of the user, this one included: the app forgets the session afterwards. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/auth/sign-out-everywhere', null, { method: 'POST', body: {} }),
    onSuccess: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: ResetPasswordBody) =>
      apiRequest('/auth/password-reset', z.object({ ok: z.literal(true) }), { method: 'POST', body }),
  });
}

export function usePreviewInvitation() {
  return useMutation({
    mutationFn: (token: string) =>
      apiRequest('/invitations/preview', invitationPreviewSchema, { method: 'POST', body: { token } }),
  });
}

/** Accepting signs the person in (a new account) or refreshes their session (an existing one). */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) =>
      apiRequest('/invitations/accept', sessionSchema, { method: 'POST', body }),
    onSuccess: async (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
      await applyLanguage(session.user.preferredLanguage);
    },
  });
}

/** The token of a link from an e-mail: after the `#`, so that it never reaches a server log. */
export function tokenFromLocation(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}
