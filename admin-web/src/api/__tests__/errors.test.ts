import { ApiError, toFieldErrors } from '../errors';

describe('API errors land where they happened', () => {
  it('reads admin-api error bodies, with Retry-After', async () => {
    const response = new Response(JSON.stringify({ status: 429, error: 'too_many_attempts', message: 'wait', field: null }),
      { status: 429, headers: { 'Retry-After': '120' } });
    const error = await ApiError.of(response);
    expect([error.status, error.error, error.message, error.field, error.retryAfterSeconds]).toEqual([429, 'too_many_attempts', 'wait', null, 120]);
  });
  it('gives a sentence for a body that is not JSON', async () => {
    const error = await ApiError.of(new Response('<html>bad gateway</html>', { status: 502 }));
    expect(error.message).toBe('The server could not answer (HTTP 502); try again in a moment.');
  });
  it('puts every broken rule of a profile under its own field', async () => {
    const error = await ApiError.of(new Response(JSON.stringify({ status: 400, error: 'invalid_customer', message: '2 problems', field: 'email',
      errors: [{ field: 'email', message: 'That is not a valid Email' }, { field: 'postalCode', message: 'Postal code is too long' }] }), { status: 400 }));
    expect(toFieldErrors(error)).toEqual({ email: 'That is not a valid Email', postalCode: 'Postal code is too long' });
  });
  it('maps a named field to its message and an unnamed one to the form', () => {
    expect(toFieldErrors(new ApiError(400, 'invalid', 'email is not valid', 'email'))).toEqual({ email: 'email is not valid' });
    expect(toFieldErrors(new ApiError(409, 'conflict', 'already done', null))).toEqual({ root: 'already done' });
  });
});
