import { useSyncExternalStore } from 'react';
import { session, type SessionState } from '@/lib/session';

export function useSession(): SessionState {
  return useSyncExternalStore((listener) => session.subscribe(listener), () => session.current());
}
