import { useState } from 'react';
import { useStaffAction, type StaffView } from '../api/staff-api';
import { useNotify } from '@/components/ui/toasts';
import { messageOf } from '@/api/errors';
import { formatDateTime } from '@/utils/format';

/** One account and what an admin may do to it; each destructive step is asked first. */
export function StaffRow({ account }: { account: StaffView }) {
  const action = useStaffAction();
  const notify = useNotify();
  const [password, setPassword] = useState('');
  const id = account.accountId ?? '';
  const run = (request: Parameters<typeof action.mutate>[0], done: string) =>
    action.mutate(request, { onSuccess: () => notify('success', done), onError: (error) => notify('error', messageOf(error)) });
  return (
    <tr>
      <th scope="row">{account.username}</th>
      <td>{account.role}</td>
      <td>{account.telegramUserId ?? '—'}</td>
      <td>{account.disabled ? `Disabled ${formatDateTime(account.disabledAt)}` : 'Active'}</td>
      <td className="actions">
        {account.disabled
          ? <button type="button" className="button button-small" onClick={() => run({ kind: 'enable', id }, 'Account enabled.')}>Enable</button>
          : <button type="button" className="button button-small" onClick={() => window.confirm(`Disable ${account.username}? Their sessions end at once.`) && run({ kind: 'disable', id }, 'Account disabled.')}>Disable</button>}
        <button type="button" className="button button-small" onClick={() => window.confirm(`Remove the second factor of ${account.username}? They enrol again at their next sign-in.`) && run({ kind: 'totp-reset', id }, 'Second factor reset.')}>Reset 2FA</button>
        <input type="password" aria-label={`New password for ${account.username}`} placeholder="New password" value={password} autoComplete="new-password" onChange={(e) => setPassword(e.target.value)} />
        <button type="button" className="button button-small" disabled={password.length < 12}
          onClick={() => { run({ kind: 'password', id, password }, 'Password set; their sessions ended.'); setPassword(''); }}>Set password</button>
      </td>
    </tr>
  );
}
