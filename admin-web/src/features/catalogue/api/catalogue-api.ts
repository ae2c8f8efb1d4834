import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, idempotencyKey } from '@/api/client';
import type { components } from '@/api/schema';
import type { PriceEdit } from '../utils/price-edits';

export type CatalogueEntry = components['schemas']['Entry'];
export type PartOutcome = components['schemas']['PartOutcome'];

export function catalogueQuery() {
  return queryOptions({
    queryKey: ['catalogue'],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/catalogue', { signal })) as CatalogueEntry[],
    // the projection follows order-service's CatalogueChanged a moment after an edit
    refetchInterval: 5_000,
  });
}

export function useEditPrices() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (entries: PriceEdit[]) =>
      dataOf(await api.PUT('/api/admin/catalogue', { headers: { 'Idempotency-Key': idempotencyKey() }, body: { entries } })) as PartOutcome[],
    onSuccess: () => client.invalidateQueries({ queryKey: ['catalogue'] }),
  });
}
