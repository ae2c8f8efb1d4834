import { useState, type FormEvent } from 'react';
import { ApiError } from '@/api/errors';
import { session } from '@/lib/session';
import { TextField, FormError } from '@/components/ui/field';
import { signInMessage } from '../utils/sign-in-messages';

interface SignInFormProps {
  onSignedIn: () => void;
}

/** Username and password, and the authenticator code once admin-api asks for it. */
export function SignInForm({ onSignedIn }: SignInFormProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError('Enter your username and password.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const signedIn = await session.signIn(username.trim(), password, needsCode ? totp.trim() : undefined);
      // an account that must enrol a second factor first is shown the enrolment instead (the session says so)
      if (!signedIn.secondFactorSetupRequired) onSignedIn();
    } catch (failure) {
      if (failure instanceof ApiError && failure.error === 'second_factor_required') setNeedsCode(true);
      setError(signInMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <FormError message={error} />
      <TextField label="Username" name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      {needsCode && (
        <TextField label="Authenticator code" name="totp" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={totp} onChange={(e) => setTotp(e.target.value)} />
      )}
      <button type="submit" className="button button-primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
    </form>
  );
}
