import { useEffect, useRef } from 'react';
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Filler, Legend, LinearScale,
  LineController, LineElement, PointElement, Tooltip, type ChartConfiguration, type ChartType,
} from 'chart.js';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Filler, Legend, LinearScale,
  LineController, LineElement, PointElement, Tooltip);

interface ChartCanvasProps<K extends ChartType> {
  config: ChartConfiguration<K>;
  /** What the chart shows, in words, for screen readers (the canvas itself is a picture). */
  summary: string;
}

/** The one Chart.js wrapper: one chart per canvas, updated in place when its data changes, destroyed on unmount. */
export default function ChartCanvas<K extends ChartType>({ config, summary }: ChartCanvasProps<K>) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const chart = useRef<Chart<K> | null>(null);

  useEffect(() => {
    if (!canvas.current) return undefined;
    chart.current = new Chart(canvas.current, config);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
    // the chart is made once; later configs update it below
    // (a new Chart per render would leak canvases and flicker)
  }, []);

  useEffect(() => {
    if (!chart.current) return;
    chart.current.data = config.data;
    if (config.options) chart.current.options = config.options;
    chart.current.update();
  }, [config]);

  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
