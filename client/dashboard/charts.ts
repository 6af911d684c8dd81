/**
 * The question charts, drawn with the parts of chart.js they need (bars on category and linear scales, legend,
 * tooltip, title). Charts draw on a white background, so a downloaded PNG looks as it does on the page.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  Legend,
  LinearScale,
  type Plugin,
  SubTitle,
  Title,
  Tooltip,
} from 'chart.js';
import { aseanCode, countryName, formatNumber, formatPercent, textIn } from './labels.ts';
import { answerColours } from './palette.ts';
import { cellOf, codesOf, type QuestionView, scopeCodes } from './question-views.ts';
import type { CountryCell, ItemAggregate, QuestionAggregate } from './types.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip, Title, SubTitle);

const ink = '#1b1f24';
const gridLine = '#d5dbe3';
Chart.defaults.color = ink;
Chart.defaults.font.family =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Thai", "Helvetica Neue", Arial, sans-serif';

const whiteBackground: Plugin<'bar'> = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

export interface ChartContext {
  question: QuestionAggregate;
  view: QuestionView;
  /** Country columns of the report (without ASEAN). */
  countries: readonly string[];
  lang: string;
  /** For views of one scope (bars per answer, ranks, matrix rows): the country shown beside ASEAN, or ASEAN only. */
  scope: string;
}

export interface ChartPlan {
  config: ChartConfiguration<'bar'>;
  /** Height of the chart area in pixels, from the number of bars. */
  height: number;
}

function scopeLabel(code: string, withheld: boolean): string {
  return withheld ? `${countryName(code)} (withheld)` : countryName(code);
}

/**
 * The category labels of a chart with one bar (or group) per member state and the total, each marked where its cell is
 * withheld; wrapped to `wrapAt` characters for an axis along the bottom.
 */
function scopeLabels(
  scopes: string[],
  cells: Array<CountryCell | undefined>,
  wrapAt?: number,
): Array<string | string[]> {
  return scopes.map((code, index) => {
    const label = scopeLabel(code, !cells[index] || !!cells[index]?.suppressed);
    return wrapAt === undefined ? label : wrap(label, wrapAt);
  });
}

/** Long answer labels wrapped onto lines of about 40 characters, for the category axis. */
function wrap(label: string, width = 40): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 3).map((text, index) => (index === 2 && lines.length > 3 ? `${text}…` : text));
}

function isOrdered(item: ItemAggregate): boolean {
  return item.kind === 'rating';
}

function percentAxis(axis: 'x' | 'y', stacked: boolean) {
  return {
    [axis]: {
      stacked,
      min: 0,
      max: 100,
      ticks: { callback: (value: string | number) => `${value}%` },
      grid: { color: gridLine },
      title: { display: true, text: 'Share of those who answered (%)' },
    },
  };
}

function baseOptions(indexAxis: 'x' | 'y', legend: boolean) {
  return {
    indexAxis,
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: {
      legend: { display: legend, position: 'top' as const, labels: { boxWidth: 14 } },
      title: {
        display: false,
        text: '',
        font: { size: 15, weight: 'bold' as const },
        padding: { bottom: 4 },
      },
      subtitle: { display: false, text: '', padding: { bottom: 10 } },
    },
  };
}

/** The parts in which the bar charts differ; barPlan adds what they share (options, legend, background). */
interface BarChartParts {
  height: number;
  indexAxis: 'x' | 'y';
  legend: boolean;
  labels: Array<string | string[]>;
  datasets: ChartDataset<'bar'>[];
  scales: NonNullable<ChartConfiguration<'bar'>['options']>['scales'];
  /** The tooltip after the series name, from the bar's value and position; chart.js's own when absent. */
  tooltip?: (value: number, datasetIndex: number, dataIndex: number) => string;
}

function barPlan({ height, indexAxis, legend, labels, datasets, scales, tooltip }: BarChartParts): ChartPlan {
  const base = baseOptions(indexAxis, legend);
  return {
    height,
    config: {
      type: 'bar',
      data: { labels, datasets },
      options: {
        ...base,
        scales,
        plugins: {
          ...base.plugins,
          ...(tooltip
            ? {
                tooltip: {
                  callbacks: {
                    label: (context) =>
                      `${context.dataset.label}: ${tooltip(Number(context.raw), context.datasetIndex, context.dataIndex)}`,
                  },
                },
              }
            : {}),
        },
      },
      plugins: [whiteBackground],
    },
  };
}

