import { useEffect, useRef, useSyncExternalStore } from 'react';
import { liveEvents, type LiveEvent } from '@/lib/live-events';
import type { StreamStatus } from '@/api/sse';

export function useLiveStatus(): StreamStatus {
  return useSyncExternalStore(liveEvents.subscribe, liveEvents.currentStatus);
}

export function useRecentEvents(): LiveEvent[] {
  return useSyncExternalStore(liveEvents.subscribe, liveEvents.recent);
}

/** A read model can answer a moment behind the event that announced it: look once more after the last one. */
const TRAILING_MS = 2_500;

/**
 * Calls `onChange` whenever the stream brings an event of one of `types` (e.g. to reload a grid's rows), and once
 * more a moment after the last of a burst.
 */
export function useLiveChange(types: readonly string[], onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  const seen = useRef<string | undefined>(liveEvents.recent()[0]?.id);
  useEffect(() => {
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = liveEvents.subscribe(() => {
      const newest = liveEvents.recent()[0];
      if (!newest || newest.id === seen.current) return;
      seen.current = newest.id;
      if (!types.includes(newest.type)) return;
      latest.current();
      clearTimeout(trailing);
      trailing = setTimeout(() => latest.current(), TRAILING_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(trailing);
    };
  }, [types]);
}
