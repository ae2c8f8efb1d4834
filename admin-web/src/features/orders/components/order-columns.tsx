import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { OrderSummary } from '../api/orders-queries';
import { STATUS_LABELS, isOrderStatus } from '@/lib/order-status';
import { formatDateTime, formatTokens } from '@/utils/format';
import { RowMenu, type RowMenuAction } from './row-menu';

export function StatusBadge({ status }: { status: string | undefined }) {
  const label = isOrderStatus(status) ? STATUS_LABELS[status] : status ?? '';
  return <span className={`badge badge-${status ?? 'unknown'}`}>{label}</span>;
}

/** The orders grid's columns; sortable only where admin-api sorts. */
export function orderColumns(onAction: (action: RowMenuAction, order: OrderSummary) => void): ColDef<OrderSummary>[] {
  return [
    {
      colId: 'actions', headerName: '', width: 60, minWidth: 60, cellClass: 'cell-tight', resizable: false, suppressMovable: true, pinned: 'left',
      cellRenderer: ({ data }: ICellRendererParams<OrderSummary>) => (data ? <RowMenu order={data} onAction={onAction} /> : null),
    },
    { field: 'placedAt', headerName: 'Placed', sortable: true, width: 215, valueFormatter: ({ value }) => formatDateTime(value as string, undefined, false) },
    { field: 'status', headerName: 'Status', sortable: true, width: 140, cellRenderer: ({ value }: ICellRendererParams<OrderSummary>) => <StatusBadge status={value as string} /> },
    { field: 'username', headerName: 'User', width: 170, valueFormatter: ({ value }) => (value ? `@${String(value)}` : '') },
    { field: 'customerName', headerName: 'Customer', width: 170 },
    { field: 'packageName', headerName: 'Package', colId: 'packageCode', sortable: true, width: 150 },
    { field: 'tokenCost', headerName: 'Tokens', sortable: true, width: 110, type: 'rightAligned', valueFormatter: ({ value }) => formatTokens(value as number) },
    { field: 'priority', headerName: 'Priority', sortable: true, width: 110, valueFormatter: ({ value }) => (value ? 'Subscriber' : 'Regular') },
    { field: 'queuePosition', headerName: 'Queue', sortable: true, width: 100, type: 'rightAligned' },
    { field: 'operatorUsername', headerName: 'Operator', width: 140, valueFormatter: ({ value }) => (value ? `@${String(value)}` : '') },
    { field: 'completedAt', headerName: 'Completed', sortable: true, width: 215, valueFormatter: ({ value }) => formatDateTime(value as string, undefined, false) },
    { field: 'orderId', headerName: 'Order id', width: 300 },
  ];
}
