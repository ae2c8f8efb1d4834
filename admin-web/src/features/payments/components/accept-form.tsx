import { useState, type FormEvent } from 'react';
import { useAcceptPayment, type PaymentView } from '../api/payments-api';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { Field, FormError } from '@/components/ui/field';
import { formatTokens, formatUsd } from '@/utils/format';

export function AcceptForm({ payment, onDone }: { payment: PaymentView; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const { submit, errors, busy } = useFormErrors(useAcceptPayment(), onDone, 'Payment accepted: the tokens are credited.');
  function send(event: FormEvent) {
    event.preventDefault();
    if (payment.paymentId && reason.trim()) submit({ id: payment.paymentId, reason: reason.trim() });
  }
  return (
    <form className="stack" onSubmit={send} aria-label="Accept payment">
      <p>Credit {formatTokens(payment.tokens)} tokens for the {payment.status} invoice of {formatUsd(payment.amountUsd)}? This is done once and audited.</p>
      <FormError message={errors.root} />
      <Field label="Reason" error={errors.reason}>{(props) => <input {...props} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />}</Field>
      <button type="submit" className="button button-primary" disabled={busy || !reason.trim()}>Accept and credit</button>
    </form>
  );
}
