import { ApiError } from '@/api/errors';

/** What /api/admin/login and /api/admin/session/refresh answer. */
export interface SignedIn {
  token: string;
  expiresIn: number;
  username: string;
  role: string;
  secondFactorSetupRequired: boolean;
}

export type SessionState =
  | { kind: 'unknown' }
  | { kind: 'signed-out'; reason: 'none' | 'expired' | 'signed-out' }
  | { kind: 'signed-in'; username: string; role: string; expiresAt: number }
  /** Signed in with a password, but the token may only enrol a second factor (admins must have one). */
  | { kind: 'enrolling'; username: string };

/** The second factor a login carries: a 6-digit code from the app, or one of the ten recovery codes. */
export interface SecondFactorCode { kind: 'totp' | 'recoveryCode'; code: string }

type Listener = (state: SessionState) => void;
/** Refresh this long before the 15-minute token runs out, so no request carries an expired one. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * The staff session: the short-lived token lives in memory only (never in storage a script could read later); the
 * httpOnly refresh cookie, which only /api/admin/session/* receives, gets a new one. Concurrent refreshes share one call.
 */
class Session {
  private token: string | null = null;
  private expiresAt = 0;
  private state: SessionState = { kind: 'unknown' };
  private refreshing: Promise<string | null> | null = null;
  private readonly listeners = new Set<Listener>();

  current(): SessionState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** {@code second}: the authenticator's code or a recovery code, for an account whose logins ask for one. */
  async signIn(username: string, password: string, second?: SecondFactorCode): Promise<SignedIn> {
    const response = await fetch('/api/admin/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(second ? { username, password, [second.kind]: second.code } : { username, password }),
    });
    if (!response.ok) throw await ApiError.of(response);
    const signedIn = (await response.json()) as SignedIn;
    this.accept(signedIn);
    return signedIn;
  }

  async signOut(): Promise<void> {
    await fetch('/api/admin/session/logout', { method: 'POST' }).catch(() => undefined);
    this.end('signed-out');
  }

  /** A token good for at least a minute, refreshed through the cookie when needed; null when the session has ended. */
  async validToken(): Promise<string | null> {
    if (this.token && Date.now() < this.expiresAt - REFRESH_MARGIN_MS) return this.token;
    return this.refresh();
  }

  /** Asks the refresh cookie for a token (at start, and before the token runs out). */
  refresh(): Promise<string | null> {
    this.refreshing ??= fetch('/api/admin/session/refresh', { method: 'POST' })
      .then(async (response) => {
        if (!response.ok) {
          this.end(this.state.kind === 'signed-in' ? 'expired' : 'none');
          return null;
        }
        const signedIn = (await response.json()) as SignedIn;
        this.accept(signedIn);
        return signedIn.token;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  /** An API call was refused with 401: the session is over. */
  expired(): void {
    if (this.state.kind !== 'signed-out') this.end('expired');
  }

  private accept(signedIn: SignedIn): void {
    this.token = signedIn.token;
    this.expiresAt = Date.now() + signedIn.expiresIn * 1000;
    this.set(signedIn.secondFactorSetupRequired ? { kind: 'enrolling', username: signedIn.username }
      : { kind: 'signed-in', username: signedIn.username, role: signedIn.role, expiresAt: this.expiresAt });
  }

  /** The second factor is in force: sessions start again, now with a code. */
  enrolled(): void {
    this.end('none');
  }

  private end(reason: 'none' | 'expired' | 'signed-out'): void {
    this.token = null;
    this.expiresAt = 0;
    this.set({ kind: 'signed-out', reason });
  }

  private set(state: SessionState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener(state));
  }
}

export const session = new Session();
