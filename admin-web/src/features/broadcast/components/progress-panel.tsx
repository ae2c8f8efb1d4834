import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { broadcastQuery, useCancelBroadcast } from '../api/broadcast-api';
import { doneOf, formatSeconds, rateAndEta, withSample, type Sample } from '../utils/progress';
import { FormError } from '@/components/ui/field';
import { messageOf } from '@/api/errors';
import { formatCount, formatPercent } from '@/utils/format';

/** A broadcast as it goes: sent, failed, remaining, the rate and the time left, and a cancel button while sending. */
export function ProgressPanel({ id }: { id: string }) {
  const broadcast = useQuery(broadcastQuery(id));
  const cancel = useCancelBroadcast();
  const [samples, setSamples] = useState<Sample[]>([]);
  const report = broadcast.data?.report;
  useEffect(() => {
    if (report) setSamples((kept) => withSample(kept, Date.now(), doneOf(report)));
  }, [report]);
  if (broadcast.isError) return <p role="alert" className="alert alert-error">{messageOf(broadcast.error)}</p>;
  if (!report) return <p className="loading" role="status">Starting…</p>;
  const { perSecond, secondsLeft } = rateAndEta(samples, report.pending);
  const sending = broadcast.data?.status === 'sending';
  return (
    <section className="card stack" aria-labelledby="progress-title">
      <h2 id="progress-title">{broadcast.data?.title || 'Broadcast'}: {broadcast.data?.status}</h2>
      <progress max={Math.max(1, report.recipients)} value={doneOf(report)} aria-label="Delivered so far" />
      <dl className="facts" data-testid="broadcast-progress">
        <dt>Sent</dt><dd>{formatCount(report.sent)}</dd>
        <dt>Failed</dt><dd>{formatCount(report.failed)} (blocked the bot: {formatCount(report.blocked)})</dd>
        <dt>Remaining</dt><dd>{formatCount(report.pending)} of {formatCount(report.recipients)}</dd>
        <dt>Rate</dt><dd>{perSecond === null ? '—' : `${perSecond.toFixed(1)} messages/s`}</dd>
        <dt>Time left</dt><dd>{sending && secondsLeft !== null ? formatSeconds(secondsLeft) : '—'}</dd>
        {/* notification-service reports it in percent, 0 to 100 */}
        <dt>Success rate</dt><dd>{formatPercent(report.successRate / 100)}</dd>
      </dl>
      {cancel.isError && <FormError message={messageOf(cancel.error)} />}
      {sending && (
        <button type="button" className="button button-danger" disabled={cancel.isPending}
          onClick={() => window.confirm(`Stop this broadcast? The ${formatCount(report.pending)} not sent yet never will be.`) && cancel.mutate(id)}>
          Cancel broadcast
        </button>
      )}
    </section>
  );
}
