import { useNavigate, useSearchParams } from 'react-router';
import { useState } from 'react';
import { SignInForm } from '@/features/sign-in/components/sign-in-form';
import { SecondFactorSetup } from '@/features/sign-in/components/second-factor-setup';
import { useSession } from '@/hooks/use-session';
import { telegramRefusal } from '@/features/sign-in/utils/sign-in-messages';
import { safeNext } from '@/config/paths';
import { session } from '@/lib/session';

/** Sign in with a password or with Telegram; afterwards back to the page the person was on. */
export default function SignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const refused = params.get('login') === 'refused' ? telegramRefusal(params.get('error')) : null;
  const state = useSession();
  const [enrolled, setEnrolled] = useState(false);
  return (
    <main id="main" className="sign-in">
      <section className="card sign-in-card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to TeleKpr</h1>
        {params.get('expired') && <p className="alert alert-info" role="status">Your session has ended; sign in again to go on.</p>}
        {refused && <p className="alert alert-error" role="alert">{refused}</p>}
        {enrolled && <p className="alert alert-info" role="status">Second factor on. Sign in again with a code from your app.</p>}
        {state.kind === 'enrolling'
          ? (
            <>
              <h2>Set up your second factor</h2>
              <p>Admins sign in with a second factor: set yours up to go on.</p>
              <SecondFactorSetup onDone={() => { session.enrolled(); setEnrolled(true); }} />
            </>
          )
          : <SignInForm onSignedIn={() => navigate(next, { replace: true })} />}
        <div className="divider" role="separator"><span>or</span></div>
        <a className="button button-telegram" href="/api/admin/login/telegram">Log in with Telegram</a>
      </section>
    </main>
  );
}
