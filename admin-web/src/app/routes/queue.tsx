import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { operatorQueueQuery, useTakeNext } from '@/features/orders/api/queue-queries';
import type { OrderSummary } from '@/features/orders/api/orders-queries';
import { OrderActionDialog } from '@/features/orders/components/order-action-dialog';
import { StatusBadge } from '@/features/orders/components/order-columns';
import type { RowMenuAction } from '@/features/orders/components/row-menu';
import { useNotify } from '@/components/ui/toasts';
import { messageOf } from '@/api/errors';
import { formatDateTime, formatTokens } from '@/utils/format';

function OrderCard({ order, onAction, mine }: { order: OrderSummary; onAction: (a: RowMenuAction, o: OrderSummary) => void; mine: boolean }) {
  return (
    <li className="card order-card">
      <div className="order-card-head">
        <strong>{order.packageName}</strong> <StatusBadge status={order.status} />
      </div>
      <p>{order.customerName ?? 'Customer'} · {formatTokens(order.tokenCost)} tokens{order.priority ? ' · subscriber' : ''}</p>
      <p className="hint">Placed {formatDateTime(order.placedAt)}{order.queuePosition ? ` · position ${order.queuePosition}` : ''}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => onAction('view', order)}>Details</button>
        <button type="button" className="button" onClick={() => onAction('note', order)}>Add note</button>
        {mine && <button type="button" className="button button-primary" onClick={() => onAction('status', order)}>Complete…</button>}
      </div>
    </li>
  );
}

/** What an operator sees: the orders in their hands, the waiting queue, and "take next". */
export default function QueueRoute() {
  const queue = useQuery(operatorQueueQuery());
  const take = useTakeNext();
  const notify = useNotify();
  const [open, setOpen] = useState<{ action: RowMenuAction; order: OrderSummary } | null>(null);
  const onAction = (action: RowMenuAction, order: OrderSummary) => setOpen({ action, order });
  return (
    <section className="page" aria-labelledby="queue-title">
      <div className="page-head">
        <h1 id="queue-title">My queue</h1>
        <button type="button" className="button button-primary" disabled={take.isPending || queue.data?.waitingTotal === 0}
          onClick={() => take.mutate(undefined, { onSuccess: () => notify('success', 'The next order is yours.'), onError: (e) => notify('error', messageOf(e)) })}>
          Take next order
        </button>
      </div>
      {queue.isError && <p role="alert" className="alert alert-error">{messageOf(queue.error)}</p>}
      {queue.isPending && <p className="loading" role="status">Loading the queue…</p>}
      <h2>In my hands</h2>
      {queue.data?.mine.length === 0 && <p className="hint">Nothing yet: take the next waiting order.</p>}
      <ul className="cards" aria-label="My orders">{queue.data?.mine.map((o) => <OrderCard key={o.orderId} order={o} onAction={onAction} mine />)}</ul>
      <h2>Waiting ({queue.data?.waitingTotal ?? 0})</h2>
      {queue.data?.waiting.length === 0 && <p className="hint">No order is waiting.</p>}
      <ul className="cards" aria-label="Waiting orders">{queue.data?.waiting.map((o) => <OrderCard key={o.orderId} order={o} onAction={onAction} mine={false} />)}</ul>
      <OrderActionDialog open={open} onClose={() => setOpen(null)} />
    </section>
  );
}
