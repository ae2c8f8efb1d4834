import { growthSeries, lastDays, packageBars, periodLabels, statusSlices } from '../chart-data';

describe('the dashboard charts are drawn from admin-api figures as they are', () => {
  it('lists every status in the machine order, zeros kept', () => {
    const slices = statusSlices({ ordersByStatus: { pending: 3, completed: 10 } });
    expect(slices.labels).toEqual(['Awaiting tokens', 'Pending', 'Processing', 'Assigned', 'Completed', 'Cancelled', 'Rejected']);
    expect(slices.values).toEqual([0, 3, 0, 0, 10, 0, 0]);
  });
  it('draws user growth as three lines: new, active, subscribers', () => {
    const series = growthSeries({ periods: [{ newUsers: 2, activeUsers: 5, newSubscribers: 1 }, { newUsers: 0, activeUsers: 3 }] });
    expect(series).toEqual([
      { label: 'New users', values: [2, 0] },
      { label: 'Active users', values: [5, 3] },
      { label: 'New subscribers', values: [1, 0] },
    ]);
  });
  it('ranks packages by orders, most first', () => {
    expect(packageBars({ packages: [{ name: 'A', orders: 1 }, { name: 'B', orders: 7 }] })).toEqual({ labels: ['B', 'A'], values: [7, 1] });
  });
  it('defaults to the last 30 days up to today', () => {
    expect(lastDays(30, new Date(2026, 11, 2))).toEqual({ from: '2026-11-03', to: '2026-12-02' });
  });
});

describe('chart axes read as dates in the browser locale', () => {
  it('labels days and weeks by their first day and months by month', () => {
    const spy = vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    try {
      expect(periodLabels({ granularity: 'day', periods: [{ start: '2026-12-02' }] })).toEqual(['Dec 2']);
      expect(periodLabels({ granularity: 'month', periods: [{ start: '2026-11-01' }] })).toEqual(['Nov 2026']);
    } finally {
      spy.mockRestore();
    }
  });
});
