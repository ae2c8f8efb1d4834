import type { QueryClient } from '@tanstack/react-query';

/** One page of a list for a grid block, through the cache (a block asked twice is fetched once), as rows and total. */
export async function fetchGridPage<T>(client: QueryClient, feature: string, query: Record<string, string>,
  load: (signal: AbortSignal) => Promise<{ items?: T[]; total?: number }>): Promise<{ rows: T[]; total: number | undefined }> {
  const answer = await client.fetchQuery({ queryKey: [feature, 'page', query], queryFn: ({ signal }) => load(signal), staleTime: 5_000 });
  return { rows: answer.items ?? [], total: answer.total };
}
