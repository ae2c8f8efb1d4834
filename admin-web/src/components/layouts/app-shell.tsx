import { NavLink, Outlet } from 'react-router';
import { useSession } from '@/hooks/use-session';
import { useLiveStatus } from '@/hooks/use-live-events';
import { useLiveStream } from '@/hooks/use-live-stream';
import { isAdmin } from '@/lib/roles';
import { session } from '@/lib/session';
import { paths } from '@/config/paths';
import { browserTimeZone } from '@/utils/format';

const ADMIN_PAGES = [
  { to: paths.dashboard, label: 'Dashboard' },
  { to: paths.orders, label: 'Orders' },
  { to: paths.users, label: 'Users' },
  { to: paths.customers, label: 'Customers' },
  { to: paths.broadcast, label: 'Broadcast' },
  { to: paths.payments, label: 'Payments' },
  { to: paths.audit, label: 'Audit log' },
  { to: paths.catalogue, label: 'Catalogue' },
  { to: paths.staff, label: 'Staff' },
];
const OPERATOR_PAGES = [{ to: paths.queue, label: 'My queue' }];

/** The frame of every signed-in page: the menu for the person's role, who is signed in, the stream's banner. */
export function AppShell() {
  const state = useSession();
  const admin = state.kind === 'signed-in' && isAdmin(state.role);
  useLiveStream(admin);
  const pages = admin ? ADMIN_PAGES : OPERATOR_PAGES;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="topbar">
        <span className="brand" aria-label="TeleKpr admin">TeleKpr</span>
        <nav aria-label="Pages">
          <ul className="nav-list">
            {pages.map((page) => (
              <li key={page.to}>
                <NavLink to={page.to} end className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>{page.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          {state.kind === 'signed-in' && (
            <NavLink to={paths.account} title={`Your account · times are shown in ${browserTimeZone()}`}
              className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
              {`${state.username} · ${state.role}`}
            </NavLink>
          )}
          <button type="button" className="button button-quiet" onClick={() => void session.signOut()}>Sign out</button>
        </div>
      </header>
      {admin && <StreamBanner />}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

function StreamBanner() {
  const status = useLiveStatus();
  if (status === 'open') return null;
  return (
    <p className={`banner ${status === 'disconnected' ? 'banner-warn' : ''}`} role="status">
      {status === 'disconnected' ? 'Live updates are disconnected; reconnecting…' : 'Connecting to live updates…'}
    </p>
  );
}
