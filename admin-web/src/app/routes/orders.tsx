import { useCallback, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DataGrid, type GridHandle } from '@/components/grid/data-grid';
import type { SortItem } from '@/components/grid/grid-query';
import { useNotify } from '@/components/ui/toasts';
import { fetchOrdersPage, operatorsQuery, type OrderSummary } from '@/features/orders/api/orders-queries';
import { downloadOrdersCsv } from '@/features/orders/api/order-actions';
import { orderColumns } from '@/features/orders/components/order-columns';
import { OrderFiltersBar } from '@/features/orders/components/order-filters-bar';
import { BulkBar } from '@/features/orders/components/bulk-bar';
import { OrderActionDialog } from '@/features/orders/components/order-action-dialog';
import type { RowMenuAction } from '@/features/orders/components/row-menu';
import { NO_FILTERS, exportQueryString, type OrderFilters } from '@/features/orders/utils/order-filters';
import { browserTimeZone } from '@/utils/format';
import { messageOf } from '@/api/errors';
import { useLiveChange } from '@/hooks/use-live-events';

const ORDER_EVENTS = ['OrderPlaced', 'OrderQueued', 'OrderStatusChanged', 'OrderRejected'] as const;
const PHONE_COLUMNS = ['status', 'customerName', 'tokenCost'];

export default function OrdersRoute() {
  const client = useQueryClient();
  const notify = useNotify();
  const tz = browserTimeZone();
  const grid = useRef<GridHandle<OrderSummary> | null>(null);
  const [filters, setFilters] = useState<OrderFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<OrderSummary[]>([]);
  const [open, setOpen] = useState<{ action: RowMenuAction; order: OrderSummary } | null>(null);
  const operators = useQuery(operatorsQuery());

  const fetchPage = useCallback((page: number, size: number, sort: SortItem[]) => fetchOrdersPage(client, filters, tz, page, size, sort), [client, filters, tz]);
  const columns = useMemo(() => orderColumns((action, order) => setOpen({ action, order })), []);

  function afterWrite() {
    grid.current?.refresh();
  }
  // a new order, or one moved elsewhere, shows in the grid without a reload
  useLiveChange(ORDER_EVENTS, afterWrite);

  return (
    <section className="page" aria-labelledby="orders-title">
      <div className="page-head">
        <h1 id="orders-title">Orders</h1>
        <button type="button" className="button" onClick={() => downloadOrdersCsv(exportQueryString(filters, tz)).catch((e) => notify('error', messageOf(e)))}>
          Export CSV
        </button>
      </div>
      <OrderFiltersBar filters={filters} operators={operators.data ?? []} onChange={setFilters} />
      <BulkBar selected={selected} onDone={() => { grid.current?.clearSelection(); afterWrite(); }} />
      <DataGrid<OrderSummary>
        label="Orders"
        columns={columns}
        fetchPage={fetchPage}
        rowId={(order) => order.orderId ?? ''}
        filtersKey={JSON.stringify(filters)}
        onSelection={setSelected}
        onRowOpen={(order) => setOpen({ action: 'view', order })}
        handle={grid}
        phoneColumns={PHONE_COLUMNS}
      />
      <OrderActionDialog open={open} onClose={() => { setOpen(null); afterWrite(); }} />
    </section>
  );
}
