import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { operatorsQuery, type OrderSummary } from '../api/orders-queries';
import { Field, FormError, TextField } from '@/components/ui/field';
import { useActionForm } from './use-action-form';

interface FormProps {
  order: OrderSummary;
  onDone: () => void;
}

/** Assigns a processing order to one of the bot's operators. */
export function AssignForm({ order, onDone }: FormProps) {
  const operators = useQuery(operatorsQuery());
  const [operatorId, setOperatorId] = useState('');
  const { submit, errors, busy } = useActionForm(onDone, 'Order assigned.');
  function send(event: FormEvent) {
    event.preventDefault();
    if (order.orderId && operatorId) submit({ kind: 'assign', id: order.orderId, operatorId });
  }
  return (
    <form className="stack" onSubmit={send} aria-label="Assign to operator">
      <FormError message={errors.root} />
      <Field label="Operator" error={errors.operatorId} hint={operators.data?.length === 0 ? 'The bot has no operators yet: promote a user first.' : undefined}>
        {(props) => (
          <select {...props} value={operatorId} onChange={(e) => setOperatorId(e.target.value)} required>
            <option value="">Choose an operator…</option>
            {(operators.data ?? []).map((op) => (
              <option key={op.userId} value={op.userId}>{op.username ? `@${op.username}` : op.fullName ?? op.userId}</option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button-primary" disabled={!operatorId || busy}>Assign</button>
    </form>
  );
}

export function NoteForm({ order, onDone }: FormProps) {
  const [note, setNote] = useState('');
  const { submit, errors, busy } = useActionForm(onDone, 'Note added.');
  function send(event: FormEvent) {
    event.preventDefault();
    if (order.orderId && note.trim()) submit({ kind: 'note', id: order.orderId, note: note.trim() });
  }
  return (
    <form className="stack" onSubmit={send} aria-label="Add note">
      <FormError message={errors.root} />
      <Field label="Note (seen by staff only)" error={errors.note}>
        {(props) => <textarea {...props} value={note} maxLength={1000} required onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" className="button button-primary" disabled={!note.trim() || busy}>Add note</button>
    </form>
  );
}

export function QueueForm({ order, onDone }: FormProps) {
  const [position, setPosition] = useState(String(order.queuePosition ?? 1));
  const { submit, errors, busy } = useActionForm(onDone, 'Queue position changed; the customer is told.');
  function send(event: FormEvent) {
    event.preventDefault();
    const value = Number(position);
    if (order.orderId && Number.isInteger(value) && value >= 1) submit({ kind: 'queue', id: order.orderId, position: value });
  }
  return (
    <form className="stack" onSubmit={send} aria-label="Move in queue">
      <FormError message={errors.root} />
      <TextField label="New position (1 = next)" type="number" min={1} step={1} value={position} error={errors.position}
        onChange={(e) => setPosition(e.target.value)} required />
      <button type="submit" className="button button-primary" disabled={busy}>Move</button>
    </form>
  );
}
