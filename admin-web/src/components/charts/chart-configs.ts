import type { ChartConfiguration } from 'chart.js';
import { chartColors } from './chart-theme';

export interface NamedSeries {
  label: string;
  values: number[];
}

function axes() {
  const { text, grid } = chartColors();
  return {
    x: { ticks: { color: text }, grid: { color: grid } },
    y: { beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid } },
  };
}

function legend(show: boolean) {
  return { display: show, labels: { color: chartColors().text } };
}

export function lineConfig(labels: string[], series: NamedSeries[]): ChartConfiguration<'line'> {
  const { series: palette } = chartColors();
  return {
    type: 'line',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label, data: s.values, borderColor: palette[i % palette.length], backgroundColor: palette[i % palette.length],
        tension: 0.25, pointRadius: labels.length > 40 ? 0 : 3, fill: false,
      })),
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales: axes(), plugins: { legend: legend(series.length > 1) } },
  };
}

export function doughnutConfig(labels: string[], values: number[]): ChartConfiguration<'doughnut'> {
  const { series: palette } = chartColors();
  return {
    type: 'doughnut',
    data: { labels, datasets: [{ data: values, backgroundColor: labels.map((_, i) => palette[i % palette.length]), borderWidth: 1 }] },
    options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { ...legend(true), position: 'right' } } },
  };
}

export function barConfig(labels: string[], values: number[], label: string): ChartConfiguration<'bar'> {
  const { series: palette } = chartColors();
  return {
    type: 'bar',
    data: { labels, datasets: [{ label, data: values, backgroundColor: palette[0] }] },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales: axes(), plugins: { legend: legend(false) } },
  };
}
