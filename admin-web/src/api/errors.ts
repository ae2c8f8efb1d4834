/** admin-api's one error shape ({status, error, message, field}), thrown by the client for every failed call. */
export class ApiError extends Error {
  readonly status: number;
  readonly error: string;
  readonly field: string | null;
  readonly retryAfterSeconds: number | null;
  /** Every broken rule, where the owner names them all (a customer profile's fields). */
  readonly errors: { field: string; message: string }[];

  constructor(status: number, error: string, message: string, field: string | null, retryAfterSeconds: number | null = null,
    errors: { field: string; message: string }[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.error = error;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
    this.errors = errors;
  }

  /** Reads a failed response's body; a body that is not admin-api's JSON still gives a sentence a person can read. */
  static async of(response: Response): Promise<ApiError> {
    const retryAfter = Number(response.headers.get('Retry-After'));
    const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
    const text = await response.clone().text().catch(() => '');
    try {
      const body = JSON.parse(text) as { error?: string; message?: string; field?: string | null; errors?: { field: string; message: string }[] };
      return new ApiError(response.status, body.error ?? 'error', body.message ?? describe(response.status), body.field ?? null, seconds,
        Array.isArray(body.errors) ? body.errors : []);
    } catch {
      return new ApiError(response.status, 'error', describe(response.status), null, seconds);
    }
  }
}

function describe(status: number): string {
  if (status === 401) return 'Your session has ended; sign in again.';
  if (status === 403) return 'Your role may not do this.';
  if (status === 404) return 'Not found: it may have been deleted.';
  if (status === 413) return 'That is too large to send.';
  if (status === 429) return 'Too many attempts; wait a moment and try again.';
  if (status >= 500) return `The server could not answer (HTTP ${status}); try again in a moment.`;
  return `The request was refused (HTTP ${status}).`;
}

/** Field errors for a form: the message under the field the API named, or under `root` when it named none. */
export function toFieldErrors(error: unknown): Record<string, string> {
  if (error instanceof ApiError && error.errors.length > 0) {
    return Object.fromEntries(error.errors.map((broken) => [broken.field || 'root', broken.message]));
  }
  if (error instanceof ApiError) {
    return { [error.field && error.field.length > 0 ? error.field : 'root']: error.message };
  }
  return { root: error instanceof Error ? error.message : 'Something went wrong.' };
}

/** One sentence for a toast or an inline alert. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
