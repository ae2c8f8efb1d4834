import { parametersLine } from '../audit-columns';

describe('the audit log says what was asked', () => {
  it('lists the parameters of an action in one line', () => {
    expect(parametersLine({ amount: 250, reason: 'Goodwill' })).toBe('amount: 250, reason: Goodwill');
    expect(parametersLine({ fields: ['email', 'city'] })).toBe('fields: ["email","city"]');
    expect(parametersLine(undefined)).toBe('');
  });
});
