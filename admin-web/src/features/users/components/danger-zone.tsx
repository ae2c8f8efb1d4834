import { useState, type FormEvent } from 'react';
import { useUserAction } from '../api/user-actions';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { FormError, TextField } from '@/components/ui/field';

interface DangerZoneProps {
  userId: string;
  username: string | undefined;
  suspended: boolean;
  onErased: () => void;
}

/** Suspend or activate (asked first), and erase personal data behind a typed confirmation. */
export function DangerZone({ userId, username, suspended, onErased }: DangerZoneProps) {
  const suspend = useFormErrors(useUserAction(), () => undefined, suspended ? 'User activated.' : 'User suspended.');
  const erase = useFormErrors(useUserAction(), onErased, 'Personal data erased.');
  const [typed, setTyped] = useState('');
  const word = username ?? 'ERASE';
  function toggle() {
    if (suspended || window.confirm('Suspend this user? The bot tells them once, then ignores them until activated.')) {
      suspend.submit({ kind: suspended ? 'activate' : 'suspend', id: userId });
    }
  }
  function eraseNow(event: FormEvent) {
    event.preventDefault();
    if (typed === word) erase.submit({ kind: 'erase', id: userId });
  }
  return (
    <section className="danger" aria-labelledby="danger-title">
      <h3 id="danger-title">Account</h3>
      <FormError message={suspend.errors.root} />
      <button type="button" className="button" disabled={suspend.busy} onClick={toggle}>{suspended ? 'Activate user' : 'Suspend user'}</button>
      <form className="stack" onSubmit={eraseNow} aria-label="Erase personal data">
        <FormError message={erase.errors.root} />
        <TextField label={`Type ${word} to erase this user's personal data for good`} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        <button type="submit" className="button button-danger" disabled={erase.busy || typed !== word}>Erase personal data</button>
      </form>
    </section>
  );
}
