import { useEffect, useRef, useSyncExternalStore } from 'react';
import { liveEvents, type LiveEvent } from '@/lib/live-events';
import type { StreamStatus } from '@/api/sse';

export function useLiveStatus(): StreamStatus {
  return useSyncExternalStore(liveEvents.subscribe, liveEvents.currentStatus);
}

export function useRecentEvents(): LiveEvent[] {
  return useSyncExternalStore(liveEvents.subscribe, liveEvents.recent);
}

/** Calls `onChange` whenever the stream brings an event of one of `types` (e.g. to reload a grid's rows). */
export function useLiveChange(types: readonly string[], onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  const seen = useRef<string | undefined>(liveEvents.recent()[0]?.id);
  useEffect(() => liveEvents.subscribe(() => {
    const newest = liveEvents.recent()[0];
    if (!newest || newest.id === seen.current) return;
    seen.current = newest.id;
    if (types.includes(newest.type)) latest.current();
  }), [types]);
}
