import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

// The router registers what to do when the session ends (go to sign-in); kept here to avoid an import cycle.
const handlers: { onUnauthorized: () => void } = { onUnauthorized: () => undefined };

export function setUnauthorizedHandler(handler: () => void) {
  handlers.onUnauthorized = handler;
}

function handleError(error: unknown) {
  if (isApiError(error) && error.status === 401) handlers.onUnauthorized();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleError }),
  mutationCache: new MutationCache({ onError: handleError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) =>
        !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});
