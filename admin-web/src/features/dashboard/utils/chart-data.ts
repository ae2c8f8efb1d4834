import type { DashboardStats, Trends } from '../api/dashboard-queries';
import { ORDER_STATUSES, STATUS_LABELS } from '@/lib/order-status';
import { formatDay, formatMonth } from '@/utils/format';

export interface Series {
  label: string;
  values: number[];
}

/** One label per period of the trend, in the browser's words: "3 Nov" for a day or a week (its Monday), "Nov 2026" for a month. */
export function periodLabels(trends: Trends | undefined): string[] {
  const month = trends?.granularity?.toLowerCase() === 'month';
  return (trends?.periods ?? []).map((period) => {
    const start = String(period.start ?? '');
    return month ? formatMonth(start) : formatDay(start);
  });
}

/** Whether there is anything to draw at all (an empty chart says so in words instead). */
export function hasAny(values: number[]): boolean {
  return values.some((value) => value > 0);
}

export function revenueSeries(trends: Trends | undefined): Series[] {
  return [{ label: 'Revenue (USD)', values: (trends?.periods ?? []).map((period) => period.revenueUsd ?? 0) }];
}

export function growthSeries(trends: Trends | undefined): Series[] {
  const periods = trends?.periods ?? [];
  return [
    { label: 'New users', values: periods.map((period) => period.newUsers ?? 0) },
    { label: 'Active users', values: periods.map((period) => period.activeUsers ?? 0) },
    { label: 'New subscribers', values: periods.map((period) => period.newSubscribers ?? 0) },
  ];
}

/** Every status in the machine's order, zeros kept, so colours stay with their status between loads. */
export function statusSlices(stats: DashboardStats | undefined): { labels: string[]; values: number[] } {
  const counts = stats?.ordersByStatus ?? {};
  return { labels: ORDER_STATUSES.map((status) => STATUS_LABELS[status]), values: ORDER_STATUSES.map((status) => counts[status] ?? 0) };
}

/** Packages by orders, most ordered first. */
export function packageBars(trends: Trends | undefined): { labels: string[]; values: number[] } {
  const packages = [...(trends?.packages ?? [])].sort((a, b) => (b.orders ?? 0) - (a.orders ?? 0));
  return { labels: packages.map((p) => p.name ?? p.code ?? ''), values: packages.map((p) => p.orders ?? 0) };
}

/** A sentence for screen readers: the series' totals over the range. */
export function summarize(series: Series[], unit: (n: number) => string): string {
  return series.map((s) => `${s.label}: ${unit(s.values.reduce((sum, v) => sum + v, 0))} in total`).join('; ');
}

/** The default range: the last 30 days up to today, in the browser's zone. */
export function lastDays(days: number, today: Date = new Date()): { from: string; to: string } {
  const to = isoDate(today);
  const start = new Date(today);
  start.setDate(start.getDate() - (days - 1));
  return { from: isoDate(start), to };
}

function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
