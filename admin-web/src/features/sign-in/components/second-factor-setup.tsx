import { useEffect, useState, type FormEvent } from 'react';
import { session } from '@/lib/session';
import { ApiError, messageOf } from '@/api/errors';
import { TextField, FormError } from '@/components/ui/field';

interface Enrolment { secret: string; otpauthUri: string; recoveryCodes: string[] }

// not the shared api client: its 401 ends the session, and here a 401 only means a wrong first code
async function call(path: string, body?: unknown): Promise<Response> {
  const token = await session.validToken();
  const response = await fetch(path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token ?? ''}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw await ApiError.of(response);
  return response;
}

/**
 * Turning on a second factor (an admin's first sign-in, or anyone's own choice on their account page): a TOTP secret
 * for an authenticator app, ten recovery codes, and a first code to confirm. The caller gives the heading.
 */
export function SecondFactorSetup({ onDone }: { onDone: () => void }) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    call('/api/admin/session/totp').then(async (response) => setEnrolment(await response.json() as Enrolment)).catch((e) => setError(messageOf(e)));
  }, []);
  async function confirm(event: FormEvent) {
    event.preventDefault();
    try {
      await call('/api/admin/session/totp/confirm', { code: code.trim() });
      onDone();
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 401 ? 'That code is wrong; check the time on your phone and try the next one.' : messageOf(failure));
    }
  }
  return (
    <form className="stack" onSubmit={(event) => void confirm(event)} noValidate>
      <p>Signing in with your password will also ask for a code from an authenticator app. Add this key to your app (or open the link on your phone):</p>
      <FormError message={error} />
      {enrolment && (
        <>
          <p><code className="secret" data-testid="totp-secret">{enrolment.secret}</code> · <a href={enrolment.otpauthUri}>open in the app</a></p>
          <p>Recovery codes, each good once if the phone is lost; keep them somewhere safe:</p>
          <ul className="recovery-codes">{enrolment.recoveryCodes.map((c) => <li key={c}><code>{c}</code></li>)}</ul>
        </>
      )}
      <TextField label="First code from the app" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />
      <button type="submit" className="button button-primary" disabled={!enrolment || code.trim().length !== 6}>Turn on the second factor</button>
    </form>
  );
}
