import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { PaymentView } from '../api/payments-api';
import { formatDateTime, formatTokens, formatUsd } from '@/utils/format';

/** Only these can be credited by hand (payment-service refuses the others with 409). */
export const ACCEPTABLE = ['failed', 'expired'];

export function paymentColumns(onAccept: (payment: PaymentView) => void): ColDef<PaymentView>[] {
  return [
    {
      colId: 'accept', headerName: '', width: 100, minWidth: 100, resizable: false, pinned: 'left', cellClass: 'cell-tight',
      cellRenderer: ({ data }: ICellRendererParams<PaymentView>) => (data && ACCEPTABLE.includes(data.status ?? '') ? (
        <button type="button" className="button button-small" aria-label={`Accept payment ${data.trackId ?? ''}`} onClick={() => onAccept(data)}>Accept…</button>
      ) : null),
    },
    { field: 'createdAt', headerName: 'Created', sortable: true, width: 200, valueFormatter: ({ value }) => formatDateTime(value as string, undefined, false) },
    { field: 'status', headerName: 'Status', sortable: true, width: 120, cellRenderer: ({ value }: ICellRendererParams<PaymentView>) => <span className={`badge badge-pay-${String(value)}`}>{String(value ?? '')}</span> },
    { field: 'username', headerName: 'User', width: 160, valueFormatter: ({ value }) => (value ? `@${String(value)}` : '') },
    { field: 'tokens', headerName: 'Tokens', sortable: true, width: 110, type: 'rightAligned', valueFormatter: ({ value }) => formatTokens(value as number) },
    { field: 'amountUsd', headerName: 'Amount', sortable: true, width: 120, type: 'rightAligned', valueFormatter: ({ value }) => formatUsd(value as number) },
    { field: 'trackId', headerName: 'OxaPay track id', width: 150 },
    { field: 'confirmedAt', headerName: 'Confirmed', sortable: true, width: 200, valueFormatter: ({ value }) => formatDateTime(value as string, undefined, false) },
    { field: 'failureReason', headerName: 'Why not', width: 200 },
  ];
}
