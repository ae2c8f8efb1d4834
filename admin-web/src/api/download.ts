import { ApiError } from './errors';
import { session } from '@/lib/session';

/** Downloads a CSV export with the staff token (a plain link could not send it), named for today. */
export async function downloadCsv(path: string, query: string, name: string): Promise<void> {
  const token = await session.validToken();
  const response = await fetch(`${path}${query ? `?${query}` : ''}`, { headers: { Authorization: `Bearer ${token ?? ''}` } });
  if (!response.ok) throw await ApiError.of(response);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `${name}-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}
