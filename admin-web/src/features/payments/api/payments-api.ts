import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchGridPage } from '@/api/grid-page';
import { api, dataOf, idempotencyKey } from '@/api/client';
import type { components } from '@/api/schema';
import { compactParams, sortParam, type SortItem } from '@/components/grid/grid-query';

export type PaymentView = components['schemas']['PaymentView'];
export interface PaymentFilters { status: string; q: string }
export const NO_PAYMENT_FILTERS: PaymentFilters = { status: '', q: '' };
export const PAYMENT_STATUSES = ['requested', 'waiting', 'paid', 'expired', 'failed'] as const;
const SORTABLE = ['createdAt', 'amountUsd', 'tokens', 'status', 'confirmedAt'];

/** What payment-service's reconciliation and the wallet's ledger verification answer, side by side. */
export interface ReconciliationReport {
  payments: {
    from: string; to: string;
    byStatus: { status: string; count: number; amountUsd: number; tokens: number }[];
    paidButNotCredited: { paymentId: string; userId: string; trackId: string; tokens: number; confirmed: boolean; credited: boolean }[];
  };
  ledger: { consistent: boolean; accountsChecked: number; entriesChecked: number; inconsistent: unknown[] };
}

export async function fetchPaymentsPage(client: QueryClient, filters: PaymentFilters, page: number, size: number, sort: SortItem[]) {
  const query = compactParams({ ...filters, page, size, sort: sortParam(sort, SORTABLE) });
  return fetchGridPage(client, 'payments', query, async (signal) => dataOf(await api.GET('/api/admin/payments', { params: { query }, signal })));
}

export function reconciliationQuery() {
  return queryOptions({
    queryKey: ['payments', 'reconciliation'],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/reconciliation', { signal })) as unknown as ReconciliationReport,
  });
}

/** An underpaid or late-paid invoice credited by hand, once, with the reason audited. */
export function useAcceptPayment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      dataOf(await api.POST('/api/admin/payments/{id}/accept', { params: { path: { id } }, headers: { 'Idempotency-Key': idempotencyKey() }, body: { reason } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['payments'] }),
  });
}
