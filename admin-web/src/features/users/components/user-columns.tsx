import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { UserSummary } from '../api/users-queries';
import { formatDateTime, formatTokens, formatUsd } from '@/utils/format';
import { roleOf } from '../utils/user-rules';
import { roleWord } from '@/lib/roles';

export function userColumns(onOpen: (user: UserSummary) => void): ColDef<UserSummary>[] {
  return [
    {
      colId: 'open', headerName: '', width: 84, minWidth: 84, resizable: false, suppressMovable: true, pinned: 'left', cellClass: 'cell-tight',
      cellRenderer: ({ data }: ICellRendererParams<UserSummary>) => (data ? (
        <button type="button" className="button button-small" aria-label={`Open ${data.username ? `@${data.username}` : data.fullName ?? 'user'}`} onClick={() => onOpen(data)}>Open</button>
      ) : null),
    },
    { field: 'username', headerName: 'User', sortable: true, width: 170, valueFormatter: ({ value }) => (value ? `@${String(value)}` : '—') },
    { field: 'fullName', headerName: 'Name', width: 170 },
    { colId: 'role', headerName: 'Role', width: 110, valueGetter: ({ data }) => (data ? roleWord(roleOf(data)) : '') },
    { field: 'balance', headerName: 'Tokens', sortable: true, width: 110, type: 'rightAligned', valueFormatter: ({ value }) => formatTokens(value as number) },
    { field: 'subscriber', headerName: 'Subscriber', width: 120, valueFormatter: ({ value }) => (value ? 'Yes' : 'No') },
    { colId: 'state', headerName: 'State', width: 140, valueGetter: ({ data }) => (data?.suspended ? 'Suspended' : data?.blockedBot ? 'Blocked the bot' : 'Active') },
    { field: 'ordersCount', headerName: 'Orders', sortable: true, width: 100, type: 'rightAligned' },
    { field: 'usdPaid', headerName: 'Paid', sortable: true, width: 110, type: 'rightAligned', valueFormatter: ({ value }) => formatUsd(value as number) },
    { field: 'firstSeen', headerName: 'First seen', sortable: true, width: 200, valueFormatter: ({ value }) => formatDateTime(value as string, undefined, false) },
    { field: 'lastActive', headerName: 'Last active', sortable: true, width: 130 },
    { field: 'telegramId', headerName: 'Telegram id', width: 140 },
  ];
}
