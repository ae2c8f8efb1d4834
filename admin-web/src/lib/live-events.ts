import type { StreamEvent, StreamStatus } from '@/api/sse';

/** One thing that just happened, as the live stream told it (the envelope's type, time and payload). */
export interface LiveEvent {
  id: string;
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

type Listener = () => void;
const KEEP = 50;

/** The stream's connection state and its latest events, shared by the shell (banner) and pages (feeds). */
class LiveEvents {
  private status: StreamStatus = 'connecting';
  private events: LiveEvent[] = [];
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  currentStatus = (): StreamStatus => this.status;
  recent = (): LiveEvent[] => this.events;

  setStatus(status: StreamStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.emit();
  }

  /** Keeps one business event (a repeat after a reconnect is kept once) and tells the listeners. */
  add(live: LiveEvent): void {
    if (this.events.some((known) => known.id === live.id)) return;
    this.events = [live, ...this.events].slice(0, KEEP);
    this.emit();
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}

/** A stream event's envelope ({id, type, time, data}) or null for heartbeats and the like. */
export function parseEvent(event: StreamEvent): LiveEvent | null {
  if (event.kind === 'heartbeat' || event.kind === 'gap' || !event.data) return null;
  try {
    const envelope = JSON.parse(event.data) as { id?: string; type?: string; time?: string; data?: Record<string, unknown> };
    return {
      id: envelope.id ?? event.id ?? `${event.kind}-${Date.now()}`,
      type: envelope.type ?? event.kind,
      at: envelope.time ?? new Date().toISOString(),
      payload: envelope.data ?? {},
    };
  } catch {
    return null;
  }
}

export const liveEvents = new LiveEvents();
