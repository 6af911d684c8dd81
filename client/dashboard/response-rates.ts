/**
 * Response rates by member state: a table (with links to each country's profile) and a bar chart. Rates come from
 * the invitations, so only the country filter and the demo data switch apply to them.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { element } from '../shared/dom.ts';
import { progressTotals } from '../workspace/progress-totals.ts';
import type { CountryProgress } from '../workspace/types.ts';
import { formatPercent } from './labels.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface ResponseRatesPanel {
  root: HTMLElement;
  destroy(): void;
}

export function responseRatesPanel(
  rows: readonly CountryProgress[],
  profileHref: (countryCode: string) => string,
): ResponseRatesPanel {
  const totals = progressTotals(rows);
  const rate = (value: number | null) => (value === null ? 'no invitations' : formatPercent(value));
  const table = element('table', { class: 'data-table data-table--figures' }, [
    element('caption', {}, ['Invitations and submitted responses by member state']),
    element('thead', {}, [
      element('tr', {}, [
        element('th', { scope: 'col' }, ['Member state']),
        element('th', { scope: 'col' }, ['Invited']),
        element('th', { scope: 'col' }, ['Started']),
        element('th', { scope: 'col' }, ['Submitted']),
        element('th', { scope: 'col' }, ['Response rate']),
      ]),
    ]),
    element(
      'tbody',
      {},
      rows.map((row) =>
        element('tr', { 'data-country': row.countryCode }, [
          element('th', { scope: 'row' }, [
            element('a', { href: profileHref(row.countryCode), 'data-route': '' }, [row.countryName]),
          ]),
          element('td', { class: 'data-table__figure' }, [String(row.invited)]),
          element('td', { class: 'data-table__figure' }, [String(row.started)]),
          element('td', { class: 'data-table__figure' }, [String(row.submitted)]),
          element('td', { class: 'data-table__figure' }, [rate(row.responseRate)]),
        ]),
      ),
    ),
    element('tfoot', {}, [
      element('tr', { class: 'total-row' }, [
        element('th', { scope: 'row' }, ['All shown']),
        element('td', { class: 'data-table__figure' }, [String(totals.invited)]),
        element('td', { class: 'data-table__figure' }, [String(totals.started)]),
        element('td', { class: 'data-table__figure' }, [String(totals.submitted)]),
        element('td', { class: 'data-table__figure' }, [rate(totals.responseRate)]),
      ]),
    ]),
  ]);
  const canvas = element('canvas', {
    role: 'img',
    'aria-label': 'Chart: response rate by member state. The figures are in the table.',
  });
  const box = element('div', { class: 'chart-box chart-box--rates' }, [canvas]);
  box.style.height = `${60 + rows.length * 28}px`;
  const root = element('div', { class: 'rates' }, [
    element('div', { class: 'rates__chart' }, [box]),
    element('div', { class: 'rates__table table-scroll' }, [table]),
  ]);
  let chart: Chart<'bar'> | undefined;
  // Drawn once the panel is in the page, so chart.js can measure its box.
  queueMicrotask(() => {
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map((row) => row.countryName),
        datasets: [
          {
            label: 'Response rate (%)',
            data: rows.map((row) => row.responseRate) as number[],
            backgroundColor: '#1d4f91',
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            min: 0,
            max: 100,
            ticks: { callback: (value) => `${value}%` },
            grid: { color: '#d5dbe3' },
            title: { display: true, text: 'Submitted of invited (%)' },
          },
          y: { grid: { display: false } },
        },
        plugins: {
          tooltip: {
            callbacks: { label: (context) => `Response rate: ${formatPercent(Number(context.raw))}` },
          },
        },
      },
    });
  });
  return { root, destroy: () => chart?.destroy() };
}
