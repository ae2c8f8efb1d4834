import { useQuery } from '@tanstack/react-query';
import { historyQuery } from '../api/broadcast-api';
import { formatDateTime, formatPercent, formatCount } from '@/utils/format';

/** Earlier broadcasts with their reports; one can be opened for its progress. */
export function HistoryList({ onOpen }: { onOpen: (id: string) => void }) {
  const history = useQuery(historyQuery());
  return (
    <section className="card" aria-labelledby="history-list-title">
      <h2 id="history-list-title">History</h2>
      {history.data?.length === 0 && <p className="hint">No broadcast yet.</p>}
      <div className="table-scroll">
        <table className="table">
          <thead><tr><th scope="col">Started</th><th scope="col">Status</th><th scope="col" className="num">Sent</th><th scope="col" className="num">Failed</th><th scope="col" className="num">Success</th><th scope="col"><span className="sr-only">Open</span></th></tr></thead>
          <tbody>
            {(history.data ?? []).map((b) => (
              <tr key={b.broadcastId}>
                <td>{formatDateTime(b.startedAt)}</td><td>{b.status}</td><td className="num">{formatCount(b.sent)}</td>
                <td className="num">{formatCount(b.failed)}</td><td className="num">{formatPercent(b.successRate)}</td>
                <td><button type="button" className="button button-small" onClick={() => b.broadcastId && onOpen(b.broadcastId)}>Report</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
