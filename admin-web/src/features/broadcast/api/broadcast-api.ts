import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, idempotencyKey } from '@/api/client';
import type { components } from '@/api/schema';
import type { DeliveryReport } from '../utils/progress';

export type BroadcastOrder = components['schemas']['BroadcastOrder'];
export const AUDIENCES = [['all', 'Everyone the bot can reach'], ['subscribers', 'Subscribers'], ['non_subscribers', 'Non-subscribers'], ['active_30d', 'Active in the last 30 days']] as const;

export interface Preview { text: string; characters: number; recipients: number; audience: string }
export interface Broadcast { id: string; title: string; status: string; testMode: boolean; report: DeliveryReport }
export interface TestOutcome { success: boolean; sent: number; failed: number; successRate: number }

/** The exact text recipients read and how many the audience reaches now (nothing is kept). */
export function previewQuery(order: BroadcastOrder) {
  return queryOptions({
    queryKey: ['broadcasts', 'preview', order],
    queryFn: async ({ signal }) => dataOf(await api.POST('/api/admin/broadcast/preview', { body: order, signal })) as unknown as Preview,
    enabled: Boolean(order.message?.trim()),
    retry: false,
    staleTime: 10_000,
  });
}

export function broadcastQuery(id: string) {
  return queryOptions({
    queryKey: ['broadcasts', 'one', id],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/broadcast/{id}', { params: { path: { id } }, signal })) as unknown as Broadcast,
    // the stream's BroadcastProgress makes it stale as it goes; this keeps it moving if the stream is down
    refetchInterval: (query) => (query.state.data?.status === 'sending' || !query.state.data ? 2_000 : false),
  });
}

export function historyQuery() {
  return queryOptions({
    queryKey: ['broadcasts', 'history'],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/broadcasts', { params: { query: { size: '20' } }, signal })).items ?? [],
  });
}

export function useSendBroadcast() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (order: BroadcastOrder) =>
      dataOf(await api.POST('/api/admin/broadcast', { headers: { 'Idempotency-Key': idempotencyKey() }, body: order })) as unknown as { broadcastId?: string; id?: string } & Partial<TestOutcome>,
    onSuccess: () => client.invalidateQueries({ queryKey: ['broadcasts'] }),
  });
}

export function useCancelBroadcast() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => dataOf(await api.POST('/api/admin/broadcast/{id}/cancel', { params: { path: { id } }, headers: { 'Idempotency-Key': idempotencyKey() } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['broadcasts'] }),
  });
}
