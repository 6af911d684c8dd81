import { describe, expect, it } from 'vitest';
import { chartPlan } from '../../client/dashboard/charts.ts';
import { viewsOf } from '../../client/dashboard/question-views.ts';
import type { AggregateReport, QuestionAggregate } from '../../client/dashboard/types.ts';
import { aggregateResponses } from '../../server/analysis/aggregate.ts';
import { loadPilot } from '../server/analysis/pilot-fixture.ts';

const { codebook, submitted } = loadPilot();

/** The dashboard's chart for a question, drawn from a report the server's own aggregation produced. */
function planFor(report: AggregateReport, name: string, viewKey?: string, scope = 'ASEAN') {
  const question = report.questions.find((entry) => entry.question === name) as QuestionAggregate;
  const views = viewsOf(question, 'en');
  const view = views.find((entry) => entry.key === viewKey) ?? views[0];
  if (!view) throw new Error(`no view of ${name}`);
  const countries = report.countries.filter((code) => code !== 'ASEAN');
  const plan = chartPlan({ question, view, countries, lang: 'en', scope });
  if (!plan) throw new Error(`no chart for ${name}`);
  return { plan, view };
}

/** The tooltip text of a bar, as chart.js would ask for it. */
function tooltipOf(
  plan: ReturnType<typeof planFor>['plan'],
  datasetIndex: number,
  dataIndex: number,
): string {
  const dataset = plan.config.data.datasets[datasetIndex];
  const label = plan.config.options?.plugins?.tooltip?.callbacks?.label as (context: object) => string;
  return label({ dataset, datasetIndex, dataIndex, raw: dataset?.data[dataIndex] });
}

describe('dashboard charts from the server aggregates', () => {
  const open = {
    survey: 'pilot',
    title: 'Pilot',
    responses: submitted.length,
    syntheticResponses: 0,
    ...aggregateResponses(submitted, codebook, { minCellSize: 1 }),
  };

  it('draws a single choice as 100% stacked bars per country, the tooltip giving the share and its count', () => {
    const { plan, view } = planFor(open, 'uses_social_media');
    expect(view.kind).toBe('stacked');
    expect(plan.config.options?.indexAxis).toBe('y');
    // One bar per member state that answered, then the ASEAN total.
    expect(plan.config.data.labels).toHaveLength(open.countries.length);
    expect(plan.config.data.labels?.at(-1)).toMatch(/ASEAN/);
    const yes = plan.config.data.datasets.findIndex((dataset) => dataset.label === 'Yes');
    const asean = (plan.config.data.labels as unknown[]).length - 1;
    const total = plan.config.data.datasets.reduce((sum, dataset) => sum + Number(dataset.data[asean]), 0);
    expect(total).toBeCloseTo(100, 5);
    expect(tooltipOf(plan, yes, asean)).toMatch(/^Yes: \d+\.\d% \(\d+ of \d+\)$/);
    // White edges between stacked segments.
    expect(plan.config.data.datasets[0]).toMatchObject({ borderColor: '#ffffff', borderWidth: 1 });
  });

  it('leaves a withheld cell empty and says so in its label', () => {
    const strict = {
      survey: 'pilot',
      title: 'Pilot',
      responses: submitted.length,
      syntheticResponses: 0,
      ...aggregateResponses(submitted, codebook, { minCellSize: 50 }),
    };
    const { plan } = planFor(strict, 'uses_social_media');
    expect(plan.config.data.labels).toContainEqual(expect.stringMatching(/\(withheld\)$/));
    for (const dataset of plan.config.data.datasets)
      expect(dataset.data.every((value) => value === null)).toBe(true);
  });

  it('draws means and medians of a number per country, with numbers in the tooltip', () => {
    const { plan, view } = planFor(open, 'staff_count');
    expect(view.kind).toBe('stats');
    expect(plan.config.data.datasets.map((dataset) => dataset.label)).toEqual(['Mean', 'Median']);
    expect(tooltipOf(plan, 0, 0)).toMatch(/^Mean: [\d.,]+$/);
  });

  it('draws a multiple choice as grouped bars, one per answer, shares in the tooltip', () => {
    const { plan, view } = planFor(open, 'platforms');
    expect(view.kind).toBe('grouped');
    expect(plan.config.options?.indexAxis).toBe('x');
    expect(plan.config.data.datasets.map((dataset) => dataset.label)).toContain('Facebook');
    expect(plan.config.data.datasets[0]).not.toHaveProperty('borderWidth');
    expect(tooltipOf(plan, 0, 0)).toMatch(/^Facebook: \d+\.\d%$/);
  });

  it('draws matrix rows as stacked bars for the chosen scope, when the matrix is charted as 100% bars', () => {
    const matrix = open.questions.find((entry) => entry.question === 'instruments') as QuestionAggregate;
    const asBars = { ...open, questions: [{ ...matrix, chart: 'stacked_100' as const }] };
    const { plan, view } = planFor(asBars, 'instruments', 'items', 'TH');
    expect(view.kind).toBe('items');
    expect(plan.config.data.labels).toHaveLength(matrix.items.length);
    expect(tooltipOf(plan, 0, 0)).toMatch(/: \d+\.\d%$/);
  });

  it('draws panel entries as counts per country, without a legend', () => {
    const { plan, view } = planFor(open, 'accounts', 'entries');
    expect(view.kind).toBe('entries');
    expect(plan.config.options?.plugins?.legend?.display).toBe(false);
    expect(plan.config.data.datasets[0]?.data.some((value) => Number(value) > 0)).toBe(true);
  });
});
