import { useRecentEvents } from '@/hooks/use-live-events';
import type { LiveEvent } from '@/lib/live-events';
import { formatDateTime, formatTokens, formatUsd } from '@/utils/format';

const WORDS: Record<string, (payload: Record<string, unknown>) => string> = {
  // names and usernames travel sealed (erasable): the feed says only that someone came
  UserRegistered: () => 'New user started the bot',
  OrderPlaced: (p) => `New order: ${String(p.packageName ?? p.packageCode ?? 'a package')}, ${formatTokens(Number(p.tokenCost ?? 0))} tokens`,
  OrderQueued: (p) => `Order queued at position ${String(p.queuePosition ?? '?')}`,
  OrderStatusChanged: (p) => `Order moved from ${String(p.from ?? '?')} to ${String(p.to ?? '?')}`,
  OrderRejected: () => 'Order rejected: not enough tokens',
  PaymentConfirmed: (p) => `Payment confirmed: ${formatUsd(Number(p.amountUsd ?? 0))} for ${formatTokens(Number(p.tokens ?? 0))} tokens`,
  HealthChanged: () => 'Service health changed',
};

export function describeEvent(event: LiveEvent): string {
  return (WORDS[event.type] ?? (() => event.type))(event.payload);
}

/** What has just happened, newest first, as the stream tells it (no reload). */
export function LiveFeed() {
  const events = useRecentEvents().filter((event) => event.type !== 'BroadcastProgress').slice(0, 8);
  return (
    <section className="card live-feed" aria-labelledby="live-title">
      <h2 id="live-title">Live activity</h2>
      {events.length === 0 ? <p className="hint">Nothing yet since this page opened; new orders, payments and users appear here.</p> : (
        <ol aria-live="polite">
          {events.map((event) => (
            <li key={event.id} data-event-type={event.type}>
              <span>{describeEvent(event)}</span>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
