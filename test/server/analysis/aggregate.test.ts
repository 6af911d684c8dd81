import { describe, expect, it } from 'vitest';
import {
  type AggregateReport,
  aggregateResponses,
  aggregateResponsesAsync,
  type QuestionAggregate,
} from '../../../server/analysis/aggregate.ts';
import { filterRecords } from '../../../server/analysis/response-record.ts';
import { textAnswers } from '../../../server/analysis/text-answers.ts';
import { validateSubmission } from '../../../server/questionnaire/validate-submission.ts';
import { loadPilot } from './pilot-fixture.ts';

const { compiled, codebook, records, submitted } = loadPilot();

function question(report: AggregateReport, name: string): QuestionAggregate {
  const found = report.questions.find((candidate) => candidate.question === name);
  if (!found) throw new Error(`no aggregate for ${name}`);
  return found;
}

/** code → [count, percent] of one country's cell of one item. */
function counts(aggregate: QuestionAggregate, country: string, item: string | null = null) {
  const cell = aggregate.items
    .find((candidate) => candidate.item === item)
    ?.countries.find((candidate) => candidate.countryCode === country);
  return Object.fromEntries((cell?.values ?? []).map((value) => [value.code, [value.count, value.percent]]));
}

function cell(aggregate: QuestionAggregate, country: string, item: string | null = null) {
  return aggregate.items
    .find((candidate) => candidate.item === item)
    ?.countries.find((candidate) => candidate.countryCode === country);
}

describe('the pilot fixture', () => {
  it('holds answers the pilot questionnaire accepts', () => {
    for (const record of submitted) {
      expect(validateSubmission(compiled, record.answers), `response ${record.id}`).toMatchObject({
        ok: true,
      });
    }
  });
});

describe('aggregateResponses', () => {
  const report = aggregateResponses(submitted, codebook);

  it('lists countries in member-state order with the ASEAN total last', () => {
    expect(report.countries).toEqual(['KH', 'TH', 'VN', 'ASEAN']);
    expect(report.minCellSize).toBe(3);
  });

  it('counts a single choice per country with percentages of those who answered', () => {
    const uses = question(report, 'uses_social_media');
    expect(uses.chart).toBe('stacked_100');
    expect(uses.base).toEqual({ KH: null, TH: 4, VN: 3, ASEAN: 7 });
    expect(counts(uses, 'TH')).toEqual({ yes: [3, 75], no: [1, 25] });
    expect(counts(uses, 'VN')).toEqual({ yes: [2, 66.7], no: [1, 33.3] });
    expect(counts(uses, 'ASEAN')).toEqual({ yes: [5, 71.4], no: [2, 28.6] });
    expect(uses.items[0]?.countries[0]).toEqual({ countryCode: 'KH', suppressed: true, n: null });
  });

  it('withholds a country with fewer than k respondents and leaves it out of the ASEAN total', () => {
    const uses = question(report, 'uses_social_media');
    const total = cell(uses, 'ASEAN');
    expect(total).toMatchObject({ suppressed: false, n: 7, excludedCountries: ['KH'] });
    const shownSum = (['TH', 'VN'] as const).reduce((sum, country) => sum + (cell(uses, country)?.n ?? 0), 0);
    expect(total?.n).toBe(shownSum);
  });

  it('gives the share choosing each option of a multiple choice question', () => {
    const platforms = question(report, 'platforms');
    expect(platforms.base).toEqual({ KH: null, TH: 3, VN: null, ASEAN: 3 });
    expect(counts(platforms, 'TH')).toEqual({
      facebook: [2, 66.7],
      youtube: [1, 33.3],
      line: [1, 33.3],
      other: [1, 33.3],
    });
    expect(cell(platforms, 'VN')).toEqual({ countryCode: 'VN', suppressed: true, n: null });
    expect(cell(platforms, 'ASEAN')).toMatchObject({ n: 3, excludedCountries: ['KH', 'VN'] });
    expect(counts(platforms, 'ASEAN')).toEqual(counts(platforms, 'TH'));
  });

  it('gives mean and median of a number question', () => {
    const staff = question(report, 'staff_count');
    expect(staff.items[0]?.measure).toBe('stats');
    expect(cell(staff, 'TH')).toEqual({
      countryCode: 'TH',
      suppressed: false,
      n: 4,
      stats: { mean: 9.25, median: 8.5 },
    });
    expect(cell(staff, 'VN')?.stats).toEqual({ mean: 4, median: 3 });
    expect(cell(staff, 'KH')?.suppressed).toBe(true);
    expect(cell(staff, 'ASEAN')).toMatchObject({ n: 7, stats: { mean: 7, median: 5 } });
  });

  it('counts each matrix row over the columns, suppressing rows answered by fewer than k', () => {
    const instruments = question(report, 'instruments');
    expect(instruments.chart).toBe('grid');
    expect(instruments.base).toEqual({ KH: null, TH: 4, VN: 3, ASEAN: 7 });
    expect(counts(instruments, 'TH', 'law')).toEqual({ exists: [2, 50], none: [2, 50] });
    expect(counts(instruments, 'TH', 'plan')).toEqual({ exists: [2, 66.7], none: [1, 33.3] });
    expect(counts(instruments, 'VN', 'law')).toEqual({ exists: [3, 100], none: [0, 0] });
    expect(counts(instruments, 'VN', 'plan')).toEqual({ exists: [1, 33.3], none: [2, 66.7] });
    expect(counts(instruments, 'ASEAN', 'law')).toEqual({ exists: [5, 71.4], none: [2, 28.6] });
    expect(counts(instruments, 'ASEAN', 'plan')).toEqual({ exists: [3, 50], none: [3, 50] });
  });

  it('counts dynamic panel entries per field, suppressed by respondents not entries', () => {
    const accounts = question(report, 'accounts');
    expect(accounts.base).toEqual({ KH: null, TH: 3, VN: null, ASEAN: 3 });
    expect(accounts.entries).toEqual({ KH: null, TH: 4, VN: null, ASEAN: 4 });
    expect(cell(accounts, 'TH', 'account_platform')).toMatchObject({ n: 4, respondents: 3 });
    expect(counts(accounts, 'TH', 'account_platform')).toEqual({ facebook: [2, 50], youtube: [2, 50] });
    expect(cell(accounts, 'TH', 'account_name')).toEqual({
      countryCode: 'TH',
      suppressed: false,
      n: 4,
      respondents: 3,
    });
    expect(cell(accounts, 'VN', 'account_platform')).toEqual({
      countryCode: 'VN',
      suppressed: true,
      n: null,
      respondents: null,
    });
  });

  it('counts text answers without their content', () => {
    const comments = question(report, 'final_comments');
    expect(comments.items[0]?.measure).toBe('answered');
    expect(comments.chart).toBe('table');
    expect(comments.base).toEqual({ KH: null, TH: 3, VN: null, ASEAN: 3 });
    expect(question(report, 'agency_name').base).toEqual({ KH: null, TH: 4, VN: 3, ASEAN: 7 });
    expect(question(report, 'contact_email').base).toEqual({ KH: null, TH: 3, VN: null, ASEAN: 3 });
  });

  it('shows every country when k is 1', () => {
    const open = aggregateResponses(submitted, codebook, { minCellSize: 1 });
    const uses = question(open, 'uses_social_media');
    expect(counts(uses, 'KH')).toEqual({ yes: [1, 50], no: [1, 50] });
    expect(counts(uses, 'ASEAN')).toEqual({ yes: [6, 66.7], no: [3, 33.3] });
    expect(cell(question(open, 'region'), 'KH')).toMatchObject({ suppressed: true, n: null });
  });

  it('produces plain JSON that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('gives the same result from an async source', async () => {
    async function* stream() {
      yield* submitted;
    }
    expect(await aggregateResponsesAsync(stream(), codebook)).toEqual(report);
  });

  it('aggregates only the questions asked for', () => {
    const only = aggregateResponses(submitted, codebook, { questions: ['region'] });
    expect(only.questions.map((aggregate) => aggregate.question)).toEqual(['region']);
  });
});

