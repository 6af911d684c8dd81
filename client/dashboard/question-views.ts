/**
 * How each question is shown: which view (stacked bars, grouped bars, bars per answer, means, mean ranks, a
 * country × item grid, panel entries, texts answered), the data table behind it and the rows of its CSV file.
 * Pure functions of the aggregate, so the card, the country profile and the downloads agree.
 */
import { aseanCode, countryName, formatNumber, formatPercent, textIn, withheldText } from './labels.ts';
import type { CountryCell, ItemAggregate, LocalizedText, QuestionAggregate } from './types.ts';

export type ViewKind =
  | 'stacked' // 100% stacked bars, one per country
  | 'grouped' // grouped bars per country, one bar per answer
  | 'codes' // horizontal bars per answer for ASEAN (and one country beside it)
  | 'stats' // mean and median per country
  | 'ranks' // mean rank per item for ASEAN (and one country)
  | 'answered' // texts: how many answered, with the texts on request
  | 'grid' // country × item table with coloured cells
  | 'items' // matrix rows as 100% stacked bars, for one scope
  | 'entries'; // dynamic panels: entries (e.g. accounts) per country

export interface QuestionView {
  key: string;
  label: string;
  kind: ViewKind;
  /** The item(s) the view draws: one, or all of a matrix; none for panel entries. */
  items: ItemAggregate[];
  /** Dynamic panels count entries (accounts), so bars show counts rather than shares. */
  counts: boolean;
}

/** Beyond this many answers, bars per country become unreadable and bars per answer take over. */
const maxCodesPerBar = 6;

export interface Code {
  code: string;
  label: LocalizedText;
}

/** The answers (codes) of an item, from the first cell that has figures. */
export function codesOf(item: ItemAggregate): Code[] {
  for (const cell of [...item.countries].reverse()) {
    const list = cell.values ?? cell.ranks;
    if (list) return list.map(({ code, label }) => ({ code, label }));
  }
  return [];
}

function singleView(
  item: ItemAggregate,
  key: string,
  label: string,
  chart: QuestionAggregate['chart'] | null,
  counts: boolean,
): QuestionView {
  const codeCount = codesOf(item).length;
  const few = codeCount <= maxCodesPerBar;
  const base = { key, label, items: [item], counts };
  switch (item.measure) {
    case 'distribution':
      return { ...base, kind: (chart ? chart === 'stacked_100' : few) ? 'stacked' : 'codes' };
    case 'share':
      return { ...base, kind: (chart ? chart === 'grouped_bar' : few) ? 'grouped' : 'codes' };
    case 'stats':
      return { ...base, kind: 'stats' };
    case 'mean_rank':
      return { ...base, kind: 'ranks' };
    default:
      return { ...base, kind: 'answered' };
  }
}

/** The views a question offers (the card shows a choice when there is more than one) and the first to show. */
export function viewsOf(question: QuestionAggregate, lang: string): QuestionView[] {
  const { items } = question;
  const itemLabel = (item: ItemAggregate) => textIn(item.label, lang) || item.item || '';
  if (question.entries) {
    const fields = items.map((item, index) => singleView(item, `item-${index}`, itemLabel(item), null, true));
    const entries: QuestionView = {
      key: 'entries',
      label: 'Entries per country',
      kind: 'entries',
      items: [],
      counts: true,
    };
    // The first choice field (e.g. accounts per platform) says more than the bare number of entries.
    const firstChoice = fields.findIndex((view) => view.kind !== 'answered' && view.kind !== 'stats');
    return firstChoice < 0
      ? [entries, ...fields]
      : [fields[firstChoice] as QuestionView, entries, ...fields.filter((_, index) => index !== firstChoice)];
  }
  const [first] = items;
  if (!first) return [];
  if (items.length === 1) return [singleView(first, 'item-0', '', question.chart, false)];
  const coded = items.every((item) => item.measure === 'distribution' || item.measure === 'share');
  if (coded && question.kind === 'matrix' && question.chart === 'stacked_100')
    return [{ key: 'items', label: '', kind: 'items', items, counts: false }];
  if (coded) return [{ key: 'grid', label: '', kind: 'grid', items, counts: false }];
  return items.map((item, index) => singleView(item, `item-${index}`, itemLabel(item), null, false));
}

/** Scopes in display order: member states, then the ASEAN total. */
export function scopeCodes(countries: readonly string[]): string[] {
  return [...countries.filter((code) => code !== aseanCode), aseanCode];
}

export function cellOf(item: ItemAggregate, countryCode: string): CountryCell | undefined {
  return item.countries.find((cell) => cell.countryCode === countryCode);
}

