import { doneOf, formatSeconds, rateAndEta, withSample } from '../progress';

describe('a broadcast shows its rate and the time left', () => {
  it('measures messages per second over the samples and divides what is left by it', () => {
    expect(rateAndEta([{ at: 0, done: 0 }, { at: 10_000, done: 100 }], 900)).toEqual({ perSecond: 10, secondsLeft: 90 });
  });
  it('says nothing until two samples, or while nothing moves', () => {
    expect(rateAndEta([{ at: 0, done: 0 }], 5)).toEqual({ perSecond: null, secondsLeft: null });
    expect(rateAndEta([{ at: 0, done: 5 }, { at: 5_000, done: 5 }], 5)).toEqual({ perSecond: 0, secondsLeft: null });
  });
  it('keeps the samples of the last minute only', () => {
    expect(withSample([{ at: 0, done: 0 }, { at: 50_000, done: 10 }], 70_000, 30)).toEqual([{ at: 50_000, done: 10 }, { at: 70_000, done: 30 }]);
  });
  it('counts what is no longer pending and writes durations for people', () => {
    expect(doneOf({ recipients: 10, sent: 5, failed: 1, blocked: 1, cancelled: 1, pending: 2, successRate: 0.5 })).toBe(8);
    expect(formatSeconds(65)).toBe('1 min 5 s');
    expect(formatSeconds(40)).toBe('40 s');
  });
});
