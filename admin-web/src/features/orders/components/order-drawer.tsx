import { useQuery } from '@tanstack/react-query';
import { orderDetailQuery } from '../api/orders-queries';
import { StatusBadge } from './order-columns';
import { PasswordReveal } from './password-reveal';
import { messageOf } from '@/api/errors';
import { STATUS_LABELS, isOrderStatus } from '@/lib/order-status';
import { formatDateTime, formatTokens } from '@/utils/format';

const label = (status: string | undefined) => (isOrderStatus(status) ? STATUS_LABELS[status] : status ?? '—');

/** One order: its facts, the customer, every step of its history, and the password reveal. */
export function OrderDrawer({ orderId }: { orderId: string }) {
  const detail = useQuery(orderDetailQuery(orderId));
  if (detail.isError) return <p role="alert" className="alert alert-error">{messageOf(detail.error)}</p>;
  if (!detail.data?.order) return <p className="loading" role="status">Loading order…</p>;
  const order = detail.data.order;
  return (
    <div className="stack">
      <dl className="facts">
        <dt>Status</dt><dd><StatusBadge status={order.status} /></dd>
        <dt>Package</dt><dd>{order.packageName}{order.emailConfirmation ? ' + email confirmation' : ''}</dd>
        <dt>Tokens</dt><dd>{formatTokens(order.tokenCost)}</dd>
        <dt>Queue position</dt><dd>{order.queuePosition ?? '—'}{order.priority ? ' (subscriber priority)' : ''}</dd>
        <dt>Operator</dt><dd>{order.operatorUsername ? `@${order.operatorUsername}` : '—'}</dd>
        <dt>Placed</dt><dd>{formatDateTime(order.placedAt)}</dd>
        <dt>Order id</dt><dd><code>{order.orderId}</code></dd>
      </dl>
      <section aria-labelledby="customer-title">
        <h3 id="customer-title">Customer</h3>
        <dl className="facts">
          <dt>Name</dt><dd>{order.customerName ?? '—'}</dd>
          <dt>Email</dt><dd>{order.customerEmail ?? '—'}</dd>
          <dt>Telegram user</dt><dd>{order.username ? `@${order.username}` : '—'}</dd>
        </dl>
        {order.customerProfileId && <PasswordReveal profileId={order.customerProfileId} />}
      </section>
      <section aria-labelledby="history-title">
        <h3 id="history-title">History</h3>
        <ol className="timeline">
          {(detail.data.history ?? []).map((step, index) => (
            <li key={`${step.at}-${index}`}>
              <time dateTime={step.at}>{formatDateTime(step.at)}</time>
              <span>{step.from ? `${label(step.from)} → ${label(step.to)}` : label(step.to)}</span>
              {step.note && <span className="hint">Note: {step.note}</span>}
              {step.customerMessage && <span className="hint">To customer: {step.customerMessage}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
