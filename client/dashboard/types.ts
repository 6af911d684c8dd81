/** The shapes the results API sends (server/analysis/aggregate.ts, server/routes/results.ts, /docs). */

/** Text per locale; `default` is English. */
export type LocalizedText = Record<string, string>;

export type ChartType = 'grouped_bar' | 'stacked_100' | 'horizontal_bar' | 'grid' | 'histogram' | 'table';
export type Measure = 'distribution' | 'share' | 'stats' | 'mean_rank' | 'answered';

export interface ValueCount {
  code: string;
  label: LocalizedText;
  count: number;
  percent: number;
}

export interface RankValue {
  code: string;
  label: LocalizedText;
  meanRank: number;
  n: number;
}

export interface CountryCell {
  /** ISO code, or 'ASEAN' for the total of the countries shown. */
  countryCode: string;
  suppressed: boolean;
  n: number | null;
  values?: ValueCount[];
  stats?: { mean: number; median: number };
  ranks?: RankValue[];
  respondents?: number | null;
  excludedCountries?: string[];
}

export interface ItemAggregate {
  item: string | null;
  label: LocalizedText | null;
  kind: string;
  measure: Measure;
  countries: CountryCell[];
}

export interface QuestionAggregate {
  question: string;
  kind: string;
  title: LocalizedText;
  page: string;
  chart: ChartType;
  versions?: number[];
  base: Record<string, number | null>;
  entries?: Record<string, number | null>;
  items: ItemAggregate[];
}

export interface AggregateReport {
  survey: string;
  title: string;
  minCellSize: number;
  /** Country columns in display order, then 'ASEAN'. */
  countries: string[];
  questions: QuestionAggregate[];
}

export interface TextAnswer {
  responseId: number;
  countryCode: string;
  organisationName: string;
  text: string;
  panelEntry?: number;
}

export interface ResponseRecordSummary {
  id: number;
  countryCode: string;
  organisationName: string;
  isSynthetic: boolean;
}