/** One series per answer: its percentage in each cell (null where the cell is withheld). */
function answerSeries(
  codes: ReturnType<typeof codesOf>,
  cells: Array<CountryCell | undefined>,
  colours: string[],
  lang: string,
  { segmented }: { segmented: boolean },
): ChartDataset<'bar'>[] {
  return codes.map((code, index) => ({
    label: textIn(code.label, lang),
    data: cells.map((cell) =>
      cell && !cell.suppressed
        ? (cell.values?.find((value) => value.code === code.code)?.percent ?? 0)
        : null,
    ) as number[],
    backgroundColor: colours[index],
    // White edges between the segments of a stacked bar.
    ...(segmented ? { borderColor: '#ffffff', borderWidth: 1 } : {}),
  }));
}

/** A single item's answers over every country and the total: what the stacked and grouped bars draw. */
function answersByCountry({ view, countries }: ChartContext) {
  const item = view.items[0] as ItemAggregate;
  const scopes = scopeCodes(countries);
  const codes = codesOf(item);
  const colours = answerColours(
    codes.map((code) => code.code),
    isOrdered(item),
  );
  return { scopes, codes, colours, cells: scopes.map((code) => cellOf(item, code)) };
}

/** 100% stacked bars: one bar per country and the total, one segment per answer. */
function stackedPlan(context: ChartContext): ChartPlan {
  const { scopes, codes, colours, cells } = answersByCountry(context);
  const counts = (datasetIndex: number, scopeIndex: number) => {
    const cell = cells[scopeIndex];
    const value = cell?.values?.find((entry) => entry.code === codes[datasetIndex]?.code);
    return value && cell ? ` (${value.count} of ${cell.n})` : '';
  };
  return barPlan({
    height: 60 + scopes.length * 30,
    indexAxis: 'y',
    legend: true,
    labels: scopeLabels(scopes, cells),
    datasets: answerSeries(codes, cells, colours, context.lang, { segmented: true }),
    scales: { ...percentAxis('x', true), y: { stacked: true, grid: { display: false } } },
    tooltip: (value, datasetIndex, dataIndex) => `${formatPercent(value)}${counts(datasetIndex, dataIndex)}`,
  });
}

/** Grouped bars: countries along the axis, one bar per answer (multiple choice with few answers). */
function groupedPlan(context: ChartContext): ChartPlan {
  const { scopes, codes, colours, cells } = answersByCountry(context);
  return barPlan({
    height: 340,
    indexAxis: 'x',
    legend: true,
    labels: scopeLabels(scopes, cells, 14),
    datasets: answerSeries(codes, cells, colours, context.lang, { segmented: false }),
    scales: { ...percentAxis('y', false), x: { grid: { display: false }, ticks: { autoSkip: false } } },
    tooltip: (value) => formatPercent(value),
  });
}

/** Horizontal bars per answer for the ASEAN total, and one country beside it when chosen. */
function codesPlan({ view, lang, scope }: ChartContext): ChartPlan {
  const item = view.items[0] as ItemAggregate;
  const codes = codesOf(item);
  const scopes = scope === aseanCode ? [aseanCode] : [scope, aseanCode];
  const ranks = view.kind === 'ranks';
  const colours = ['#1d4f91', '#b35a00'];
  const figureOf = (code: string, countryCode: string): number | null => {
    const cell = cellOf(item, countryCode);
    if (!cell || cell.suppressed) return null;
    if (ranks) {
      const rank = cell.ranks?.find((entry) => entry.code === code);
      return rank && rank.n > 0 ? rank.meanRank : null;
    }
    const value = cell.values?.find((entry) => entry.code === code);
    if (!value) return 0;
    return view.counts ? value.count : value.percent;
  };
  const axisTitle = ranks
    ? 'Mean rank (1 = ranked first)'
    : view.counts
      ? 'Entries'
      : item.measure === 'share'
        ? 'Share of those who answered who chose it (%)'
        : 'Share of those who answered (%)';
  return barPlan({
    height: 70 + codes.length * (scopes.length === 1 ? 24 : 38),
    indexAxis: 'y',
    legend: true,
    labels: codes.map((code) => wrap(textIn(code.label, lang))),
    datasets: scopes.map((countryCode, index) => {
      const cell = cellOf(item, countryCode);
      return {
        label: scopeLabel(countryCode, !cell || cell.suppressed),
        data: codes.map((code) => figureOf(code.code, countryCode)) as number[],
        backgroundColor: colours[index],
      };
    }),
    scales: {
      x: {
        min: 0,
        grid: { color: gridLine },
        ticks: view.counts ? { precision: 0 } : {},
        title: { display: true, text: axisTitle },
      },
      y: { grid: { display: false }, ticks: { autoSkip: false } },
    },
    tooltip: (value) => (ranks || view.counts ? formatNumber(value) : formatPercent(value)),
  });
}