export interface TableRow {
  countryCode: string;
  header: string;
  /** Withheld rows have no figures: the table spans one note over the columns. */
  withheld: boolean;
  cells: string[];
}

export interface TableGroup {
  /** The matrix row or field; null when the table has one group. */
  label: string | null;
  rows: TableRow[];
}

export interface TableModel {
  columns: string[];
  groups: TableGroup[];
  /** A note under the table, e.g. what a mean rank means. */
  note?: string;
}

function percentWithCount(value: { percent: number; count: number }): string {
  return `${formatPercent(value.percent)} (${value.count})`;
}

function codedColumns(items: ItemAggregate[]): { codes: Code[]; stats: boolean } {
  const codes = new Map<string, Code>();
  for (const item of items)
    for (const code of codesOf(item)) if (!codes.has(code.code)) codes.set(code.code, code);
  const stats = items.some((item) => item.countries.some((cell) => cell.stats));
  return { codes: [...codes.values()], stats };
}

function itemRows(
  item: ItemAggregate,
  scopes: string[],
  minCellSize: number,
  cellsOf: (cell: CountryCell) => string[],
): TableRow[] {
  return scopes.map((countryCode) => {
    const cell = cellOf(item, countryCode);
    const header = countryName(countryCode);
    if (!cell || cell.suppressed)
      return { countryCode, header, withheld: true, cells: [withheldText(minCellSize)] };
    return { countryCode, header, withheld: false, cells: cellsOf(cell) };
  });
}

/** The data table of a view: one row per country and the ASEAN total (per matrix row for grids). */
export function tableOf(
  question: QuestionAggregate,
  view: QuestionView,
  countries: readonly string[],
  minCellSize: number,
  lang: string,
): TableModel {
  const scopes = scopeCodes(countries);
  if (view.kind === 'entries') {
    const entries = question.entries ?? {};
    return {
      columns: ['Entries', 'Respondents'],
      groups: [
        {
          label: null,
          rows: scopes.map((countryCode) => {
            const count = entries[countryCode];
            const header = countryName(countryCode);
            if (count === null || count === undefined)
              return { countryCode, header, withheld: true, cells: [withheldText(minCellSize)] };
            return {
              countryCode,
              header,
              withheld: false,
              cells: [formatNumber(count), formatNumber(question.base[countryCode] ?? 0)],
            };
          }),
        },
      ],
    };
  }
  const grouped = view.items.length > 1;
  const groupLabel = (item: ItemAggregate) => (grouped ? textIn(item.label, lang) || item.item : null);
  switch (view.kind) {
    case 'stats':
      return {
        columns: ['n', 'Mean', 'Median'],
        groups: view.items.map((item) => ({
          label: groupLabel(item),
          rows: itemRows(item, scopes, minCellSize, (cell) => [
            formatNumber(cell.n ?? 0),
            cell.stats ? formatNumber(cell.stats.mean) : '—',
            cell.stats ? formatNumber(cell.stats.median) : '—',
          ]),
        })),
      };
    case 'answered':
      return {
        columns: ['Answered'],
        groups: view.items.map((item) => ({
          label: groupLabel(item),
          rows: itemRows(item, scopes, minCellSize, (cell) => [formatNumber(cell.n ?? 0)]),
        })),
      };
    case 'ranks': {
      const { codes } = codedColumns(view.items);
      return {
        columns: ['n', ...codes.map((code) => textIn(code.label, lang))],
        note: 'Mean rank: 1 = ranked first; a lower figure means ranked higher.',
        groups: view.items.map((item) => ({
          label: groupLabel(item),
          rows: itemRows(item, scopes, minCellSize, (cell) => [
            formatNumber(cell.n ?? 0),
            ...codes.map((code) => {
              const rank = cell.ranks?.find((entry) => entry.code === code.code);
              return rank && rank.n > 0 ? formatNumber(rank.meanRank) : '—';
            }),
          ]),
        })),
      };
    }
    default: {
      const { codes, stats } = codedColumns(view.items);
      const shareNote =
        view.items[0]?.measure === 'share'
          ? 'Share of those who answered that chose each answer (more than one answer allowed), with the count.'
          : 'Share of those who answered, with the count.';
      return {
        columns: [
          view.counts ? 'Entries (n)' : 'n',
          ...codes.map((code) => textIn(code.label, lang)),
          ...(stats ? ['Mean', 'Median'] : []),
        ],
        note: shareNote,
        groups: view.items.map((item) => ({
          label: groupLabel(item),
          rows: itemRows(item, scopes, minCellSize, (cell) => [
            formatNumber(cell.n ?? 0),
            ...codes.map((code) => {
              const value = cell.values?.find((entry) => entry.code === code.code);
              return value ? percentWithCount(value) : '—';
            }),
            ...(stats
              ? [
                  cell.stats ? formatNumber(cell.stats.mean) : '—',
                  cell.stats ? formatNumber(cell.stats.median) : '—',
                ]
              : []),
          ]),
        })),
      };
    }
  }
}

