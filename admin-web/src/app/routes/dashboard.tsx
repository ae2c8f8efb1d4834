import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { statsQuery, trendsQuery, type TrendRange } from '@/features/dashboard/api/dashboard-queries';
import { KpiCards } from '@/features/dashboard/components/kpi-cards';
import { DashboardCharts } from '@/features/dashboard/components/dashboard-charts';
import { RangeControls } from '@/features/dashboard/components/range-controls';
import { LiveFeed } from '@/features/dashboard/components/live-feed';
import { lastDays } from '@/features/dashboard/utils/chart-data';
import { browserTimeZone } from '@/utils/format';
import { messageOf } from '@/api/errors';

export default function DashboardRoute() {
  const tz = browserTimeZone();
  const [range, setRange] = useState<TrendRange>(() => ({ ...lastDays(30), granularity: 'day', tz }));
  const stats = useQuery(statsQuery(tz));
  const trends = useQuery(trendsQuery(range));
  return (
    <section className="page" aria-labelledby="dashboard-title">
      <div className="page-head">
        <h1 id="dashboard-title">Dashboard</h1>
        <RangeControls range={range} onChange={setRange} />
      </div>
      {stats.isError && <p role="alert" className="alert alert-error">The figures could not be loaded: {messageOf(stats.error)}</p>}
      {trends.isError && <p role="alert" className="alert alert-error">The charts could not be loaded: {messageOf(trends.error)}</p>}
      {stats.data ? <KpiCards stats={stats.data} /> : !stats.isError && <p className="loading" role="status">Loading figures…</p>}
      <div className="dashboard-body">
        {stats.data && <DashboardCharts stats={stats.data} trends={trends.data} />}
        <LiveFeed />
      </div>
    </section>
  );
}
