import { compactParams, sortParam, type SortItem } from '@/components/grid/grid-query';

/** The quick filters above the orders grid. */
export interface OrderFilters {
  status: string;
  operator: string;
  package: string;
  priority: '' | 'true' | 'false';
  from: string;
  to: string;
  q: string;
}

export const NO_FILTERS: OrderFilters = { status: '', operator: '', package: '', priority: '', from: '', to: '', q: '' };

/** The columns admin-api's orders list sorts by (OrderQueries.SORTS). */
export const SORTABLE_ORDER_FIELDS = ['placedAt', 'status', 'tokenCost', 'queuePosition', 'completedAt', 'packageCode', 'priority'] as const;

/** The list's query: the filters that are set, the page, the sort; dates are the browser's days (tz). */
export function orderListParams(filters: OrderFilters, tz: string, page?: number, size?: number, sort: SortItem[] = []): Record<string, string> {
  return compactParams({
    ...filters,
    tz: filters.from || filters.to ? tz : undefined,
    page,
    size,
    sort: sortParam(sort, SORTABLE_ORDER_FIELDS),
  });
}

/** The same filter as a query string, for the CSV export of exactly what the grid shows. */
export function exportQueryString(filters: OrderFilters, tz: string): string {
  return new URLSearchParams(orderListParams(filters, tz)).toString();
}
