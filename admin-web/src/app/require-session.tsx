import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '@/hooks/use-session';
import { session } from '@/lib/session';
import { paths } from '@/config/paths';

/** Pages behind sign-in: the refresh cookie is asked first; without a session, to sign-in and back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const state = useSession();
  const location = useLocation();
  useEffect(() => {
    if (state.kind === 'unknown') void session.refresh();
  }, [state.kind]);
  if (state.kind === 'unknown') return <p className="loading" role="status">Loading…</p>;
  if (state.kind === 'signed-out' || state.kind === 'enrolling') {
    const next = encodeURIComponent(location.pathname + location.search);
    const reason = state.kind === 'signed-out' && state.reason === 'expired' ? '&expired=1' : '';
    return <Navigate to={`${paths.signIn}?next=${next}${reason}`} replace />;
  }
  return <>{children}</>;
}

/** A page only admins may open; an operator lands on their queue instead. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const state = useSession();
  if (state.kind === 'signed-in' && state.role !== 'admin') return <Navigate to={paths.queue} replace />;
  return <>{children}</>;
}
