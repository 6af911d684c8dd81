/**
 * The shapes the results API sends. The aggregates are the server's own types (type-only imports, erased when the
 * page is built), so the dashboard cannot drift from what server/analysis/aggregate.ts produces.
 */
import type { AggregateReport as Comparison } from '../../server/analysis/aggregate.ts';
import type { LiveReport } from '../../server/results/live-aggregates.ts';

export type {
  ChartType,
  CountryCell,
  ItemAggregate,
  Measure,
  QuestionAggregate,
  RankValue,
  ValueCount,
} from '../../server/analysis/aggregate.ts';
export type { TextAnswer } from '../../server/analysis/text-answers.ts';
export type { LocalizedText } from '../../server/questionnaire/codebook.ts';

/** The comparison as GET /api/results/:slug/aggregates sends it: with the survey it is of. */
export interface AggregateReport extends Comparison, Pick<LiveReport, 'responses' | 'syntheticResponses'> {
  survey: string;
  title: string;
}

export interface ResponseRecordSummary {
  id: number;
  countryCode: string;
  organisationName: string;
  isSynthetic: boolean;
}
