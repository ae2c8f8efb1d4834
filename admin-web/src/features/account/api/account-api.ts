import { queryOptions } from '@tanstack/react-query';
import { api, dataOf } from '@/api/client';
import type { components } from '@/api/schema';

export type Me = components['schemas']['Me'];

/** Who is signed in, and whether their password logins ask for a second factor. */
export function meQuery() {
  return queryOptions({
    queryKey: ['me'],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/session', { signal })) as Me,
  });
}
