import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchGridPage } from '@/api/grid-page';
import { api, dataOf } from '@/api/client';
import type { components } from '@/api/schema';
import type { SortItem } from '@/components/grid/grid-query';
import { userListParams, type UserFilters } from '../utils/user-rules';

export type UserSummary = components['schemas']['UserSummary'];
export type UserDetail = components['schemas']['UserDetail'];

export async function fetchUsersPage(client: QueryClient, filters: UserFilters, page: number, size: number, sort: SortItem[]) {
  const query = userListParams(filters, page, size, sort);
  return fetchGridPage(client, 'users', query, async (signal) => dataOf(await api.GET('/api/admin/users', { params: { query }, signal })));
}

/** An action's effect reaches admin-api's read model a moment after the owner answered: an open detail keeps looking. */
const DETAIL_REFRESH_MS = 3_000;

export function userDetailQuery(id: string, ledgerPage: number) {
  return queryOptions({
    refetchInterval: DETAIL_REFRESH_MS,
    queryKey: ['users', 'detail', id, { ledgerPage }],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/users/{id}', {
      params: { path: { id }, query: { ledgerPage: String(ledgerPage), ledgerSize: '20' } }, signal,
    })),
  });
}
