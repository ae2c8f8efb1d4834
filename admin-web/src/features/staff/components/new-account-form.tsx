import { useState, type FormEvent } from 'react';
import { useStaffAction } from '../api/staff-api';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { FormError, TextField } from '@/components/ui/field';

/** A web account: a role of its own, or linked to a Telegram user whose bot role it then has. */
export function NewAccountForm() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<'admin' | 'operator'>('operator');
  const [telegramUserId, setTelegramUserId] = useState('');
  const { submit, errors, busy } = useFormErrors(useStaffAction(), () => { setUsername(''); setPassword(''); setTelegramUserId(''); }, 'Account created.');
  function send(event: FormEvent) {
    event.preventDefault();
    const linked = telegramUserId.trim();
    submit({ kind: 'create', account: { username: username.trim(), password, ...(linked ? { telegramUserId: linked } : { role }) } });
  }
  return (
    <form className="form-grid card" onSubmit={send} aria-label="New staff account" noValidate>
      <h2>New account</h2>
      <FormError message={errors.root} />
      <TextField label="Username" value={username} error={errors.username} autoComplete="off" onChange={(e) => setUsername(e.target.value)} />
      <TextField label="Password (12 characters or more)" type="password" value={password} error={errors.password} autoComplete="new-password" onChange={(e) => setPassword(e.target.value)} />
      <TextField label="Linked Telegram user id (optional)" inputMode="numeric" value={telegramUserId} error={errors.telegramUserId}
        hint="Linked, the account has the bot's role for that user." onChange={(e) => setTelegramUserId(e.target.value)} />
      <label className="field">Role
        <select value={role} disabled={Boolean(telegramUserId.trim())} aria-invalid={Boolean(errors.role)} onChange={(e) => setRole(e.target.value as typeof role)}>
          <option value="operator">Operator</option><option value="admin">Admin</option>
        </select>
      </label>
      <div className="form-actions"><button type="submit" className="button button-primary" disabled={busy || !username.trim() || password.length < 12}>Create account</button></div>
    </form>
  );
}
