import type { Granularity, TrendRange } from '../api/dashboard-queries';

interface RangeControlsProps {
  range: TrendRange;
  onChange: (range: TrendRange) => void;
}

const GRANULARITIES: Granularity[] = ['day', 'week', 'month'];

/** The charts' date range and their day / week / month switch. */
export function RangeControls({ range, onChange }: RangeControlsProps) {
  return (
    <form className="range" aria-label="Chart range" onSubmit={(event) => event.preventDefault()}>
      <label>From <input type="date" value={range.from} max={range.to} onChange={(e) => e.target.value && onChange({ ...range, from: e.target.value })} /></label>
      <label>To <input type="date" value={range.to} min={range.from} onChange={(e) => e.target.value && onChange({ ...range, to: e.target.value })} /></label>
      <div className="segmented" role="group" aria-label="Group by">
        {GRANULARITIES.map((granularity) => (
          <button key={granularity} type="button" className="button" aria-pressed={range.granularity === granularity}
            onClick={() => onChange({ ...range, granularity })}>
            {granularity.charAt(0).toUpperCase() + granularity.slice(1)}
          </button>
        ))}
      </div>
      <span className="hint">Times in {range.tz}</span>
    </form>
  );
}
