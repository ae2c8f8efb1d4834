import { useState, type FormEvent } from 'react';
import { useUserAction } from '../api/user-actions';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { Field, FormError } from '@/components/ui/field';
import { BROADCAST_LIMIT, charactersLeft } from '@/utils/telegram-text';

/** Admin, operator or no staff role: bot-gateway owns it, and the bot's menus follow. */
export function RoleForm({ userId, role }: { userId: string; role: 'admin' | 'operator' | 'none' }) {
  const [next, setNext] = useState(role);
  const { submit, errors, busy } = useFormErrors(useUserAction(), () => undefined, 'Role changed.');
  function send(event: FormEvent) {
    event.preventDefault();
    submit({ kind: 'promote', id: userId, role: next });
  }
  return (
    <form className="inline-form" onSubmit={send} aria-label="Staff role">
      <FormError message={errors.root ?? errors.role} />
      <label>Staff role
        <select value={next} onChange={(e) => setNext(e.target.value as typeof role)}>
          <option value="none">None (customer)</option><option value="operator">Operator</option><option value="admin">Admin</option>
        </select>
      </label>
      <button type="submit" className="button" disabled={busy || next === role}>Save role</button>
    </form>
  );
}

/** A message to the user's Telegram chat, counted as Telegram counts. */
export function MessageForm({ userId }: { userId: string }) {
  const [text, setText] = useState('');
  const { submit, errors, busy } = useFormErrors(useUserAction(), () => setText(''), 'Message queued for the chat.');
  const left = charactersLeft(text, BROADCAST_LIMIT);
  function send(event: FormEvent) {
    event.preventDefault();
    if (text.trim() && left >= 0) submit({ kind: 'message', id: userId, text });
  }
  return (
    <form className="stack" onSubmit={send} aria-label="Send a message">
      <FormError message={errors.root} />
      <Field label="Message" error={errors.text ?? (left < 0 ? `${-left} characters over Telegram's limit.` : undefined)} hint={`${left} of ${BROADCAST_LIMIT} left`}>
        {(props) => <textarea {...props} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={busy || !text.trim() || left < 0}>Send message</button>
    </form>
  );
}

/** Premium without a charge: grant or extend by days, or cancel; always with a reason. */
export function SubscriptionForm({ userId, subscriber }: { userId: string; subscriber: boolean }) {
  const [action, setAction] = useState<'grant' | 'extend' | 'cancel'>(subscriber ? 'extend' : 'grant');
  const [days, setDays] = useState('30');
  const [reason, setReason] = useState('');
  const { submit, errors, busy } = useFormErrors(useUserAction(), () => setReason(''), 'Subscription changed.');
  function send(event: FormEvent) {
    event.preventDefault();
    if (reason.trim()) submit({ kind: 'subscription', id: userId, action, days: action === 'cancel' ? undefined : Number(days), reason: reason.trim() });
  }
  return (
    <form className="inline-form" onSubmit={send} aria-label="Subscription">
      <FormError message={errors.root} />
      <label>Subscription
        <select value={action} onChange={(e) => setAction(e.target.value as typeof action)}>
          {!subscriber && <option value="grant">Grant</option>}
          {subscriber && <option value="extend">Extend</option>}
          {subscriber && <option value="cancel">Cancel</option>}
        </select>
      </label>
      {action !== 'cancel' && <label>Days <input type="number" min={1} max={3650} value={days} aria-invalid={Boolean(errors.days)} onChange={(e) => setDays(e.target.value)} /></label>}
      <label>Reason <input value={reason} maxLength={500} aria-invalid={Boolean(errors.reason)} onChange={(e) => setReason(e.target.value)} /></label>
      <button type="submit" className="button" disabled={busy || !reason.trim()}>Apply</button>
      {(errors.days || errors.reason) && <p className="field-error" role="alert">{errors.days ?? errors.reason}</p>}
    </form>
  );
}
