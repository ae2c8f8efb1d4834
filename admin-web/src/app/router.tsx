import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { AdminOnly, RequireSession } from './require-session';
import { paths } from '@/config/paths';
import SignInRoute from './routes/sign-in';
import NotFoundRoute from './routes/not-found';

// the grid and the charts are big: each page that uses them is its own chunk
const DashboardRoute = lazy(() => import('./routes/dashboard'));
const OrdersRoute = lazy(() => import('./routes/orders'));
const QueueRoute = lazy(() => import('./routes/queue'));
const UsersRoute = lazy(() => import('./routes/users'));
const CustomersRoute = lazy(() => import('./routes/customers'));
const PaymentsRoute = lazy(() => import('./routes/payments'));
const AuditRoute = lazy(() => import('./routes/audit'));
const CatalogueRoute = lazy(() => import('./routes/catalogue'));
const StaffRoute = lazy(() => import('./routes/staff'));
const BroadcastRoute = lazy(() => import('./routes/broadcast'));
const AccountRoute = lazy(() => import('./routes/account'));

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="loading" role="status">Loading…</p>}>{children}</Suspense>;
}

export const router = createBrowserRouter([
  { path: paths.signIn, element: <SignInRoute /> },
  {
    element: <RequireSession><AppShell /></RequireSession>,
    children: [
      { path: paths.dashboard, element: <AdminOnly><Page><DashboardRoute /></Page></AdminOnly> },
      { path: paths.orders, element: <AdminOnly><Page><OrdersRoute /></Page></AdminOnly> },
      { path: paths.users, element: <AdminOnly><Page><UsersRoute /></Page></AdminOnly> },
      { path: paths.customers, element: <AdminOnly><Page><CustomersRoute /></Page></AdminOnly> },
      { path: paths.payments, element: <AdminOnly><Page><PaymentsRoute /></Page></AdminOnly> },
      { path: paths.audit, element: <AdminOnly><Page><AuditRoute /></Page></AdminOnly> },
      { path: paths.catalogue, element: <AdminOnly><Page><CatalogueRoute /></Page></AdminOnly> },
      { path: paths.staff, element: <AdminOnly><Page><StaffRoute /></Page></AdminOnly> },
      { path: paths.broadcast, element: <AdminOnly><Page><BroadcastRoute /></Page></AdminOnly> },
      { path: paths.queue, element: <Page><QueueRoute /></Page> },
      { path: paths.account, element: <Page><AccountRoute /></Page> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