/** Mean and median per country (numbers). */
function statsPlan({ view, countries }: ChartContext): ChartPlan {
  const item = view.items[0] as ItemAggregate;
  const scopes = scopeCodes(countries);
  const cells = scopes.map((code) => cellOf(item, code));
  const figure = (key: 'mean' | 'median') =>
    cells.map((cell) => (cell && !cell.suppressed && cell.stats ? cell.stats[key] : null)) as number[];
  return barPlan({
    height: 320,
    indexAxis: 'x',
    legend: true,
    labels: scopeLabels(scopes, cells, 14),
    datasets: [
      { label: 'Mean', data: figure('mean'), backgroundColor: '#1d4f91' },
      { label: 'Median', data: figure('median'), backgroundColor: '#b35a00' },
    ],
    scales: {
      y: { beginAtZero: true, grid: { color: gridLine } },
      x: { grid: { display: false }, ticks: { autoSkip: false } },
    },
    tooltip: (value) => formatNumber(value),
  });
}

/** Matrix rows as 100% stacked bars, for the ASEAN total or one country. */
function itemsPlan({ view, lang, scope }: ChartContext): ChartPlan {
  const items = view.items;
  const codes = codesOf(items[0] as ItemAggregate);
  const colours = answerColours(
    codes.map((code) => code.code),
    false,
  );
  const cells = items.map((item) => cellOf(item, scope));
  return barPlan({
    height: 70 + items.length * 34,
    indexAxis: 'y',
    legend: true,
    labels: items.map((item, index) => {
      const label = textIn(item.label, lang) || item.item || '';
      const cell = cells[index];
      return wrap(!cell || cell.suppressed ? `${label} (withheld)` : label);
    }),
    datasets: answerSeries(codes, cells, colours, lang, { segmented: true }),
    scales: { ...percentAxis('x', true), y: { stacked: true, grid: { display: false } } },
    tooltip: (value) => formatPercent(value),
  });
}

/** Dynamic panels: entries (e.g. accounts) per country. */
function entriesPlan({ question, countries }: ChartContext): ChartPlan {
  const scopes = scopeCodes(countries).filter((code) => code !== aseanCode);
  const entries = question.entries ?? {};
  return barPlan({
    height: 300,
    indexAxis: 'x',
    legend: false,
    labels: scopes.map((code) => wrap(scopeLabel(code, entries[code] === null), 14)),
    datasets: [
      {
        label: 'Entries',
        data: scopes.map((code) => entries[code] ?? null) as number[],
        backgroundColor: '#1d4f91',
      },
    ],
    scales: {
      y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: gridLine } },
      x: { grid: { display: false }, ticks: { autoSkip: false } },
    },
  });
}

/** The chart of a view, or null for views without one (texts, grids). */
export function chartPlan(context: ChartContext): ChartPlan | null {
  switch (context.view.kind) {
    case 'stacked':
      return stackedPlan(context);
    case 'grouped':
      return groupedPlan(context);
    case 'codes':
    case 'ranks':
      return codesPlan(context);
    case 'stats':
      return statsPlan(context);
    case 'items':
      return itemsPlan(context);
    case 'entries':
      return entriesPlan(context);
    default:
      return null;
  }
}

export function drawChart(canvas: HTMLCanvasElement, plan: ChartPlan): Chart<'bar'> {
  return new Chart(canvas, plan.config);
}

/**
 * The chart as a PNG data URL, drawn again off the page at twice the resolution with its title and subtitle, so the
 * file stands on its own and the chart on the page does not change.
 */
export function chartImage(context: ChartContext, width: number, title: string, subtitle: string[]): string {
  const plan = chartPlan(context);
  if (!plan) return '';
  const titleLines = [wrap(title, 90)].flat();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(640, Math.round(width));
  canvas.height = plan.height + 36 + titleLines.length * 20 + subtitle.length * 16;
  const options = plan.config.options ?? {};
  const chart = new Chart(canvas, {
    ...plan.config,
    options: {
      ...options,
      responsive: false,
      devicePixelRatio: 2,
      plugins: {
        ...options.plugins,
        title: { ...options.plugins?.title, display: true, text: titleLines },
        subtitle: { ...options.plugins?.subtitle, display: true, text: subtitle },
      },
    },
  });
  const image = chart.toBase64Image('image/png', 1);
  chart.destroy();
  return image;
}
