import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/errors';

/** Server state: fresh for 15 s (the live stream invalidates what changed sooner); client errors are never retried. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
