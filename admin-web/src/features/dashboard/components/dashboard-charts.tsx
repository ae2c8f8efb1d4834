import { lazy, Suspense, useMemo } from 'react';
import { barConfig, doughnutConfig, lineConfig } from '@/components/charts/chart-configs';
import type { DashboardStats, Trends } from '../api/dashboard-queries';
import { growthSeries, hasAny, packageBars, periodLabels, revenueSeries, statusSlices, summarize } from '../utils/chart-data';
import { formatCount, formatUsd } from '@/utils/format';

const ChartCanvas = lazy(() => import('@/components/charts/chart-canvas'));

function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <figure className="card chart-card">
      <figcaption><h2>{title}</h2></figcaption>
      <Suspense fallback={<p className="loading">Loading chart…</p>}>{children}</Suspense>
    </figure>
  );
}

/** The four PRD charts: revenue trend, order status distribution, user growth, package popularity. */
export function DashboardCharts({ stats, trends }: { stats: DashboardStats; trends: Trends | undefined }) {
  const labels = periodLabels(trends);
  const revenue = useMemo(() => lineConfig(labels, revenueSeries(trends)), [trends]);
  const growth = useMemo(() => lineConfig(labels, growthSeries(trends)), [trends]);
  const slices = statusSlices(stats);
  const statuses = useMemo(() => doughnutConfig(slices.labels, slices.values), [stats]);
  const bars = packageBars(trends);
  const packages = useMemo(() => barConfig(bars.labels, bars.values, 'Orders'), [trends]);
  return (
    <div className="charts">
      <ChartCard title="Revenue trend">
        <ChartCanvas config={revenue} summary={summarize(revenueSeries(trends), formatUsd)} />
      </ChartCard>
      <ChartCard title="Order status distribution">
        {hasAny(slices.values)
          ? <ChartCanvas config={statuses} summary={slices.labels.map((l, i) => `${l}: ${formatCount(slices.values[i])}`).join('; ')} />
          : <p className="chart-empty">No orders yet.</p>}
      </ChartCard>
      <ChartCard title="User growth">
        <ChartCanvas config={growth} summary={summarize(growthSeries(trends), formatCount)} />
      </ChartCard>
      <ChartCard title="Package popularity">
        {hasAny(bars.values)
          ? <ChartCanvas config={packages} summary={bars.labels.map((l, i) => `${l}: ${formatCount(bars.values[i])} orders`).join('; ')} />
          : <p className="chart-empty">No orders in this range.</p>}
      </ChartCard>
    </div>
  );
}
