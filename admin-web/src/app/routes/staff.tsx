import { useQuery } from '@tanstack/react-query';
import { staffQuery } from '@/features/staff/api/staff-api';
import { NewAccountForm } from '@/features/staff/components/new-account-form';
import { StaffRow } from '@/features/staff/components/staff-row';
import { messageOf } from '@/api/errors';

/** The panel's web accounts (admins only): create, disable, reset, link to a Telegram user. */
export default function StaffRoute() {
  const staff = useQuery(staffQuery());
  return (
    <section className="page" aria-labelledby="staff-title">
      <div className="page-head"><h1 id="staff-title">Staff accounts</h1></div>
      {staff.isError && <p role="alert" className="alert alert-error">{messageOf(staff.error)}</p>}
      <div className="card table-scroll">
        <table className="table">
          <thead><tr><th scope="col">Username</th><th scope="col">Role</th><th scope="col">Telegram user</th><th scope="col">State</th><th scope="col">Actions</th></tr></thead>
          <tbody>{(staff.data ?? []).map((account) => <StaffRow key={account.accountId} account={account} />)}</tbody>
        </table>
      </div>
      <NewAccountForm />
    </section>
  );
}
