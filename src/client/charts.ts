/**
 * Draws every `<canvas data-chart>` on the page with chart.js. Only pages that show a
 * chart load this script; only the chart.js parts used here are registered. The data
 * is also in a table next to each chart, so nothing depends on this script.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { formatChartValue } from '../format/chart-value.ts';
import type { ChartSpec } from '../outputs/charts.ts';

Chart.register(BarController, BarElement, CategoryScale, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');

function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function configure(spec: ChartSpec): ChartConfiguration<'bar' | 'line'> {
  // Right to left (Arabic), time runs from the right and the values' axis stands on the right.
  const rtl = document.documentElement.dir === 'rtl';
  const text = token('--text');
  const grid = token('--border');
  const colours = { primary: token('--link'), target: token('--major'), bar: token('--partial-fill') };
  return {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series) => ({
        type: series.kind === 'target' ? 'line' : spec.type,
        label: series.label,
        data: series.data,
        borderColor: series.kind === 'target' ? colours.target : spec.type === 'bar' ? colours.bar : colours.primary,
        backgroundColor: series.kind === 'target' ? colours.target : spec.type === 'bar' ? colours.bar : colours.primary,
        borderDash: series.kind === 'target' ? [6, 4] : [],
        // The legend draws each series as it is drawn: the target as a line, not a dashed box.
        pointStyle: series.kind === 'target' ? 'line' : spec.type === 'bar' ? 'rect' : 'circle',
        pointRadius: series.kind === 'target' ? 0 : 3,
        borderWidth: 2,
      })),
    },
    options: {
      animation: reducedMotion.matches ? false : { duration: 400 },
      maintainAspectRatio: false,
      color: text,
      scales: {
        x: { reverse: rtl, ticks: { color: text }, grid: { color: grid } },
        y: {
          position: rtl ? 'right' : 'left',
          ticks: { color: text, callback: (value) => formatChartValue(Number(value), spec.unit, spec.locale, false) },
          grid: { color: grid },
          ...(spec.suggestedMin === undefined ? {} : { suggestedMin: spec.suggestedMin }),
          ...(spec.suggestedMax === undefined ? {} : { suggestedMax: spec.suggestedMax }),
        },
      },
      plugins: {
        legend: { rtl, labels: { color: text, usePointStyle: true, boxHeight: 7 } },
        tooltip: {
          rtl,
          callbacks: {
            label: (item) => `${item.dataset.label}: ${formatChartValue(item.parsed.y ?? 0, spec.unit, spec.locale)}`,
          },
        },
      },
    },
  };
}

const charts: Chart[] = [];

function drawAll(): void {
  for (const chart of charts.splice(0)) chart.destroy();
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
    const spec = JSON.parse(canvas.dataset['chart'] ?? '{}') as ChartSpec;
    charts.push(new Chart(canvas, configure(spec)));
  }
}

drawAll();
// Colours come from the design tokens, which change with the colour scheme.
darkScheme.addEventListener('change', drawAll);
