import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

/** The console's one cache of server state; created with the shell (the login page does without it). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // A refusal is an answer: retry only what may pass on a second try.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status < 500),
    },
  },
});
