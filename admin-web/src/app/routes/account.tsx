import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { meQuery } from '@/features/account/api/account-api';
import { SecondFactorSetup } from '@/features/sign-in/components/second-factor-setup';
import { messageOf } from '@/api/errors';
import { browserTimeZone } from '@/utils/format';
import { roleWord } from '@/lib/roles';

/** The signed-in person's own account: who they are, and their second factor, which anyone may turn on here. */
export default function AccountRoute() {
  const me = useQuery(meQuery());
  const client = useQueryClient();
  const [settingUp, setSettingUp] = useState(false);
  const [turnedOn, setTurnedOn] = useState(false);
  function done() {
    setSettingUp(false);
    setTurnedOn(true);
    void client.invalidateQueries({ queryKey: meQuery().queryKey });
  }
  return (
    <section className="page" aria-labelledby="account-title">
      <div className="page-head"><h1 id="account-title">Your account</h1></div>
      {me.isError && <p role="alert" className="alert alert-error">{messageOf(me.error)}</p>}
      {me.data && (
        <>
          <div className="card account-card">
            <dl className="facts">
              <dt>Username</dt><dd>{me.data.username}</dd>
              <dt>Role</dt><dd>{(me.data.roles ?? []).map(roleWord).join(', ')}</dd>
              <dt>Telegram user</dt><dd>{me.data.telegramUserId ? 'Linked: the bot knows you as staff' : 'Not linked'}</dd>
              <dt>Times</dt><dd>Shown in {browserTimeZone()}, your browser&apos;s zone</dd>
            </dl>
          </div>
          <section className="card stack account-card" aria-labelledby="second-factor-title">
            <h2 id="second-factor-title">Second factor</h2>
            {turnedOn && <p className="alert alert-info" role="status">Second factor on. Your next sign-in with a password asks for a code from the app.</p>}
            {me.data.secondFactor ? (
              <p>On: signing in with your password also asks for a code from your authenticator app, or one of your recovery codes. Lost both? Another admin can reset it on the Staff page.</p>
            ) : settingUp ? (
              <SecondFactorSetup onDone={done} />
            ) : (
              <>
                <p>Off: signing in with your password needs nothing else.</p>
                <button type="button" className="button button-primary" onClick={() => setSettingUp(true)}>Set up a second factor</button>
              </>
            )}
          </section>
        </>
      )}
    </section>
  );
}
