import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { CustomerView } from '../utils/customer-form';
import { formatDateTime } from '@/utils/format';

export type CustomerAction = 'edit' | 'delete';

export function customerColumns(onAction: (action: CustomerAction, customer: CustomerView) => void): ColDef<CustomerView>[] {
  return [
    {
      colId: 'actions', headerName: '', width: 150, minWidth: 150, resizable: false, suppressMovable: true, pinned: 'left', cellClass: 'cell-tight',
      cellRenderer: ({ data }: ICellRendererParams<CustomerView>) => (data && !data.deletedAt ? (
        <span className="actions">
          <button type="button" className="button button-small" aria-label={`Edit ${data.firstName ?? ''} ${data.lastName ?? ''}`} onClick={() => onAction('edit', data)}>Edit</button>
          <button type="button" className="button button-small" aria-label={`Delete ${data.firstName ?? ''} ${data.lastName ?? ''}`} onClick={() => onAction('delete', data)}>Delete</button>
        </span>
      ) : <span className="hint">Deleted</span>),
    },
    { field: 'lastName', headerName: 'Last name', sortable: true, width: 140 },
    { field: 'firstName', headerName: 'First name', sortable: true, width: 140 },
    { field: 'email', headerName: 'Email', sortable: true, width: 220 },
    { field: 'phone', headerName: 'Phone', width: 150 },
    { field: 'country', headerName: 'Country', sortable: true, width: 110 },
    { field: 'ownerUsername', headerName: 'Telegram user', width: 160, valueFormatter: ({ value }) => (value ? `@${String(value)}` : '') },
    { field: 'ordersCount', headerName: 'Orders', width: 100, type: 'rightAligned' },
    { field: 'registeredAt', headerName: 'Registered', sortable: true, width: 200, valueFormatter: ({ value }) => formatDateTime(value as string, undefined, false) },
  ];
}
