import type { ColDef } from 'ag-grid-community';
import type { AuditEntry } from '../api/audit-api';
import { formatDateTime } from '@/utils/format';

/** What a staff action asked for, in one line (values of personal data are never in the log). */
export function parametersLine(parameters: Record<string, unknown> | undefined): string {
  if (!parameters) return '';
  return Object.entries(parameters).map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`).join(', ');
}

export function auditColumns(): ColDef<AuditEntry>[] {
  return [
    { field: 'at', headerName: 'When', sortable: true, width: 200, valueFormatter: ({ value }) => formatDateTime(value as string, undefined, false) },
    { field: 'actorName', headerName: 'Who', width: 140 },
    { field: 'action', headerName: 'Action', width: 170 },
    { field: 'outcome', headerName: 'Outcome', width: 110 },
    { field: 'target', headerName: 'Target', width: 220 },
    { field: 'actorRole', headerName: 'Role', width: 100 },
    { colId: 'parameters', headerName: 'Asked', width: 260, valueGetter: ({ data }) => parametersLine(data?.parameters) },
    { field: 'detail', headerName: 'Detail', width: 260 },
    { field: 'clientAddress', headerName: 'From', width: 130 },
  ];
}
