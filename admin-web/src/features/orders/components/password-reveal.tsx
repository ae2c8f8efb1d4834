import { useState, type FormEvent } from 'react';
import { useRevealPassword } from '../api/order-actions';
import { Field, FormError } from '@/components/ui/field';
import { toFieldErrors } from '@/api/errors';

/** The customer's password behind a reason: the reveal is audited (who, when, why), the password itself is not. */
export function PasswordReveal({ profileId }: { profileId: string }) {
  const reveal = useRevealPassword();
  const [reason, setReason] = useState('');
  const errors = reveal.isError ? toFieldErrors(reveal.error) : {};
  function send(event: FormEvent) {
    event.preventDefault();
    if (reason.trim()) reveal.mutate({ profileId, reason: reason.trim() });
  }
  if (reveal.data?.password) {
    return (
      <p className="reveal">Password: <code data-testid="revealed-password">{reveal.data.password}</code></p>
    );
  }
  return (
    <form className="stack" onSubmit={send} aria-label="Reveal password">
      <p className="alert alert-info">Revealing the password is written to the audit log with your name and reason.</p>
      <FormError message={errors.root} />
      <Field label="Reason" error={errors.reason}>
        {(props) => <input {...props} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} required />}
      </Field>
      <button type="submit" className="button" disabled={!reason.trim() || reveal.isPending}>Reveal password</button>
    </form>
  );
}
