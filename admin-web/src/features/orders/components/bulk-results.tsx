import type { BulkResult } from '../api/order-actions';

/** Each order's outcome of a bulk action: done, or refused and why. */
export function BulkResults({ result, onClose }: { result: BulkResult; onClose: () => void }) {
  return (
    <div className="bulk-results" role="status">
      <p>
        <strong>{result.done ?? 0} of {result.requested ?? 0} done</strong>
        {(result.refused ?? 0) > 0 && `, ${result.refused} refused`}
        {(result.unknown ?? 0) > 0 && `, ${result.unknown} not answered (safe to repeat)`}
        <button type="button" className="button button-quiet" onClick={onClose}>Dismiss</button>
      </p>
      <ul>
        {(result.results ?? []).map((part) => (
          <li key={part.id} className={part.outcome === 'done' ? 'ok' : 'refused'} data-outcome={part.outcome}>
            <code>{part.id?.slice(0, 8)}</code> {part.outcome === 'done' ? 'done' : `${part.outcome}: ${part.message ?? ''}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
