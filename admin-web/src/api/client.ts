import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError } from './errors';
import { session } from '@/lib/session';

/** Adds the staff token; a 401 ends the session (the shell then sends the person to sign-in and back); any other failure throws ApiError. */
const staffToken: Middleware = {
  async onRequest({ request }) {
    const token = await session.validToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) return response;
    if (response.status === 401) session.expired();
    throw await ApiError.of(response);
  },
};

/** The one client of admin-api; every feature's fetchers go through it. */
export const api = createClient<paths>({ baseUrl: '' });
api.use(staffToken);

/** The data of a call that succeeded (the middleware threw otherwise). */
export function dataOf<T>(result: { data?: T }): T {
  return result.data as T;
}

/** A fresh Idempotency-Key for one staff action: a retry of the same click sends the same key. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
