import { useCallback, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { DataGrid } from '@/components/grid/data-grid';
import type { SortItem } from '@/components/grid/grid-query';
import { NO_AUDIT_FILTERS, OUTCOMES, fetchAuditPage, type AuditEntry, type AuditFilters } from '@/features/audit/api/audit-api';
import { auditColumns } from '@/features/audit/components/audit-columns';
import { browserTimeZone } from '@/utils/format';

/** Every staff action: who, what, on what, with what outcome, from where. */
export default function AuditRoute() {
  const client = useQueryClient();
  const tz = browserTimeZone();
  const [filters, setFilters] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const fetchPage = useCallback((page: number, size: number, sort: SortItem[]) => fetchAuditPage(client, filters, tz, page, size, sort), [client, filters, tz]);
  const columns = useMemo(() => auditColumns(), []);
  const set = (key: keyof AuditFilters) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setFilters({ ...filters, [key]: event.target.value });
  return (
    <section className="page" aria-labelledby="audit-title">
      <div className="page-head"><h1 id="audit-title">Audit log</h1></div>
      <form className="filters" aria-label="Filter the audit log" onSubmit={(event) => event.preventDefault()}>
        <label>Search <input type="search" value={filters.q} placeholder="Who, target, detail" onChange={set('q')} /></label>
        <label>Action <input value={filters.action} placeholder="e.g. user.tokens" onChange={set('action')} /></label>
        <label>Outcome
          <select value={filters.outcome} onChange={set('outcome')}>
            <option value="">Any</option>
            {OUTCOMES.map((outcome) => <option key={outcome} value={outcome}>{outcome}</option>)}
          </select>
        </label>
        <span className="date-range">
          <label>From <input type="date" value={filters.from} onChange={set('from')} /></label>
          <label>to <input type="date" value={filters.to} onChange={set('to')} /></label>
        </span>
        <p className="hint">Times in {tz}</p>
      </form>
      <DataGrid<AuditEntry> label="Audit log" columns={columns} fetchPage={fetchPage} rowId={(entry) => String(entry.entryId ?? '')}
        filtersKey={JSON.stringify(filters)} phoneColumns={['at', 'action', 'outcome']} />
    </section>
  );
}
