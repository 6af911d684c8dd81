/** Texts in the chosen display language, country names and the few number formats the dashboard uses. */
import { memberStateName } from '../workspace/member-states.ts';
import type { AggregateReport, LocalizedText } from './types.ts';

export const aseanCode = 'ASEAN';

/** The question text in `lang` ('en' is the codebook's default), falling back to English. */
export function textIn(text: LocalizedText | null | undefined, lang: string): string {
  if (!text) return '';
  return (lang === 'en' ? undefined : text[lang]) ?? text.default ?? Object.values(text)[0] ?? '';
}

/** The display languages the codebook offers: English plus every locale a question title has. */
export function codebookLanguages(report: AggregateReport): string[] {
  const locales = new Set<string>();
  for (const question of report.questions)
    for (const key of Object.keys(question.title)) if (key !== 'default') locales.add(key);
  return ['en', ...[...locales].sort()];
}

export function countryName(code: string): string {
  return code === aseanCode ? 'ASEAN total' : memberStateName(code);
}

export function formatPercent(value: number): string {
  return `${value.toFixed(1)}%`;
}

/** Figures with two decimals at most; thousands are grouped from 10,000 on, so years read as years. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-GB', {
    maximumFractionDigits: 2,
    useGrouping: Math.abs(value) >= 10_000,
  }).format(value);
}

export function withheldText(minCellSize: number): string {
  return `withheld (fewer than ${minCellSize} responses)`;
}
