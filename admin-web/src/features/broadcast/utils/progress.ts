/** A broadcast's delivery report, as notification-service keeps it. */
export interface DeliveryReport {
  recipients: number;
  sent: number;
  failed: number;
  blocked: number;
  cancelled: number;
  pending: number;
  successRate: number;
}

export interface Sample {
  at: number;
  done: number;
}

/** Messages per second over the samples kept (the last minute), and the seconds left at that rate; null until known. */
export function rateAndEta(samples: Sample[], pending: number): { perSecond: number | null; secondsLeft: number | null } {
  if (samples.length < 2) return { perSecond: null, secondsLeft: null };
  const first = samples[0];
  const last = samples[samples.length - 1];
  const seconds = (last.at - first.at) / 1000;
  if (seconds <= 0) return { perSecond: null, secondsLeft: null };
  const perSecond = (last.done - first.done) / seconds;
  return { perSecond, secondsLeft: perSecond > 0 ? Math.ceil(pending / perSecond) : null };
}

/** Keeps the samples of the last minute, adding one for now. */
export function withSample(samples: Sample[], at: number, done: number): Sample[] {
  return [...samples.filter((sample) => at - sample.at <= 60_000), { at, done }];
}

/** Everything that is no longer pending: sent, failed, blocked or cancelled. */
export function doneOf(report: DeliveryReport): number {
  return report.sent + report.failed + report.blocked + report.cancelled;
}

/** "1 min 5 s", "40 s". */
export function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `${minutes} min ${rest} s` : `${rest} s`;
}
