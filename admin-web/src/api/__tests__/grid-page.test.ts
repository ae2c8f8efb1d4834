import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { fetchGridPage } from '../grid-page';

/** A list endpoint whose answers the test hands out one at a time, seeing each request's abort signal. */
function slowList() {
  const asked: { signal: AbortSignal; answer: (items: string[]) => void }[] = [];
  const load = (signal: AbortSignal) => new Promise<{ items: string[]; total: number }>((resolve) => {
    asked.push({ signal, answer: (items) => resolve({ items, total: items.length }) });
  });
  return { asked, load };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const QUERY = { page: '0', size: '100' };

describe('fetchGridPage', () => {
  it('fetches a fresh block once for two asks', async () => {
    const client = new QueryClient();
    const list = slowList();
    const first = fetchGridPage(client, 'orders', QUERY, list.load);
    await settle();
    list.asked[0].answer(['a']);
    await first;
    const second = await fetchGridPage(client, 'orders', QUERY, list.load);
    expect(list.asked).toHaveLength(1);
    expect(second.rows).toEqual(['a']);
  });

  it('does not answer a refresh with a load begun before the change', async () => {
    const client = new QueryClient();
    const list = slowList();
    const beforeChange = fetchGridPage(client, 'orders', QUERY, list.load);
    await settle();
    await client.invalidateQueries({ queryKey: ['orders'] });
    const afterChange = fetchGridPage(client, 'orders', QUERY, list.load);
    await settle();
    expect(list.asked).toHaveLength(2);
    expect(list.asked[0].signal.aborted).toBe(true);
    list.asked[0].answer(['pending']);
    list.asked[1].answer(['processing']);
    expect((await afterChange).rows).toEqual(['processing']);
    expect((await beforeChange).rows).toEqual(['processing']);
  });

  it('also when the block has rows: a refresh during a reload starts another', async () => {
    const client = new QueryClient();
    const list = slowList();
    const first = fetchGridPage(client, 'orders', QUERY, list.load);
    await settle();
    list.asked[0].answer(['pending', 'pending']);
    await first;
    await client.invalidateQueries({ queryKey: ['orders'] });
    const reload = fetchGridPage(client, 'orders', QUERY, list.load);
    await settle();
    await client.invalidateQueries({ queryKey: ['orders'] });
    const refresh = fetchGridPage(client, 'orders', QUERY, list.load);
    await settle();
    expect(list.asked).toHaveLength(3);
    list.asked[1].answer(['processing', 'pending']);
    list.asked[2].answer(['processing', 'processing']);
    expect((await refresh).rows).toEqual(['processing', 'processing']);
    await reload;
  });
});
