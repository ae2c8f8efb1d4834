import { compactParams, lastRowOf, pageOf, sortParam } from '../grid-query';

describe('an infinite-grid block becomes a page of admin-api', () => {
  it('turns rows [200, 300) into page 2 of 100', () => {
    expect(pageOf(200, 300)).toEqual({ page: 2, size: 100 });
    expect(pageOf(0, 100)).toEqual({ page: 0, size: 100 });
  });
  it('sorts by the first sortable column, as field,direction', () => {
    expect(sortParam([{ colId: 'customerName', sort: 'asc' }, { colId: 'tokenCost', sort: 'desc' }], ['tokenCost'])).toBe('tokenCost,desc');
    expect(sortParam([], ['tokenCost'])).toBeUndefined();
  });
  it('leaves out empty filters and trims text', () => {
    expect(compactParams({ q: '  anna ', status: '', operator: undefined, priority: null, page: 0 })).toEqual({ q: 'anna', page: '0' });
  });
  it('tells the grid the last row once the total is known, or when a page comes back short', () => {
    expect(lastRowOf(3, 100, 100, 1_000_000)).toBe(1_000_000);
    expect(lastRowOf(3, 100, 42, undefined)).toBe(342);
    expect(lastRowOf(3, 100, 100, undefined)).toBe(-1);
  });
});
