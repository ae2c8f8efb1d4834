import { useCallback, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { DataGrid, type GridHandle } from '@/components/grid/data-grid';
import type { SortItem } from '@/components/grid/grid-query';
import { Dialog } from '@/components/ui/dialog';
import { NO_PAYMENT_FILTERS, PAYMENT_STATUSES, fetchPaymentsPage, type PaymentFilters, type PaymentView } from '@/features/payments/api/payments-api';
import { paymentColumns } from '@/features/payments/components/payment-columns';
import { ReconciliationView } from '@/features/payments/components/reconciliation-view';
import { AcceptForm } from '@/features/payments/components/accept-form';
import { useLiveChange } from '@/hooks/use-live-events';

const PAYMENT_EVENTS = ['PaymentConfirmed'] as const;

export default function PaymentsRoute() {
  const client = useQueryClient();
  const grid = useRef<GridHandle<PaymentView> | null>(null);
  const [filters, setFilters] = useState<PaymentFilters>(NO_PAYMENT_FILTERS);
  const [accepting, setAccepting] = useState<PaymentView | null>(null);
  const fetchPage = useCallback((page: number, size: number, sort: SortItem[]) => fetchPaymentsPage(client, filters, page, size, sort), [client, filters]);
  const columns = useMemo(() => paymentColumns(setAccepting), []);
  useLiveChange(PAYMENT_EVENTS, () => grid.current?.refresh());
  return (
    <section className="page" aria-labelledby="payments-title">
      <div className="page-head"><h1 id="payments-title">Payments</h1></div>
      <ReconciliationView />
      <form className="filters" aria-label="Filter payments" onSubmit={(event) => event.preventDefault()}>
        <label>Search <input type="search" value={filters.q} placeholder="User, track id" onChange={(e) => setFilters({ ...filters, q: e.target.value })} /></label>
        <label>Status
          <select value={filters.status} onChange={(e) => setFilters({ ...filters, status: e.target.value })}>
            <option value="">Any</option>
            {PAYMENT_STATUSES.map((status) => <option key={status} value={status}>{status}</option>)}
          </select>
        </label>
      </form>
      <DataGrid<PaymentView> label="Payments" columns={columns} fetchPage={fetchPage} rowId={(p) => p.paymentId ?? ''}
        filtersKey={JSON.stringify(filters)} handle={grid} phoneColumns={['status', 'amountUsd']} />
      <Dialog title="Accept payment" open={Boolean(accepting)} onClose={() => setAccepting(null)}>
        {accepting && <AcceptForm payment={accepting} onDone={() => { setAccepting(null); grid.current?.refresh(); }} />}
      </Dialog>
    </section>
  );
}
