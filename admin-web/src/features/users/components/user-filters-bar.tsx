import type { UserFilters } from '../utils/user-rules';
import { browserTimeZone } from '@/utils/format';

export function UserFiltersBar({ filters, onChange }: { filters: UserFilters; onChange: (filters: UserFilters) => void }) {
  const set = (key: keyof UserFilters) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    onChange({ ...filters, [key]: event.target.value });
  return (
    <form className="filters" aria-label="Filter users" onSubmit={(event) => event.preventDefault()}>
      <label>Search <input type="search" value={filters.q} placeholder="Username, name, Telegram id" onChange={set('q')} /></label>
      <label>Role
        <select value={filters.role} onChange={set('role')}>
          <option value="">Any</option><option value="admin">Admin</option><option value="operator">Operator</option>
        </select>
      </label>
      <label>Subscriber
        <select value={filters.subscriber} onChange={set('subscriber')}>
          <option value="">Any</option><option value="true">Yes</option><option value="false">No</option>
        </select>
      </label>
      <label>Suspended
        <select value={filters.suspended} onChange={set('suspended')}>
          <option value="">Any</option><option value="true">Yes</option><option value="false">No</option>
        </select>
      </label>
      <p className="hint">Times in {browserTimeZone()}</p>
    </form>
  );
}
