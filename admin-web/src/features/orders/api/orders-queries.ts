import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchGridPage } from '@/api/grid-page';
import { api, dataOf } from '@/api/client';
import type { components } from '@/api/schema';
import type { SortItem } from '@/components/grid/grid-query';
import { orderListParams, type OrderFilters } from '../utils/order-filters';

export type OrderSummary = components['schemas']['OrderSummary'];
export type UserSummary = components['schemas']['UserSummary'];

/** One page for the grid's block. */
export function fetchOrdersPage(client: QueryClient, filters: OrderFilters, tz: string, page: number, size: number, sort: SortItem[]) {
  const query = orderListParams(filters, tz, page, size, sort);
  return fetchGridPage(client, 'orders', query, async (signal) => dataOf(await api.GET('/api/admin/orders', { params: { query }, signal })));
}

export function orderDetailQuery(id: string) {
  return queryOptions({
    queryKey: ['orders', 'detail', id],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/orders/{id}', { params: { path: { id } }, signal })),
  });
}

/** The operators an order can be assigned to (users with the operator role). */
export function operatorsQuery() {
  return queryOptions({
    queryKey: ['operators'],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/users', { params: { query: { role: 'operator', size: '200' } }, signal })).items ?? [],
    staleTime: 60_000,
  });
}
