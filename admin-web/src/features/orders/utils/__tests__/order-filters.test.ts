import { NO_FILTERS, exportQueryString, orderListParams } from '../order-filters';

describe('the orders grid asks admin-api for exactly its filters', () => {
  it('sends only page, size and sort when nothing is filtered', () => {
    expect(orderListParams(NO_FILTERS, 'Europe/Berlin', 0, 100, [])).toEqual({ page: '0', size: '100' });
  });
  it('sends every quick filter that is set, with the zone only when dates are', () => {
    const filters = { ...NO_FILTERS, status: 'pending', operator: 'a1b2', package: 'SITES_550', priority: 'true' as const, q: ' anna ' };
    expect(orderListParams(filters, 'Europe/Berlin', 1, 100, [{ colId: 'tokenCost', sort: 'asc' }])).toEqual({
      status: 'pending', operator: 'a1b2', package: 'SITES_550', priority: 'true', q: 'anna', page: '1', size: '100', sort: 'tokenCost,asc',
    });
    expect(orderListParams({ ...NO_FILTERS, from: '2026-11-01', to: '2026-11-30' }, 'Europe/Berlin')).toEqual({
      from: '2026-11-01', to: '2026-11-30', tz: 'Europe/Berlin',
    });
  });
  it('never sorts by a column admin-api cannot sort by', () => {
    expect(orderListParams(NO_FILTERS, 'UTC', 0, 100, [{ colId: 'customerName', sort: 'asc' }]).sort).toBeUndefined();
  });
  it('exports the same filter as a query string, without paging', () => {
    expect(exportQueryString({ ...NO_FILTERS, status: 'completed', q: 'a&b' }, 'UTC')).toBe('status=completed&q=a%26b');
  });
});
