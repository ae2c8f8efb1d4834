import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { readLiveStream } from '@/api/sse';
import { liveEvents, parseEvent } from '@/lib/live-events';

/** Which cached server state an event makes stale (by the first part of the query keys). */
const STALE_AFTER: Record<string, string[]> = {
  UserRegistered: ['dashboard', 'users'],
  OrderPlaced: ['dashboard', 'orders'],
  OrderQueued: ['dashboard', 'orders'],
  OrderStatusChanged: ['dashboard', 'orders'],
  OrderRejected: ['dashboard', 'orders'],
  PaymentConfirmed: ['dashboard', 'payments', 'users'],
  BroadcastProgress: ['broadcasts'],
  HealthChanged: ['dashboard'],
};

/** admin-api computes the dashboard's figures at most every 2 s: asked again after that, they include the event. */
const FIGURES_CACHE_MS = 2_500;

/** Runs the live stream once, in the shell, while `enabled` (admins: the stream is theirs), feeding the cache. */
export function useLiveStream(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return undefined;
    const abort = new AbortController();
    let trailing: ReturnType<typeof setTimeout> | undefined;
    void readLiveStream({
      onStatus: (status) => liveEvents.setStatus(status),
      onEvent: (event) => {
        const live = parseEvent(event);
        if (!live) return;
        // stale first, so a listener that reloads (the orders grid) fetches anew rather than from the cache
        (STALE_AFTER[live.type] ?? []).forEach((feature) => void queryClient.invalidateQueries({ queryKey: [feature] }));
        liveEvents.add(live);
        clearTimeout(trailing);
        trailing = setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['dashboard'] }), FIGURES_CACHE_MS);
      },
    }, abort.signal);
    return () => {
      abort.abort();
      clearTimeout(trailing);
    };
  }, [enabled, queryClient]);
}
