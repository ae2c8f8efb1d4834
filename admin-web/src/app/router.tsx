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
      { path: paths.queue, element: <Page><QueueRoute /></Page> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
