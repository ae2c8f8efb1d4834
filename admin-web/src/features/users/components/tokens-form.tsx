import { useState, type FormEvent } from 'react';
import { useUserAction } from '../api/user-actions';
import { balanceAfter } from '../utils/user-rules';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { Field, FormError, TextField } from '@/components/ui/field';
import { formatTokens } from '@/utils/format';

/** A signed token adjustment with its required reason; the balance it leaves is shown before it is sent. */
export function TokensForm({ userId, balance }: { userId: string; balance: number }) {
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const { submit, errors, busy } = useFormErrors(useUserAction(), () => { setAmount(''); setReason(''); }, 'Tokens adjusted.');
  const preview = balanceAfter(balance, amount);
  function send(event: FormEvent) {
    event.preventDefault();
    if (preview.amount !== null && !preview.problem && reason.trim()) submit({ kind: 'tokens', id: userId, amount: preview.amount, reason: reason.trim() });
  }
  return (
    <form className="stack" onSubmit={send} aria-label="Adjust tokens">
      <FormError message={errors.root} />
      <TextField label="Tokens to add (−200 to take away)" inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)}
        error={errors.amount ?? preview.problem ?? undefined}
        hint={preview.after !== null && !preview.problem ? `Balance after: ${formatTokens(preview.after)} tokens` : `Balance now: ${formatTokens(balance)} tokens`} />
      <Field label="Reason (required, shown in the ledger)" error={errors.reason}>
        {(props) => <input {...props} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" className="button button-primary" disabled={busy || preview.amount === null || Boolean(preview.problem) || !reason.trim()}>Adjust tokens</button>
    </form>
  );
}
