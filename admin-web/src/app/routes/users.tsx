import { useCallback, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { DataGrid, type GridHandle } from '@/components/grid/data-grid';
import type { SortItem } from '@/components/grid/grid-query';
import { Dialog } from '@/components/ui/dialog';
import { fetchUsersPage, type UserSummary } from '@/features/users/api/users-queries';
import { userColumns } from '@/features/users/components/user-columns';
import { UserFiltersBar } from '@/features/users/components/user-filters-bar';
import { UserDetail } from '@/features/users/components/user-detail';
import { NO_USER_FILTERS, type UserFilters } from '@/features/users/utils/user-rules';
import { useLiveChange } from '@/hooks/use-live-events';

const USER_EVENTS = ['UserRegistered', 'PaymentConfirmed'] as const;
const PHONE_COLUMNS = ['username', 'balance'];

/** Telegram users: the grid, and a user's detail with every action on them (Enter or double-click opens it). */
export default function UsersRoute() {
  const client = useQueryClient();
  const grid = useRef<GridHandle<UserSummary> | null>(null);
  const [filters, setFilters] = useState<UserFilters>(NO_USER_FILTERS);
  const [open, setOpen] = useState<UserSummary | null>(null);
  const fetchPage = useCallback((page: number, size: number, sort: SortItem[]) => fetchUsersPage(client, filters, page, size, sort), [client, filters]);
  const columns = useMemo(() => userColumns((user) => setOpen(user)), []);
  useLiveChange(USER_EVENTS, () => grid.current?.refresh());
  return (
    <section className="page" aria-labelledby="users-title">
      <div className="page-head"><h1 id="users-title">Users</h1></div>
      <UserFiltersBar filters={filters} onChange={setFilters} />
      <DataGrid<UserSummary> label="Users" columns={columns} fetchPage={fetchPage} rowId={(user) => user.userId ?? ''}
        filtersKey={JSON.stringify(filters)} onRowOpen={setOpen} handle={grid} phoneColumns={PHONE_COLUMNS} />
      <Dialog title={open?.username ? `@${open.username}` : 'User'} open={Boolean(open)} variant="drawer"
        onClose={() => { setOpen(null); grid.current?.refresh(); }}>
        {open?.userId && <UserDetail userId={open.userId} onErased={() => { setOpen(null); grid.current?.refresh(); }} />}
      </Dialog>
    </section>
  );
}
