import { queryOptions } from '@tanstack/react-query';
import { api, dataOf } from '@/api/client';
import type { components } from '@/api/schema';

export type DashboardStats = components['schemas']['DashboardStats'];
export type Trends = components['schemas']['Trends'];
export type Granularity = 'day' | 'week' | 'month';

export interface TrendRange {
  from: string;
  to: string;
  granularity: Granularity;
  tz: string;
}

/**
 * The stream makes the figures stale the moment something happens; a read model a moment behind its event, or
 * admin-api's 2-second figures cache, can still answer the old figure then, so the figures are also asked again
 * every 15 s while the dashboard is open.
 */
const REFRESH_MS = 15_000;

export function statsQuery(tz: string) {
  return queryOptions({
    refetchInterval: REFRESH_MS,
    queryKey: ['dashboard', 'stats', { tz }],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/stats', { params: { query: { tz } }, signal })),
  });
}

export function trendsQuery(range: TrendRange) {
  return queryOptions({
    refetchInterval: REFRESH_MS,
    queryKey: ['dashboard', 'trends', range],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/analytics/trends', { params: { query: { ...range } }, signal })),
  });
}
