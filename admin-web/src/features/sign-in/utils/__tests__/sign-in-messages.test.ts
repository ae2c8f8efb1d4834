import { ApiError } from '@/api/errors';
import { codePrompt, signInMessage, telegramRefusal } from '../sign-in-messages';

describe('a refused sign-in says what happened', () => {
  it('says wrong username or password without saying which', () => {
    expect(signInMessage(new ApiError(401, 'unauthorized', 'wrong username or password', null))).toBe('Wrong username or password.');
  });
  it('says until when a throttled sign-in is locked', () => {
    const now = new Date(2026, 11, 2, 14, 0, 0);
    const message = signInMessage(new ApiError(429, 'too_many_attempts', 'too many failed logins', null, 600), now);
    const expected = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(2026, 11, 2, 14, 10, 0));
    expect(message).toBe(`Too many failed sign-ins: locked until ${expected}.`);
  });
  it('asks for the authenticator code when the account has one', () => {
    expect(codePrompt(false)).toBe('Enter the 6-digit code from your authenticator app.');
    expect(codePrompt(true)).toMatch(/recovery codes; each works once/);
  });
  it('says the server could not be reached when there was no answer', () => {
    expect(signInMessage(new TypeError('Failed to fetch'))).toMatch(/could not reach the server/);
  });
  it('explains a Telegram login of someone who is no staff', () => {
    expect(telegramRefusal('not_staff')).toBe('That Telegram account is not an admin or operator of the bot.');
    expect(telegramRefusal(null)).toBeNull();
  });
});
