import type { DashboardStats } from '../api/dashboard-queries';
import { formatCount, formatPercent, formatTokens, formatUsd } from '@/utils/format';

interface Kpi {
  id: string;
  label: string;
  value: string;
  detail?: string;
}

export function kpisOf(stats: DashboardStats): Kpi[] {
  const health = stats.systemHealth;
  const down = (health?.services ?? []).filter((service) => !service.ready).map((service) => service.name);
  return [
    { id: 'total-users', label: 'Total users', value: formatCount(stats.totalUsers) },
    { id: 'total-orders', label: 'Total orders', value: formatCount(stats.totalOrders) },
    { id: 'total-customers', label: 'Customers', value: formatCount(stats.totalCustomers) },
    { id: 'revenue-total', label: 'Revenue, total', value: formatUsd(stats.revenue?.totalUsd) },
    { id: 'revenue-month', label: 'Revenue, this month', value: formatUsd(stats.revenue?.thisMonthUsd) },
    { id: 'revenue-completed', label: 'Tokens of completed orders', value: formatTokens(stats.revenue?.completedOrdersTokens) },
    { id: 'completion-rate', label: 'Completion rate', value: formatPercent(stats.completionRate) },
    {
      id: 'average-order', label: 'Average order value', value: formatUsd(stats.averageOrderValue?.usd),
      detail: `${formatTokens(stats.averageOrderValue?.tokens)} tokens`,
    },
    { id: 'active-subscribers', label: 'Active subscribers', value: formatCount(stats.activeSubscribers), detail: `${formatPercent(stats.subscriptionRate)} of users` },
    {
      id: 'system-health', label: 'System health', value: health?.allReady ? 'All services up' : `${down.length} down`,
      detail: health?.allReady ? undefined : down.join(', '),
    },
  ];
}

/** The dashboard's figures (PRD §3.4.1), each a labelled card a test and a screen reader can find by its name. */
export function KpiCards({ stats }: { stats: DashboardStats }) {
  return (
    <ul className="kpis" aria-label="Key figures">
      {kpisOf(stats).map((kpi) => (
        <li key={kpi.id} className={`card kpi${kpi.id === 'system-health' && !stats.systemHealth?.allReady ? ' kpi-bad' : ''}`} data-kpi={kpi.id}>
          <span className="kpi-label" id={`kpi-${kpi.id}`}>{kpi.label}</span>
          <span className="kpi-value" aria-labelledby={`kpi-${kpi.id}`}>{kpi.value}</span>
          {kpi.detail && <span className="kpi-detail">{kpi.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
