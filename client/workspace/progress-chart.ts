/** The progress chart: invited, started and submitted per member state, as grouped horizontal bars (chart.js). */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { CountryProgress } from './types.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

// Three blues from light to dark, each at 3:1 or more against the white background, apart in greyscale too.
const colours = { invited: '#6c8ebf', started: '#1d4f91', submitted: '#0b2545' };

export function drawProgressChart(canvas: HTMLCanvasElement, countries: readonly CountryProgress[]): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: countries.map((country) => country.countryName),
      datasets: [
        {
          label: 'Invited',
          data: countries.map((country) => country.invited),
          backgroundColor: colours.invited,
        },
        {
          label: 'Started',
          data: countries.map((country) => country.started),
          backgroundColor: colours.started,
        },
        {
          label: 'Submitted',
          data: countries.map((country) => country.submitted),
          backgroundColor: colours.submitted,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0, color: '#1b1f24' }, grid: { color: '#d5dbe3' } },
        y: { ticks: { color: '#1b1f24' }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'top', labels: { color: '#1b1f24' } },
        tooltip: { enabled: true },
      },
    },
  });
}
