import { ApiError } from '@/api/errors';

/** What the sign-in asks once the password was right and the account's second factor is wanted. */
export function codePrompt(recovery: boolean): string {
  return recovery ? 'Enter one of your recovery codes; each works once.' : 'Enter the 6-digit code from your authenticator app.';
}

/** What a refused sign-in says to the person: what happened, and until when for a lock-out. */
export function signInMessage(error: unknown, now: Date = new Date()): string {
  if (!(error instanceof ApiError)) return 'The panel could not reach the server; check your connection and try again.';
  switch (error.error) {
    case 'too_many_attempts': {
      const until = new Date(now.getTime() + (error.retryAfterSeconds ?? 900) * 1000);
      const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(until);
      return `Too many failed sign-ins: locked until ${time}.`;
    }
    case 'unauthorized':
      return error.message.toLowerCase().includes('code') ? 'That code is wrong or was already used.' : 'Wrong username or password.';
    default:
      return sentence(error.message);
  }
}

/** Why a Telegram login came back refused (?login=refused&error=…). */
export function telegramRefusal(error: string | null): string | null {
  if (error === null) return null;
  if (error === 'not_staff') return 'That Telegram account is not an admin or operator of the bot.';
  return 'Telegram sign-in did not complete; try again.';
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'Sign-in failed.';
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
