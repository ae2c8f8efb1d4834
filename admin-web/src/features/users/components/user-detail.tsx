import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { userDetailQuery } from '../api/users-queries';
import { roleOf } from '../utils/user-rules';
import { TokensForm } from './tokens-form';
import { MessageForm, RoleForm, SubscriptionForm } from './user-forms';
import { DangerZone } from './danger-zone';
import { messageOf } from '@/api/errors';
import { formatDateTime, formatTokens, formatUsd } from '@/utils/format';

/** One user: balance and subscription, the ledger (paged), latest orders, what they did, and every action on them. */
export function UserDetail({ userId, onErased }: { userId: string; onErased: () => void }) {
  const [ledgerPage, setLedgerPage] = useState(0);
  const detail = useQuery(userDetailQuery(userId, ledgerPage));
  if (detail.isError) return <p role="alert" className="alert alert-error">{messageOf(detail.error)}</p>;
  const user = detail.data?.user;
  if (!user) return <p className="loading" role="status">Loading user…</p>;
  const ledger = detail.data?.ledger;
  const pages = Math.max(1, Math.ceil((ledger?.total ?? 0) / (ledger?.size ?? 20)));
  return (
    <div className="stack">
      <dl className="facts">
        <dt>User</dt><dd>{user.username ? `@${user.username}` : '—'} {user.fullName ? `(${user.fullName})` : ''}</dd>
        <dt>Balance</dt><dd data-testid="balance">{formatTokens(user.balance)} tokens</dd>
        <dt>Subscription</dt><dd>{user.subscriber ? `${user.subscriptionType ?? 'premium'} until ${formatDateTime(user.subscriptionExpiresAt)}` : 'None'}</dd>
        <dt>Paid</dt><dd>{formatUsd(user.usdPaid)} · {formatTokens(user.tokensSpent)} tokens spent on {user.ordersCount ?? 0} orders</dd>
        <dt>State</dt><dd>{user.suspended ? 'Suspended' : user.blockedBot ? 'Blocked the bot' : 'Active'}</dd>
      </dl>
      <TokensForm userId={userId} balance={user.balance ?? 0} />
      <RoleForm userId={userId} role={roleOf(user)} />
      <SubscriptionForm userId={userId} subscriber={Boolean(user.subscriber)} />
      <MessageForm userId={userId} />
      <section aria-labelledby="ledger-title">
        <h3 id="ledger-title">Ledger</h3>
        <table className="table">
          <thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col" className="num">Tokens</th><th scope="col" className="num">Balance</th></tr></thead>
          <tbody>
            {(ledger?.items ?? []).map((line, index) => (
              <tr key={`${line.at}-${index}`}>
                <td>{formatDateTime(line.at)}</td>
                <td>{line.type}{line.reason ? `: ${line.reason}` : ''}</td>
                <td className="num">{(line.amount ?? 0) > 0 ? '+' : ''}{formatTokens(line.amount)}</td>
                <td className="num">{formatTokens(line.balanceAfter)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {pages > 1 && (
          <div className="pager">
            <button type="button" className="button" disabled={ledgerPage === 0} onClick={() => setLedgerPage(ledgerPage - 1)}>Newer</button>
            <span>Page {ledgerPage + 1} of {pages}</span>
            <button type="button" className="button" disabled={ledgerPage + 1 >= pages} onClick={() => setLedgerPage(ledgerPage + 1)}>Older</button>
          </div>
        )}
      </section>
      <section aria-labelledby="user-orders-title">
        <h3 id="user-orders-title">Latest orders</h3>
        <ul className="plain-list">
          {(detail.data?.orders?.items ?? []).map((order) => (
            <li key={order.orderId}>{formatDateTime(order.placedAt)} · {order.packageName} · {order.status} · {formatTokens(order.tokenCost)} tokens</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="activity-title">
        <h3 id="activity-title">Activity</h3>
        <ol className="timeline">
          {(detail.data?.timeline ?? []).map((line, index) => (
            <li key={`${line.at}-${index}`}><time dateTime={line.at}>{formatDateTime(line.at)}</time><span>{line.summary}</span></li>
          ))}
        </ol>
      </section>
      <DangerZone userId={userId} username={user.username} suspended={Boolean(user.suspended)} onErased={onErased} />
    </div>
  );
}
