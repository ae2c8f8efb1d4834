import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, idempotencyKey } from '@/api/client';
import { downloadCsv } from '@/api/download';
import type { components } from '@/api/schema';

export type BulkRequest = components['schemas']['BulkRequest'];
export type BulkResult = components['schemas']['BulkResult'];

/** Each staff action carries its own Idempotency-Key: a retried click cannot do the thing twice. */
const once = () => ({ 'Idempotency-Key': idempotencyKey() });

export type OrderAction =
  | { kind: 'status'; id: string; status: string; note?: string; customerMessage?: string }
  | { kind: 'assign'; id: string; operatorId: string; note?: string }
  | { kind: 'note'; id: string; note: string }
  | { kind: 'queue'; id: string; position: number };

async function perform(action: OrderAction): Promise<unknown> {
  const path = { id: action.id };
  switch (action.kind) {
    case 'status':
      return dataOf(await api.PUT('/api/admin/orders/{id}/status', { params: { path }, headers: once(), body: { status: action.status, note: action.note, customerMessage: action.customerMessage } }));
    case 'assign':
      return dataOf(await api.POST('/api/admin/orders/{id}/assign', { params: { path }, headers: once(), body: { operatorId: action.operatorId, note: action.note } }));
    case 'note':
      return dataOf(await api.POST('/api/admin/orders/{id}/notes', { params: { path }, headers: once(), body: { note: action.note } }));
    case 'queue':
      return dataOf(await api.PUT('/api/admin/queue/{id}', { params: { path }, headers: once(), body: { position: action.position } }));
  }
}

/** One action on one order; afterwards every orders query is stale (the grid reloads its blocks). */
export function useOrderAction() {
  const client = useQueryClient();
  return useMutation({ mutationFn: perform, onSuccess: () => client.invalidateQueries({ queryKey: ['orders'] }) });
}

export function useBulkAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: BulkRequest) => dataOf(await api.POST('/api/admin/orders/bulk', { headers: once(), body: request })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['orders'] }),
  });
}

/** The customer's password, shown once; the reason is written to the audit log with the reveal. */
export function useRevealPassword() {
  return useMutation({
    mutationFn: async ({ profileId, reason }: { profileId: string; reason: string }) =>
      dataOf(await api.POST('/api/admin/customers/{id}/password', { params: { path: { id: profileId } }, headers: once(), body: { reason } })) as { password?: string },
  });
}

/** The CSV of exactly the grid's filter. */
export function downloadOrdersCsv(query: string): Promise<void> {
  return downloadCsv('/api/admin/orders/export', query, 'orders');
}
