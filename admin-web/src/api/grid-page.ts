import { isCancelledError, type QueryClient } from '@tanstack/react-query';

/**
 * One page of a list for a grid block, through the cache (a block asked twice is fetched once), as rows and total.
 *
 * The grid asks again for a block it is still loading only when it was refreshed, i.e. after a change. fetchQuery
 * alone would join the load begun before that change and show its rows (an order's new status missing until the
 * next event, which may never come): that load is cancelled and a new one started. Its asker still gets rows, the
 * cached or the new ones, which the grid ignores: that block has moved on.
 */
export async function fetchGridPage<T>(client: QueryClient, feature: string, query: Record<string, string>,
  load: (signal: AbortSignal) => Promise<{ items?: T[]; total?: number }>): Promise<{ rows: T[]; total: number | undefined }> {
  const queryKey = [feature, 'page', query];
  const page = () => client.fetchQuery({ queryKey, queryFn: ({ signal }) => load(signal), staleTime: 5_000 });
  if (client.isFetching({ queryKey, exact: true }) > 0) await client.cancelQueries({ queryKey, exact: true });
  const answer = await page().catch((error: unknown) => {
    if (isCancelledError(error)) return page();
    throw error;
  });
  return { rows: answer.items ?? [], total: answer.total };
}
