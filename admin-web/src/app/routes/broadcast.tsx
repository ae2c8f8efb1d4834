import { useState } from 'react';
import { Composer } from '@/features/broadcast/components/composer';
import { ProgressPanel } from '@/features/broadcast/components/progress-panel';
import { HistoryList } from '@/features/broadcast/components/history-list';

/** Broadcast messaging (PRD §3.4.4): compose with a live preview, test in your own chat, send, watch it go. */
export default function BroadcastRoute() {
  const [watching, setWatching] = useState<string | null>(null);
  return (
    <section className="page" aria-labelledby="broadcast-title">
      <div className="page-head"><h1 id="broadcast-title">Broadcast</h1></div>
      <Composer onStarted={setWatching} />
      {watching && <ProgressPanel id={watching} />}
      <HistoryList onOpen={setWatching} />
    </section>
  );
}
