/**
 * What every benchmark hands back (figures with their same-run baseline and target) and the one table that
 * `npm run bench` prints.
 */

export interface Figure {
  metric: string;
  /** null when the figure could not be measured (the note says why). */
  value: number | null;
  unit: string;
  /** Shown instead of the number, e.g. "not built". */
  display?: string;
  baseline?: { label: string; value: number; unit?: string };
  /** value ÷ baseline, or baseline ÷ value for latencies: always "how many times the baseline". */
  ratio?: number;
  target?: { text: string; met: boolean };
}

export interface BenchmarkResult {
  name: string;
  figures: Figure[];
  /** Everything measured, for the JSON file. */
  details: Record<string, unknown>;
  notes: string[];
}

export function formatNumber(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${text} ${unit}` : text;
}

function cell(figure: Figure): string {
  if (figure.display) return figure.display;
  return figure.value === null ? 'n/a' : formatNumber(figure.value, figure.unit);
}

function baselineCell(figure: Figure): string {
  if (!figure.baseline) return '';
  return `${formatNumber(figure.baseline.value, figure.baseline.unit ?? figure.unit)} (${figure.baseline.label})`;
}

export function renderTable(results: BenchmarkResult[]): string {
  const header = ['benchmark', 'metric', 'measured', 'baseline (same run)', 'ratio', 'target', ''];
  const rows: string[][] = [];
  for (const result of results) {
    for (const figure of result.figures) {
      rows.push([
        result.name,
        figure.metric,
        cell(figure),
        baselineCell(figure),
        figure.ratio === undefined ? '' : `${figure.ratio.toFixed(2)}×`,
        figure.target?.text ?? '',
        figure.target ? (figure.target.met ? '✓' : '✗') : '',
      ]);
    }
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => [...(row[column] ?? '')].length)),
  );
  const line = (row: string[]) =>
    row
      .map((text, column) => text + ' '.repeat((widths[column] ?? 0) - [...text].length))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─');
  const body: string[] = [];
  let previous = '';
  for (const row of rows) {
    if (row[0] !== previous && body.length > 0) body.push(rule);
    previous = row[0] ?? '';
    body.push(line(row));
  }
  return [line(header), rule, ...body].join('\n');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A figure with a minimum (throughput-like) target. */
export function atLeast(value: number, minimum: number, text: string): Figure['target'] {
  return { text, met: value >= minimum };
}

/** A figure with a maximum (latency- or size-like) target. */
export function atMost(value: number, maximum: number, text: string): Figure['target'] {
  return { text, met: value <= maximum };
}
