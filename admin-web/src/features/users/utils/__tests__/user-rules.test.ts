import { balanceAfter, roleOf, userListParams, NO_USER_FILTERS } from '../user-rules';

describe('a token adjustment shows the balance it leaves', () => {
  it('adds and takes away signed whole numbers', () => {
    expect(balanceAfter(500, '+250')).toEqual({ amount: 250, after: 750, problem: null });
    expect(balanceAfter(500, '-200')).toEqual({ amount: -200, after: 300, problem: null });
  });
  it('refuses what wallet-service would: below zero, zero, not a whole number', () => {
    expect(balanceAfter(100, '-101').problem).toBe('That would leave -1: a balance never goes below 0.');
    expect(balanceAfter(100, '0').problem).toBe('An adjustment of 0 changes nothing.');
    expect(balanceAfter(100, '1.5').problem).toMatch(/whole number/);
    expect(balanceAfter(100, '')).toEqual({ amount: null, after: null, problem: null });
  });
});

describe('users list and roles', () => {
  it('sends only the filters set, and sorts by what admin-api sorts', () => {
    expect(userListParams({ ...NO_USER_FILTERS, role: 'operator', q: ' ann ' }, 0, 100, [{ colId: 'balance', sort: 'desc' }]))
      .toEqual({ role: 'operator', q: 'ann', page: '0', size: '100', sort: 'balance,desc' });
  });
  it('names the role of a user', () => {
    expect(roleOf({ admin: true, operator: true })).toBe('admin');
    expect(roleOf({ operator: true })).toBe('operator');
    expect(roleOf({})).toBe('none');
  });
});
