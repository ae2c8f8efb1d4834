import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchGridPage } from '@/api/grid-page';
import { api, dataOf, idempotencyKey } from '@/api/client';
import { downloadCsv } from '@/api/download';
import { compactParams, sortParam, type SortItem } from '@/components/grid/grid-query';
import type { CustomerField } from '../utils/customer-form';

export interface CustomerFilters { q: string; deleted: '' | 'true' }
export const NO_CUSTOMER_FILTERS: CustomerFilters = { q: '', deleted: '' };
const SORTABLE = ['registeredAt', 'lastName', 'firstName', 'email', 'country', 'updatedAt'];

export async function fetchCustomersPage(client: QueryClient, filters: CustomerFilters, page: number, size: number, sort: SortItem[]) {
  const query = compactParams({ ...filters, page, size, sort: sortParam(sort, SORTABLE) });
  return fetchGridPage(client, 'customers', query, async (signal) => dataOf(await api.GET('/api/admin/customers', { params: { query }, signal })));
}

export function useEditCustomer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: Record<CustomerField, string | null> }) =>
      dataOf(await api.PUT('/api/admin/customers/{id}', { params: { path: { id } }, headers: { 'Idempotency-Key': idempotencyKey() }, body: body as never })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['customers'] }),
  });
}

export function useDeleteCustomer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => dataOf(await api.DELETE('/api/admin/customers/{id}', { params: { path: { id } }, headers: { 'Idempotency-Key': idempotencyKey() } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['customers'] }),
  });
}

/** The CSV of the grid's filter. */
export function downloadCustomersCsv(filters: CustomerFilters): Promise<void> {
  return downloadCsv('/api/admin/customers/export', new URLSearchParams(compactParams({ ...filters })).toString(), 'customers');
}
