import { formatDateTime, formatPercent, formatTokens, formatUsd } from '../format';

const withLocale = (locale: string, run: () => void) => {
  const spy = vi.spyOn(navigator, 'language', 'get').mockReturnValue(locale);
  try { run(); } finally { spy.mockRestore(); }
};

describe('formatters follow the browser locale', () => {
  it('shows money as USD with cents', () => {
    withLocale('en-US', () => {
      expect(formatUsd(1234.5)).toBe('$1,234.50');
      expect(formatUsd(0)).toBe('$0.00');
      expect(formatUsd(undefined)).toBe('$0.00');
    });
    withLocale('de-DE', () => expect(formatUsd(1234.5)).toBe('1.234,50\u00a0$'));
  });
  it('shows tokens with thousands separators and no decimals', () => {
    withLocale('en-US', () => expect(formatTokens(1234567)).toBe('1,234,567'));
    withLocale('de-DE', () => expect(formatTokens(1234567)).toBe('1.234.567'));
  });
  it('shows ratios as percentages', () => {
    withLocale('en-US', () => expect(formatPercent(0.9712)).toBe('97.1%'));
  });
  it('shows an instant in the given zone with the zone named, and nothing for none', () => {
    withLocale('en-GB', () => {
      expect(formatDateTime('2026-12-02T13:05:00Z', 'Europe/Berlin')).toBe('2 Dec 2026, 14:05 CET');
      expect(formatDateTime(null)).toBe('');
      expect(formatDateTime('not a date')).toBe('');
    });
  });
});

describe('a table states the zone once', () => {
  it('leaves the zone out of each cell when asked', () => {
    withLocale('en-GB', () => expect(formatDateTime('2026-12-02T13:05:00Z', 'Europe/Berlin', false)).toBe('2 Dec 2026, 14:05'));
  });
});
