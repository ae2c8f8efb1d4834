import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useBulkAction, type BulkResult } from '../api/order-actions';
import { operatorsQuery, type OrderSummary } from '../api/orders-queries';
import { STATUS_LABELS, movesOfAny } from '@/lib/order-status';
import { FormError } from '@/components/ui/field';
import { messageOf } from '@/api/errors';
import { BulkResults } from './bulk-results';

type BulkKind = 'status' | 'assign' | 'cancel' | 'note';

interface BulkBarProps {
  selected: OrderSummary[];
  onDone: () => void;
}

/** One action on every selected order; each order's own outcome is shown after (some may be refused). */
export function BulkBar({ selected, onDone }: BulkBarProps) {
  const bulk = useBulkAction();
  const operators = useQuery(operatorsQuery());
  const [kind, setKind] = useState<BulkKind>('status');
  const [status, setStatus] = useState('');
  const [operatorId, setOperatorId] = useState('');
  const [note, setNote] = useState('');
  const [customerMessage, setCustomerMessage] = useState('');
  const [result, setResult] = useState<BulkResult | null>(null);
  const moves = movesOfAny(selected.map((order) => order.status ?? '')).filter((move) => move !== 'cancelled');

  function send(event: FormEvent) {
    event.preventDefault();
    if (kind === 'cancel' && !window.confirm(`Cancel ${selected.length} orders and refund their tokens?`)) return;
    const ids = selected.map((order) => order.orderId!).filter(Boolean);
    const told = customerMessage.trim() || undefined;
    const request = kind === 'status' ? { ids, action: 'status', status, note: note || undefined, customerMessage: told }
      : kind === 'assign' ? { ids, action: 'assign', operatorId, note: note || undefined }
        : kind === 'cancel' ? { ids, action: 'cancel', note: note || undefined, customerMessage: told } : { ids, action: 'note', note };
    bulk.mutate(request, { onSuccess: (answer) => { setResult(answer); onDone(); } });
  }

  const ready = kind === 'status' ? Boolean(status) : kind === 'assign' ? Boolean(operatorId) : kind === 'note' ? Boolean(note.trim()) : true;
  if (selected.length === 0 && !result) return null;
  return (
    <section className="bulk-bar card" aria-label="Bulk actions">
      {selected.length > 0 && (
        <form className="bulk-form" onSubmit={send}>
          <strong>{selected.length} selected</strong>
          <label>Action
            <select value={kind} onChange={(e) => setKind(e.target.value as BulkKind)}>
              <option value="status">Change status</option>
              <option value="assign">Assign to operator</option>
              <option value="cancel">Cancel</option>
              <option value="note">Add note</option>
            </select>
          </label>
          {kind === 'status' && (
            <label>New status
              <select value={status} onChange={(e) => setStatus(e.target.value)}>
                <option value="">Choose…</option>
                {moves.map((move) => <option key={move} value={move}>{STATUS_LABELS[move]}</option>)}
              </select>
            </label>
          )}
          {kind === 'assign' && (
            <label>Operator
              <select value={operatorId} onChange={(e) => setOperatorId(e.target.value)}>
                <option value="">Choose…</option>
                {(operators.data ?? []).map((op) => <option key={op.userId} value={op.userId}>{op.username ? `@${op.username}` : op.fullName}</option>)}
              </select>
            </label>
          )}
          <label>{kind === 'note' ? 'Note for staff' : 'Note for staff (optional)'} <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} /></label>
          {(kind === 'status' || kind === 'cancel') && (
            <label>Message to customers (optional) <input value={customerMessage} maxLength={1000} onChange={(e) => setCustomerMessage(e.target.value)} /></label>
          )}
          <button type="submit" className={`button ${kind === 'cancel' ? 'button-danger' : 'button-primary'}`} disabled={!ready || bulk.isPending}>
            {bulk.isPending ? 'Working…' : 'Apply'}
          </button>
        </form>
      )}
      {bulk.isError && <FormError message={messageOf(bulk.error)} />}
      {result && <BulkResults result={result} onClose={() => setResult(null)} />}
    </section>
  );
}
