import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { currentSessionSchema, type Session, type SignInBody, sessionSchema } from '../../../contracts/auth';
import type { Language } from '../../../contracts/common';
import { apiRequest, setCsrfToken } from '../../lib/api-client';
import { applyLanguage } from '../../lib/i18n';

export const sessionQueryKey = ['session'] as const;

/** The current session, or null when nobody is signed in (asked so that the answer is never a 401). */
export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: async (): Promise<Session | null> => {
    const { session } = await apiRequest('/auth/current-session', currentSessionSchema);
    setCsrfToken(session?.csrfToken ?? null);
    return session;
  },
  staleTime: 5 * 60_000,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => apiRequest('/auth/sign-in', sessionSchema, { method: 'POST', body }),
    onSuccess: async (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
      await applyLanguage(session.user.preferredLanguage);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/auth/sign-out', null, { method: 'POST', body: {} }),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}

export function useUpdateLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferredLanguage: Language) =>
      apiRequest('/auth/preferences', sessionSchema, { method: 'PUT', body: { preferredLanguage } }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
