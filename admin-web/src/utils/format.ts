/** Numbers, money and times in the browser's own locale and zone (PRD §4.5). */
const locale = (): string | undefined => (typeof navigator === 'undefined' ? undefined : navigator.language);

export function formatUsd(amount: number | null | undefined): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .format(amount ?? 0);
}

export function formatTokens(amount: number | null | undefined): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(amount ?? 0);
}

export function formatCount(amount: number | null | undefined): string {
  return new Intl.NumberFormat(locale()).format(amount ?? 0);
}

/** 0.9712 → "97.1%". */
export function formatPercent(ratio: number | null | undefined): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(ratio ?? 0);
}

/**
 * An instant in the browser's zone ("2 Dec 2026, 14:05 CET"); the zone is named unless the page states it once for a
 * whole table (`named` false). An empty cell for none.
 */
export function formatDateTime(instant: string | null | undefined, timeZone?: string, named = true): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: named ? 'short' : undefined, timeZone,
  }).format(date);
}

/** A day label for a chart axis ("Dec 2" in the US): the date as admin-api gave it, whatever the zone. */
export function formatDay(isoDate: string): string {
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A month label for a chart axis ("Nov 2026"). */
export function formatMonth(isoDate: string): string {
  return new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The browser's IANA zone, sent to admin-api as tz so "this month" and day buckets are the person's own. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
