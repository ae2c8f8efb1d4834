/** Every page's address, in one place. */
export const paths = {
  signIn: '/sign-in',
  dashboard: '/',
  orders: '/orders',
  users: '/users',
  customers: '/customers',
  payments: '/payments',
  audit: '/audit',
  catalogue: '/catalogue',
  staff: '/staff',
  broadcast: '/broadcast',
  queue: '/queue',
  account: '/account',
} as const;

/** Where to go after signing in: the page the person was on, if it is one of ours (never another site). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith(paths.signIn) ? next : paths.dashboard;
}
