import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, idempotencyKey } from '@/api/client';
import type { OrderSummary } from './orders-queries';

/** What an operator may see: the waiting orders (queue order) and the ones in their hands. */
export function operatorQueueQuery() {
  return queryOptions({
    queryKey: ['orders', 'operator-queue'],
    queryFn: async ({ signal }) => {
      const [waiting, mine] = await Promise.all([
        api.GET('/api/admin/orders', { params: { query: { status: 'pending', sort: 'queuePosition,asc', size: '50' } }, signal }),
        api.GET('/api/admin/orders', { params: { query: { status: 'assigned', sort: 'placedAt,asc', size: '50' } }, signal }),
      ]);
      return { waiting: dataOf(waiting).items ?? [], mine: dataOf(mine).items ?? [], waitingTotal: dataOf(waiting).total ?? 0 };
    },
    refetchInterval: 15_000,
  });
}

/** The first waiting order becomes the operator's (order-service takes it under a row lock: two operators, two orders). */
export function useTakeNext() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => dataOf(await api.POST('/api/admin/queue/take-next', { headers: { 'Idempotency-Key': idempotencyKey() } })) as OrderSummary,
    onSuccess: () => client.invalidateQueries({ queryKey: ['orders'] }),
  });
}
