import { useState, type FormEvent } from 'react';
import type { OrderSummary } from '../api/orders-queries';
import { STATUS_LABELS, staffMovesFrom, type OrderStatus } from '@/lib/order-status';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from './use-action-form';

interface StatusFormProps {
  order: OrderSummary;
  onDone: () => void;
  /** Cancel opens this form with "cancelled" chosen. */
  preset?: OrderStatus;
}

/** Moves the order: only the moves its status allows; the note stays with staff, the message goes to the customer. */
export function StatusForm({ order, onDone, preset }: StatusFormProps) {
  const moves = staffMovesFrom(order.status);
  const [status, setStatus] = useState<OrderStatus | ''>(preset ?? (moves.length === 1 ? moves[0] : ''));
  const [note, setNote] = useState('');
  const [customerMessage, setCustomerMessage] = useState('');
  const { submit, errors, busy } = useActionForm(onDone, 'Order status changed.');

  function send(event: FormEvent) {
    event.preventDefault();
    if (!status || !order.orderId) return;
    submit({ kind: 'status', id: order.orderId, status, note: note.trim() || undefined, customerMessage: customerMessage.trim() || undefined });
  }

  return (
    <form className="stack" onSubmit={send} aria-label="Change status">
      <FormError message={errors.root} />
      <fieldset className="choices">
        <legend>New status (now {order.status ? STATUS_LABELS[order.status as OrderStatus] ?? order.status : '?'})</legend>
        {moves.map((move) => (
          <label key={move} className="check">
            <input type="radio" name="status" value={move} checked={status === move} onChange={() => setStatus(move)} />
            {STATUS_LABELS[move]}{move === 'cancelled' ? ' (tokens are refunded)' : ''}
          </label>
        ))}
        {errors.status && <p className="field-error" role="alert">{errors.status}</p>}
      </fieldset>
      <Field label="Note for staff (optional)" error={errors.note}>
        {(props) => <textarea {...props} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <Field label="Message to the customer (optional)" error={errors.customerMessage} hint="Sent to the customer's Telegram chat with the new status.">
        {(props) => <textarea {...props} value={customerMessage} maxLength={1000} onChange={(e) => setCustomerMessage(e.target.value)} />}
      </Field>
      <button type="submit" className={`button ${status === 'cancelled' ? 'button-danger' : 'button-primary'}`} disabled={!status || busy}>
        {status === 'cancelled' ? 'Cancel the order' : 'Change status'}
      </button>
    </form>
  );
}
