import { useCallback, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { DataGrid, type GridHandle } from '@/components/grid/data-grid';
import type { SortItem } from '@/components/grid/grid-query';
import { Dialog } from '@/components/ui/dialog';
import { useNotify } from '@/components/ui/toasts';
import { NO_CUSTOMER_FILTERS, downloadCustomersCsv, fetchCustomersPage, useDeleteCustomer, type CustomerFilters } from '@/features/customers/api/customers-api';
import { customerColumns, type CustomerAction } from '@/features/customers/components/customer-columns';
import { CustomerEditForm } from '@/features/customers/components/customer-edit-form';
import type { CustomerView } from '@/features/customers/utils/customer-form';
import { messageOf } from '@/api/errors';

const PHONE_COLUMNS = ['lastName', 'firstName'];

/** Customer profiles: the grid, the edit modal, delete (asked first) and the CSV export of the filter. */
export default function CustomersRoute() {
  const client = useQueryClient();
  const notify = useNotify();
  const grid = useRef<GridHandle<CustomerView> | null>(null);
  const [filters, setFilters] = useState<CustomerFilters>(NO_CUSTOMER_FILTERS);
  const [editing, setEditing] = useState<CustomerView | null>(null);
  const remove = useDeleteCustomer();
  const fetchPage = useCallback((page: number, size: number, sort: SortItem[]) => fetchCustomersPage(client, filters, page, size, sort), [client, filters]);
  const columns = useMemo(() => customerColumns((action: CustomerAction, customer: CustomerView) => {
    if (action === 'edit') setEditing(customer);
    else if (customer.profileId && window.confirm(`Delete the profile of ${customer.firstName ?? ''} ${customer.lastName ?? ''}? Its orders keep their history.`)) {
      remove.mutate(customer.profileId, {
        // shown deleted at once: admin-api's list follows order-service's event a moment later
        onSuccess: () => { notify('success', 'Customer profile deleted.'); grid.current?.updateRow(customer.profileId ?? '', { ...customer, deletedAt: new Date().toISOString() }); },
        onError: (error) => notify('error', messageOf(error)),
      });
    }
  }), [remove, notify]);
  return (
    <section className="page" aria-labelledby="customers-title">
      <div className="page-head">
        <h1 id="customers-title">Customers</h1>
        <button type="button" className="button" onClick={() => downloadCustomersCsv(filters).catch((e) => notify('error', messageOf(e)))}>Export CSV</button>
      </div>
      <form className="filters" aria-label="Filter customers" onSubmit={(event) => event.preventDefault()}>
        <label>Search <input type="search" value={filters.q} placeholder="Name, email, phone" onChange={(e) => setFilters({ ...filters, q: e.target.value })} /></label>
        <label>Deleted profiles
          <select value={filters.deleted} onChange={(e) => setFilters({ ...filters, deleted: e.target.value as CustomerFilters['deleted'] })}>
            <option value="">Left out</option><option value="true">Included</option>
          </select>
        </label>
      </form>
      <DataGrid<CustomerView> label="Customers" columns={columns} fetchPage={fetchPage} rowId={(c) => c.profileId ?? ''}
        filtersKey={JSON.stringify(filters)} onRowOpen={setEditing} handle={grid} phoneColumns={PHONE_COLUMNS} />
      <Dialog title="Edit customer" open={Boolean(editing)} onClose={() => setEditing(null)}>
        {editing && <CustomerEditForm customer={editing} onCancel={() => setEditing(null)}
          onSaved={(saved) => { setEditing(null); grid.current?.updateRow(saved.profileId ?? '', saved); }} />}
      </Dialog>
    </section>
  );
}
