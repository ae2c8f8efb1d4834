import { EventSourceParserStream } from 'eventsource-parser/stream';
import { session } from '@/lib/session';

export interface StreamEvent {
  id: string | undefined;
  kind: string;
  data: string;
}

export type StreamStatus = 'connecting' | 'open' | 'disconnected';

export interface StreamHandlers {
  onEvent: (event: StreamEvent) => void;
  onStatus: (status: StreamStatus) => void;
}

const MAX_BACKOFF_MS = 15_000;

/**
 * Reads admin-api's live stream with fetch, so the staff token travels in the Authorization header (EventSource
 * cannot send one), and reconnects by itself with Last-Event-ID, backing off up to 15 s, until `signal` aborts.
 */
export async function readLiveStream(handlers: StreamHandlers, signal: AbortSignal): Promise<void> {
  let lastEventId: string | undefined;
  let backoff = 1_000;
  while (!signal.aborted) {
    handlers.onStatus('connecting');
    try {
      const token = await session.validToken();
      if (!token) return;
      const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' };
      if (lastEventId) headers['Last-Event-ID'] = lastEventId;
      const response = await fetch('/api/admin/stream', { headers, signal, cache: 'no-store' });
      if (response.status === 401) {
        session.expired();
        return;
      }
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      handlers.onStatus('open');
      backoff = 1_000;
      const events = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
      for await (const event of events) {
        if (event.id) lastEventId = event.id;
        handlers.onEvent({ id: event.id, kind: event.event ?? 'message', data: event.data });
      }
    } catch {
      // a dropped connection or a refused one: told below, then tried again
      if (signal.aborted) return;
    }
    handlers.onStatus('disconnected');
    await sleep(backoff, signal);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