describe('filterRecords', () => {
  it('keeps submitted responses by default', () => {
    expect([...filterRecords(records, {})].map((record) => record.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('filters by country, organisation type and submission date', () => {
    const ids = (filter: Parameters<typeof filterRecords>[1]) =>
      [...filterRecords(records, filter)].map((record) => record.id);
    expect(ids({ countries: ['VN', 'KH'] })).toEqual([5, 6, 7, 8, 9]);
    expect(ids({ organisationTypes: ['agency'] })).toEqual([2, 7]);
    expect(ids({ submittedFrom: '2026-03-03', submittedTo: '2026-03-05' })).toEqual([3, 4, 5]);
    expect(ids({ includeUnsubmitted: true, countries: ['TH'] })).toEqual([1, 2, 3, 4, 10]);
    expect(ids({ versions: [2] })).toEqual([]);
  });
});

describe('textAnswers', () => {
  it('lists the texts of a question for a country', () => {
    expect(textAnswers(submitted, 'final_comments', 'TH')).toEqual([
      { responseId: 1, countryCode: 'TH', organisationName: 'กรมประชาสัมพันธ์', text: 'ดีมาก, ขอบคุณ' },
      {
        responseId: 2,
        countryCode: 'TH',
        organisationName: 'Department of "Digital" Affairs, Bangkok',
        text: 'Line one\nLine two, with comma',
      },
      { responseId: 3, countryCode: 'TH', organisationName: 'Office of the Governor', text: '-2+3' },
    ]);
  });

  it('reads "other" comments and dynamic panel fields', () => {
    expect(textAnswers(submitted, 'platforms-Comment').map((answer) => answer.text)).toEqual(['=1+1']);
    expect(
      textAnswers(submitted, 'accounts.account_name', 'TH').map((answer) => [
        answer.responseId,
        answer.panelEntry,
        answer.text,
      ]),
    ).toEqual([
      [1, 1, 'PRD Thailand'],
      [1, 2, 'ช่อง PRD'],
      [2, 1, '+cmd'],
      [4, 1, 'MOPH'],
    ]);
  });
});