/** The base line and suppression notes of a question, in words. */
export function baseNotes(
  question: QuestionAggregate,
  countries: readonly string[],
  minCellSize: number,
): { base: string; withheld: string | null; excluded: string | null } {
  const scopes = scopeCodes(countries);
  const shown = scopes
    .filter((code) => question.base[code] !== null && question.base[code] !== undefined)
    .map((code) => `${code === aseanCode ? 'ASEAN' : code} ${question.base[code]}`);
  const withheld = scopes.filter((code) => question.base[code] === null);
  const excluded = new Set<string>();
  const itemWithheld = new Set<string>();
  for (const item of question.items)
    for (const cell of item.countries) {
      for (const code of cell.excludedCountries ?? []) excluded.add(code);
      if (cell.suppressed && question.base[cell.countryCode] !== null) itemWithheld.add(cell.countryCode);
    }
  const withheldParts: string[] = [];
  if (withheld.length > 0)
    withheldParts.push(
      `Withheld, fewer than ${minCellSize} responses: ${withheld.map((code) => countryName(code)).join(', ')}.`,
    );
  if (itemWithheld.size > 0)
    withheldParts.push(
      `Some items withheld (fewer than ${minCellSize} answers) for: ${[...itemWithheld].map((code) => countryName(code)).join(', ')}.`,
    );
  return {
    base: `Base (respondents who answered${question.entries ? ' at least one entry' : ''}): ${shown.join(' · ') || 'none'}`,
    withheld: withheldParts.length > 0 ? withheldParts.join(' ') : null,
    excluded:
      excluded.size > 0
        ? `The ASEAN total leaves out withheld countries: ${[...excluded].sort().join(', ')}.`
        : null,
  };
}

export const csvColumns = [
  'question',
  'question_title',
  'item',
  'item_label',
  'country',
  'country_name',
  'suppressed',
  'n',
  'respondents',
  'code',
  'code_label',
  'count',
  'percent',
  'mean',
  'median',
  'mean_rank',
] as const;

export type CsvRow = Record<(typeof csvColumns)[number], string | number | boolean | null>;

/** The question's figures in long form: one row per country and answer, withheld cells marked. */
export function csvRowsOf(question: QuestionAggregate, countries: readonly string[], lang: string): CsvRow[] {
  const scopes = scopeCodes(countries);
  const rows: CsvRow[] = [];
  const blank = (item: string | null, itemLabel: string, countryCode: string): CsvRow => ({
    question: question.question,
    question_title: textIn(question.title, lang),
    item,
    item_label: itemLabel,
    country: countryCode,
    country_name: countryName(countryCode),
    suppressed: false,
    n: null,
    respondents: null,
    code: null,
    code_label: null,
    count: null,
    percent: null,
    mean: null,
    median: null,
    mean_rank: null,
  });
  if (question.entries)
    for (const countryCode of scopes) {
      const entries = question.entries[countryCode];
      rows.push({
        ...blank('(entries)', 'Entries', countryCode),
        suppressed: entries === null || entries === undefined,
        n: entries ?? null,
        respondents: question.base[countryCode] ?? null,
      });
    }
  for (const item of question.items) {
    const itemLabel = textIn(item.label, lang);
    for (const countryCode of scopes) {
      const cell = cellOf(item, countryCode);
      const row = blank(item.item, itemLabel, countryCode);
      if (!cell || cell.suppressed) {
        rows.push({ ...row, suppressed: true });
        continue;
      }
      const common = { ...row, n: cell.n, respondents: cell.respondents ?? null };
      for (const value of cell.values ?? [])
        rows.push({
          ...common,
          code: value.code,
          code_label: textIn(value.label, lang),
          count: value.count,
          percent: value.percent,
        });
      for (const rank of cell.ranks ?? [])
        rows.push({
          ...common,
          code: rank.code,
          code_label: textIn(rank.label, lang),
          count: rank.n,
          mean_rank: rank.n > 0 ? rank.meanRank : null,
        });
      if (cell.stats) rows.push({ ...common, mean: cell.stats.mean, median: cell.stats.median });
      if (!cell.values && !cell.ranks && !cell.stats) rows.push(common);
    }
  }
  return rows;
}
