/** The chart the dashboard draws for a question by default; the analyst can switch to the table. */
import type { Variable } from '../questionnaire/codebook.ts';

export type ChartType = 'grouped_bar' | 'stacked_100' | 'horizontal_bar' | 'grid' | 'histogram' | 'table';

/** Beyond this many codes a stacked or grouped bar per country is unreadable; bars per code take over. */
const maxCodesPerBar = 6;
/** Matrices with few columns (exists / in preparation / none / don't know) read best as a country × row grid. */
const maxGridColumns = 4;

export function suggestChart(variable: Variable): ChartType {
  switch (variable.kind) {
    case 'single_choice':
    case 'boolean':
      return variable.choices.length <= maxCodesPerBar ? 'stacked_100' : 'horizontal_bar';
    case 'rating':
      return variable.choices.length <= maxCodesPerBar ? 'stacked_100' : 'histogram';
    case 'multiple_choice':
      return variable.choices.length <= maxCodesPerBar ? 'grouped_bar' : 'horizontal_bar';
    case 'ranking':
      return 'horizontal_bar';
    case 'number':
      // Only mean and median are published (a histogram's extreme bins would single out respondents).
      return 'grouped_bar';
    case 'matrix':
      return variable.choices.length <= maxGridColumns ? 'grid' : 'stacked_100';
    case 'panel_dynamic':
      return 'grouped_bar';
    default:
      return 'table';
  }
}
