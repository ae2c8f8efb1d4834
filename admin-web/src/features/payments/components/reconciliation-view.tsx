import { useQuery } from '@tanstack/react-query';
import { reconciliationQuery } from '../api/payments-api';
import { messageOf } from '@/api/errors';
import { formatCount, formatDateTime, formatTokens, formatUsd } from '@/utils/format';

/** Payments by status for the last 30 days, the paid ones not (yet) credited highlighted, and the ledger's own check. */
export function ReconciliationView() {
  const report = useQuery(reconciliationQuery());
  if (report.isError) return <p role="alert" className="alert alert-error">The reconciliation could not be loaded: {messageOf(report.error)}</p>;
  if (!report.data) return <p className="loading" role="status">Loading the reconciliation…</p>;
  const { payments, ledger } = report.data;
  return (
    <section className="card stack" aria-labelledby="reconciliation-title">
      <h2 id="reconciliation-title">Reconciliation, {formatDateTime(payments.from)} – {formatDateTime(payments.to)}</h2>
      <p className={`alert ${ledger.consistent ? 'alert-info' : 'alert-error'}`} role="status" data-testid="ledger-check">
        {ledger.consistent ? `Ledger consistent: ${formatCount(ledger.accountsChecked)} accounts, ${formatCount(ledger.entriesChecked)} entries checked.`
          : `Ledger inconsistent: ${ledger.inconsistent.length} accounts disagree with their entries.`}
      </p>
      <table className="table">
        <caption className="sr-only">Payments by status</caption>
        <thead><tr><th scope="col">Status</th><th scope="col" className="num">Payments</th><th scope="col" className="num">Amount</th><th scope="col" className="num">Tokens</th></tr></thead>
        <tbody>
          {payments.byStatus.map((row) => (
            <tr key={row.status}><td>{row.status}</td><td className="num">{formatCount(row.count)}</td><td className="num">{formatUsd(row.amountUsd)}</td><td className="num">{formatTokens(row.tokens)}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>Paid but not credited</h3>
      {payments.paidButNotCredited.length === 0 ? <p className="hint" data-testid="unsettled-none">None: every paid invoice is confirmed and credited.</p> : (
        <ul className="unsettled" aria-label="Paid but not credited">
          {payments.paidButNotCredited.map((row) => (
            <li key={row.paymentId} className="alert alert-error">
              Track {row.trackId}: {formatTokens(row.tokens)} tokens, {row.confirmed ? 'confirmed' : 'not confirmed'}, {row.credited ? 'credited' : 'not credited'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
