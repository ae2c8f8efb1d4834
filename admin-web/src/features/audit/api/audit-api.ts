import type { QueryClient } from '@tanstack/react-query';
import { fetchGridPage } from '@/api/grid-page';
import { api, dataOf } from '@/api/client';
import type { components } from '@/api/schema';
import { compactParams, type SortItem } from '@/components/grid/grid-query';

export type AuditEntry = components['schemas']['AuditEntry'];
export interface AuditFilters { q: string; action: string; outcome: string; from: string; to: string }
export const NO_AUDIT_FILTERS: AuditFilters = { q: '', action: '', outcome: '', from: '', to: '' };
export const OUTCOMES = ['success', 'refused', 'throttled', 'failed', 'unknown'] as const;

/** Newest first (the log sorts by time only). */
export async function fetchAuditPage(client: QueryClient, filters: AuditFilters, tz: string, page: number, size: number, sort: SortItem[]) {
  const direction = sort.find((item) => item.colId === 'at')?.sort;
  const query = compactParams({ ...filters, tz: filters.from || filters.to ? tz : undefined, page, size, sort: direction ? `at,${direction}` : undefined });
  return fetchGridPage(client, 'audit', query, async (signal) => dataOf(await api.GET('/api/admin/audit', { params: { query }, signal })));
}
