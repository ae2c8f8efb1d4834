import { useState, type FormEvent } from 'react';
import { ApiError } from '@/api/errors';
import { session } from '@/lib/session';
import { TextField, FormError } from '@/components/ui/field';
import { codePrompt, signInMessage } from '../utils/sign-in-messages';

interface SignInFormProps {
  onSignedIn: () => void;
}

/** Username and password, and the authenticator code once admin-api asks for it. */
export function SignInForm({ onSignedIn }: SignInFormProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  // a lost phone: one of the recovery codes shown at enrolment stands in for the app's code
  const [recovery, setRecovery] = useState(false);
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
      const second = needsCode ? { kind: recovery ? 'recoveryCode' as const : 'totp' as const, code: code.trim() } : undefined;
      const signedIn = await session.signIn(username.trim(), password, second);
      // an account that must enrol a second factor first is shown the enrolment instead (the session says so)
      if (!signedIn.secondFactorSetupRequired) onSignedIn();
    } catch (failure) {
      if (failure instanceof ApiError && failure.error === 'second_factor_required') {
        // the password was right: asking for the code is the next step, not an error
        setNeedsCode(true);
      } else {
        setError(signInMessage(failure));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <FormError message={error} />
      {needsCode && !error && <p className="alert alert-info" role="status">{codePrompt(recovery)}</p>}
      <TextField label="Username" name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      {needsCode && (recovery
        ? <TextField label="Recovery code" name="recoveryCode" autoComplete="off" maxLength={16} autoFocus value={code} onChange={(e) => setCode(e.target.value)} />
        : <TextField label="Authenticator code" name="totp" inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus value={code} onChange={(e) => setCode(e.target.value)} />)}
      {needsCode && (
        <button type="button" className="button button-link" onClick={() => { setRecovery(!recovery); setCode(''); }}>
          {recovery ? 'Use the code from my app' : 'Lost your phone? Use a recovery code'}
        </button>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
    </form>
  );
}
