/** Chart colours from the page's CSS variables, so charts follow light and dark mode and keep AA contrast. */
export function chartColors(): { text: string; grid: string; series: string[] } {
  const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style?.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text-muted', '#4b5563'),
    grid: read('--border', '#d1d5db'),
    series: [1, 2, 3, 4, 5, 6, 7].map((n) => read(`--series-${n}`, '#2563eb')),
  };
}
