import { BROADCAST_LIMIT, charactersLeft, telegramLength } from '../telegram-text';

describe('telegramLength counts as Telegram does (UTF-16 code units)', () => {
  it('counts plain text by characters', () => {
    expect(telegramLength('Hello')).toBe(5);
  });
  it('counts an emoji outside the BMP as 2', () => {
    expect(telegramLength('😀')).toBe(2);
    expect(telegramLength('Sale 🎉🎉')).toBe(9);
  });
  it('counts a family emoji as all of its code units', () => {
    expect(telegramLength('👨‍👩‍👧')).toBe(8);
  });
  it('counts a precomposed accent as 1 and a combining one as 2', () => {
    expect(telegramLength('é')).toBe(1);
    expect(telegramLength('e\u0301')).toBe(2);
  });
  it('says how many are left of 3900, going negative past it', () => {
    expect(BROADCAST_LIMIT).toBe(3900);
    expect(charactersLeft('a'.repeat(3899))).toBe(1);
    expect(charactersLeft('😀'.repeat(1950))).toBe(0);
    expect(charactersLeft('😀'.repeat(1951))).toBe(-2);
  });
});
