import { ORDER_STATUSES, STATUS_LABELS } from '@/lib/order-status';
import type { OrderFilters } from '../utils/order-filters';
import type { UserSummary } from '../api/orders-queries';
import { browserTimeZone } from '@/utils/format';

interface FiltersBarProps {
  filters: OrderFilters;
  operators: UserSummary[];
  onChange: (filters: OrderFilters) => void;
}

/** Quick filters: status, operator, package, priority, placed between two dates, and free text. */
export function OrderFiltersBar({ filters, operators, onChange }: FiltersBarProps) {
  const set = (key: keyof OrderFilters) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    onChange({ ...filters, [key]: event.target.value });
  return (
    <details className="filters-box" open={window.innerWidth >= 700}>
    <summary>Filters</summary>
    <form className="filters" aria-label="Filter orders" onSubmit={(event) => event.preventDefault()}>
      <label>Search <input type="search" value={filters.q} placeholder="Id, user, customer, email" onChange={set('q')} /></label>
      <label>Status
        <select value={filters.status} onChange={set('status')}>
          <option value="">Any</option>
          {ORDER_STATUSES.map((status) => <option key={status} value={status}>{STATUS_LABELS[status]}</option>)}
        </select>
      </label>
      <label>Operator
        <select value={filters.operator} onChange={set('operator')}>
          <option value="">Any</option>
          {operators.map((op) => <option key={op.userId} value={op.userId}>{op.username ? `@${op.username}` : op.fullName}</option>)}
        </select>
      </label>
      <label>Package <input value={filters.package} placeholder="Code, e.g. SITES_550" onChange={set('package')} /></label>
      <label>Priority
        <select value={filters.priority} onChange={set('priority')}>
          <option value="">Any</option>
          <option value="true">Subscriber</option>
          <option value="false">Regular</option>
        </select>
      </label>
      <span className="date-range">
        <label>Placed from <input type="date" value={filters.from} onChange={set('from')} /></label>
        <label>to <input type="date" value={filters.to} onChange={set('to')} /></label>
      </span>
      <p className="hint">Times in {browserTimeZone()}</p>
    </form>
    </details>
  );
}
