/**
 * Country comparison of every question in one pass over the responses: counts, shares, means and ranks per country
 * and for ASEAN as a whole, with small-cell suppression. The output is plain JSON for the results API, the dashboard
 * and the country-comparison CSV.
 *
 * Suppression rule (k = minCellSize, default 3):
 * - A country's column for a question is withheld when fewer than k respondents answered the question there;
 *   a single item (matrix row, matrix cell, panel field) is withheld when fewer than k respondents answered it.
 *   Zero counts as fewer than k. A withheld cell carries `suppressed: true` and `n: null` and no figures.
 * - The ASEAN total of an item adds up only the countries shown for that item; withheld countries are listed in
 *   its `excludedCountries`. ASEAN minus the shown countries is therefore always zero, so no withheld cell can be
 *   recovered by subtraction. The ASEAN total is itself withheld when it rests on fewer than k respondents.
 * - For dynamic panels (the account inventory) cells count entries but are suppressed by the number of distinct
 *   respondents behind them, since one agency may list many accounts.
 * - Individual counts inside a shown cell are not suppressed (a code chosen by one of five agencies is shown).
 *   Differencing between two filtered views (e.g. all organisation types vs. ministries only) is not prevented
 *   here; the results API should offer filters coarse enough for the study's disclosure policy.
 */
import type { LocalizedText, Variable, VariableKind } from '../questionnaire/codebook.ts';
import { memberStates } from '../reference/member-states.ts';
import { type ChartType, suggestChart } from './chart-type.ts';
import { withoutPersonalData } from './personal-data.ts';
import type { OrganisationType, ResponseFilter, ResponseRecord } from './response-record.ts';
import { joinLabels } from './survey-codebook.ts';
import {
  AnsweredTally,
  type CellBody,
  DistributionTally,
  type Measure,
  NumericTally,
  RankTally,
  RatingTally,
  ShareTally,
  type Tally,
} from './tallies.ts';

export type { ChartType } from './chart-type.ts';
export type { Measure, NumericStats, RankValue, ValueCount } from './tallies.ts';

/** The pseudo country code of the all-ASEAN column. */
export const aseanTotalCode = 'ASEAN';
export const defaultMinCellSize = 3;

export interface AggregateOptions {
  /** k: cells resting on fewer respondents are withheld. */
  minCellSize?: number;
  /** Only these questions (variable names), in codebook order. */
  questions?: string[];
}

export interface CountryCell extends CellBody {
  /** ISO code, or 'ASEAN' for the total. */
  countryCode: string;
  suppressed: boolean;
  /** The base: respondents who answered (panel fields: entries with an answer); null when suppressed. */
  n: number | null;
  /** Dynamic panels only: distinct respondents behind the entries; null when suppressed. */
  respondents?: number | null;
  /** ASEAN only: countries left out of the total because their cell is suppressed. */
  excludedCountries?: string[];
}

export interface ItemAggregate {
  /** null for the question itself; a matrix row code; `row__column` for a matrix dropdown cell; an item or field name. */
  item: string | null;
  label: LocalizedText | null;
  /** What is counted: the question's kind, or the kind of the matrix cell, item or panel field. */
  kind: VariableKind;
  measure: Measure;
  countries: CountryCell[];
}

export interface QuestionAggregate {
  question: string;
  kind: VariableKind;
  title: LocalizedText;
  page: string;
  chart: ChartType;
  /** Versions the question appears in, when aggregating over a merged codebook. */
  versions?: number[];
  /** Respondents who answered any part of the question, per country and ASEAN; null when suppressed. */
  base: Record<string, number | null>;
  /** Dynamic panels only: entries (e.g. accounts) per country and ASEAN; null when suppressed. */
  entries?: Record<string, number | null>;
  items: ItemAggregate[];
}

export interface AggregateReport {
  minCellSize: number;
  /** Country columns in display order (ASEAN member-state order, others after), then 'ASEAN'. */
  countries: string[];
  questions: QuestionAggregate[];
}

interface ItemState {
  item: string | null;
  label: LocalizedText | null;
  kind: VariableKind;
  tally: Tally;
  /** Per slot: answers counted (entries, for panels). */
  n: number[];
  /** Per slot: distinct respondents behind n; the same array as n unless counting panel entries. */
  respondents: number[];
  /** Per slot, panel entries only: the record sequence number last counted, to count respondents once. */
  lastSeen: number[] | undefined;
}

interface QuestionState {
  variable: Variable;
  items: ItemState[];
  base: number[];
  entries: number[] | undefined;
  /** Reads one respondent's answer to the question; true when any part was answered. */
  read: (slot: number, value: unknown, sequence: number) => boolean;
}

/** Which of the responses taken in a report covers; each field is optional and they combine with AND. */
/**
 * The filters a report can apply to the responses already counted: the analyst's filters (ResponseFilter) that
 * the aggregator keeps counters apart for. Countries also choose the columns, and the ASEAN total is over them.
 */
export type Selection = Pick<
  ResponseFilter,
  'countries' | 'organisationTypes' | 'includeSynthetic' | 'versions'
>;

export interface ResultOptions extends Selection {
  /** k for this report (default: the aggregator's). */
  minCellSize?: number;
}

export interface Aggregator {
  add(record: ResponseRecord): void;
  /** Can be called any number of times, between adds too: the counters are left as they are. */
  result(options?: ResultOptions): AggregateReport;
  /** Records added, and synthetic ones among them, within a selection (default: all). */
  recordCounts(selection?: Selection): { responses: number; syntheticResponses: number };
}

export function aggregateResponses(
  records: Iterable<ResponseRecord>,
  variables: Variable[],
  options: AggregateOptions = {},
): AggregateReport {
  const aggregator = createAggregator(variables, options);
  for (const record of records) aggregator.add(record);
  return aggregator.result();
}

export async function aggregateResponsesAsync(
  records: Iterable<ResponseRecord> | AsyncIterable<ResponseRecord>,
  variables: Variable[],
  options: AggregateOptions = {},
): Promise<AggregateReport> {
  const aggregator = createAggregator(variables, options);
  for await (const record of records) aggregator.add(record);
  return aggregator.result();
}

/** Incremental form, for callers that feed records as they read them. */
export function createAggregator(variables: Variable[], options: AggregateOptions = {}): Aggregator {
  const minCellSize = options.minCellSize ?? defaultMinCellSize;
  const wanted = options.questions ? new Set(options.questions) : undefined;
  // Personal answers (names, e-mails) are never counted: they are not statistics, and a count per country could
  // point at one person.
  const questions = withoutPersonalData(variables)
    .filter((variable) => !wanted || wanted.has(variable.name))
    .map((variable) => questionState(variable));
  // Counters are kept per partition: country, organisation type, demo or not, version. A report adds up the
  // partitions its selection covers, so choosing organisation types, leaving out demo data or picking versions
  // draws from the same counters instead of reading every response again.
  const partitions: Partition[] = [];
  const slotByPartition = new Map<string, number>();
  const recordsPerSlot: number[] = [];
  let sequence = 0;
  const columnsOf = (selection: Selection): Column[] => {
    const slotsByCountry = new Map<string, number[]>();
    for (const [slot, partition] of partitions.entries()) {
      if (!covers(selection, partition)) continue;
      const slots = slotsByCountry.get(partition.countryCode);
      if (slots) slots.push(slot);
      else slotsByCountry.set(partition.countryCode, [slot]);
    }
    return displayOrder([...slotsByCountry].map(([countryCode, slots]) => ({ countryCode, slots })));
  };

  const addPartition = (partition: Partition, key: string): number => {
    const slot = partitions.length;
    partitions.push(partition);
    slotByPartition.set(key, slot);
    recordsPerSlot.push(0);
    for (const question of questions) {
      question.base.push(0);
      question.entries?.push(0);
      for (const item of question.items) {
        item.tally.addSlot();
        item.n.push(0);
        if (item.lastSeen) {
          item.respondents.push(0);
          item.lastSeen.push(0);
        }
      }
    }
    return slot;
  };
  const slotOf = (record: ResponseRecord): number => {
    const { countryCode, organisationType, isSynthetic, versionNumber } = record;
    const key = `${countryCode}|${organisationType}|${isSynthetic ? 1 : 0}|${versionNumber}`;
    return (
      slotByPartition.get(key) ??
      addPartition({ countryCode, organisationType, isSynthetic, versionNumber }, key)
    );
  };

  const questionByName = new Map(questions.map((question) => [question.variable.name, question]));
  return {
    add(record) {
      sequence += 1;
      const slot = slotOf(record);
      addTo(recordsPerSlot, slot);
      const answers = record.answers;
      // Walking the answers a respondent gave is cheaper than looking up every question in each response.
      for (const name in answers) {
        const question = questionByName.get(name);
        if (question === undefined) continue;
        const value = answers[name];
        if (value === undefined || value === null) continue;
        if (question.read(slot, value, sequence)) addTo(question.base, slot);
      }
    },
    result(resultOptions = {}) {
      const k = resultOptions.minCellSize ?? minCellSize;
      const columns = columnsOf(resultOptions);
      return {
        minCellSize: k,
        countries: [...columns.map((column) => column.countryCode), aseanTotalCode],
        questions: questions.map((question) => finishQuestion(question, columns, k)),
      };
    },
    recordCounts(selection = {}) {
      let responses = 0;
      let syntheticResponses = 0;
      for (const [slot, partition] of partitions.entries()) {
        if (!covers(selection, partition)) continue;
        const records = recordsPerSlot[slot] ?? 0;
        responses += records;
        if (partition.isSynthetic) syntheticResponses += records;
      }
      return { responses, syntheticResponses };
    },
  };
}

interface Partition {
  countryCode: string;
  organisationType: OrganisationType;
  isSynthetic: boolean;
  versionNumber: number;
}

/** A country's column of a report: the partitions of that country the selection covers. */
interface Column {
  countryCode: string;
  slots: number[];
}

function covers(selection: Selection, partition: Partition): boolean {
  return (
    (!selection.countries || selection.countries.includes(partition.countryCode)) &&
    (!selection.organisationTypes || selection.organisationTypes.includes(partition.organisationType)) &&
    (selection.includeSynthetic !== false || !partition.isSynthetic) &&
    (!selection.versions || selection.versions.includes(partition.versionNumber))
  );
}

function questionState(variable: Variable): QuestionState {
  const base: number[] = [];
  switch (variable.kind) {
    case 'matrix': {
      const rows = new Map(
        variable.rows.map((row) => [
          row.code,
          itemState(row.code, row.label, 'single_choice', new DistributionTally(variable.choices)),
        ]),
      );
      return { variable, base, entries: undefined, items: [...rows.values()], read: readRecord(rows) };
    }
    case 'multiple_text': {
      const items = new Map(
        variable.columns.map((column) => [
          column.name,
          itemState(column.name, column.title, column.kind, tallyFor(column.kind, column.choices)),
        ]),
      );
      return { variable, base, entries: undefined, items: [...items.values()], read: readRecord(items) };
    }
    case 'matrix_dropdown': {
      const cells = new Map(
        variable.rows.map((row) => [
          row.code,
          new Map(
            variable.columns.map((column) => [
              column.name,
              itemState(
                `${row.code}__${column.name}`,
                joinLabels(row.label, column.title),
                column.kind,
                tallyFor(column.kind, column.choices),
              ),
            ]),
          ),
        ]),
      );
      const items = [...cells.values()].flatMap((columns) => [...columns.values()]);
      const rowReaders = new Map([...cells].map(([row, columns]) => [row, readRecord(columns)]));
      const read = (slot: number, value: unknown, sequence: number): boolean => {
        if (!isRecord(value)) return false;
        let answered = false;
        for (const [row, readRow] of rowReaders) {
          const cells = value[row];
          if (cells !== undefined && readRow(slot, cells, sequence)) answered = true;
        }
        return answered;
      };
      return { variable, base, entries: undefined, items, read };
    }
    case 'matrix_dynamic':
    case 'panel_dynamic': {
      const fields = new Map(
        variable.kind === 'panel_dynamic'
          ? variable.fields.map((field) => [
              field.name,
              itemState(field.name, field.title, field.kind, tallyFor(field.kind, field.choices), true),
            ])
          : variable.columns.map((column) => [
              column.name,
              itemState(column.name, column.title, column.kind, tallyFor(column.kind, column.choices), true),
            ]),
      );
      const entries: number[] = [];
      const readEntry = readRecord(fields);
      const read = (slot: number, value: unknown, sequence: number): boolean => {
        if (!Array.isArray(value) || value.length === 0) return false;
        addTo(entries, slot, value.length);
        for (const entry of value) if (isRecord(entry)) readEntry(slot, entry, sequence);
        return true;
      };
      return { variable, base, entries, items: [...fields.values()], read };
    }
    default: {
      const item = itemState(null, null, variable.kind, tallyFor(variable.kind, variable.choices));
      return {
        variable,
        base,
        entries: undefined,
        items: [item],
        read: (slot, value, sequence) => count(item, slot, value, sequence),
      };
    }
  }
}

function tallyFor(kind: VariableKind, codes: Variable['choices']): Tally {
  switch (kind) {
    case 'single_choice':
    case 'boolean':
      return new DistributionTally(codes);
    case 'rating':
      return new RatingTally(codes);
    case 'multiple_choice':
      return new ShareTally(codes);
    case 'ranking':
      return new RankTally(codes);
    case 'number':
      return new NumericTally();
    default:
      return new AnsweredTally();
  }
}

function itemState(
  item: string | null,
  label: LocalizedText | null,
  kind: VariableKind,
  tally: Tally,
  perEntry = false,
): ItemState {
  const n: number[] = [];
  return perEntry
    ? { item, label, kind, tally, n, respondents: [], lastSeen: [] }
    : { item, label, kind, tally, n, respondents: n, lastSeen: undefined };
}

function count(item: ItemState, slot: number, value: unknown, sequence: number): boolean {
  if (!item.tally.add(slot, value)) return false;
  addTo(item.n, slot);
  const lastSeen = item.lastSeen;
  if (lastSeen !== undefined && lastSeen[slot] !== sequence) {
    lastSeen[slot] = sequence;
    addTo(item.respondents, slot);
  }
  return true;
}

/** Reads an object of sub-answers (matrix rows, multiple-text items, panel fields) into the matching items. */
function readRecord(items: Map<string, ItemState>) {
  // Looking up the few known keys is much cheaper than enumerating each answer object's own keys.
  const keys = [...items.keys()];
  const states = [...items.values()];
  return (slot: number, value: unknown, sequence: number): boolean => {
    if (!isRecord(value)) return false;
    let answered = false;
    for (let index = 0; index < keys.length; index++) {
      const cell = value[keys[index] as string];
      if (cell !== undefined && count(states[index] as ItemState, slot, cell, sequence)) answered = true;
    }
    return answered;
  };
}

function finishQuestion(question: QuestionState, columns: Column[], minCellSize: number): QuestionAggregate {
  const { variable } = question;
  const base = columns.map((column) => sum(question.base, column.slots));
  const questionSuppressed = base.map((n) => n < minCellSize);
  const shown = columns.filter((_, index) => !questionSuppressed[index]);
  const perCountry = (figures: number[]): Record<string, number | null> => {
    const record: Record<string, number | null> = {};
    let total = 0;
    for (const [index, column] of columns.entries()) {
      const figure = sum(figures, column.slots);
      record[column.countryCode] = questionSuppressed[index] ? null : figure;
      if (!questionSuppressed[index]) total += figure;
    }
    record[aseanTotalCode] = sum(question.base, slotsOf(shown)) < minCellSize ? null : total;
    return record;
  };
  const isPanel = question.entries !== undefined;
  return {
    question: variable.name,
    kind: variable.kind,
    title: variable.title,
    page: variable.page,
    chart: suggestChart(variable),
    ...('versions' in variable ? { versions: (variable as { versions: number[] }).versions } : {}),
    base: perCountry(question.base),
    ...(question.entries ? { entries: perCountry(question.entries) } : {}),
    items: question.items.map((item) => ({
      item: item.item,
      label: item.label,
      kind: item.kind,
      measure: item.tally.measure,
      countries: finishItem(item, columns, questionSuppressed, minCellSize, isPanel),
    })),
  };
}

function finishItem(
  item: ItemState,
  columns: Column[],
  questionSuppressed: boolean[],
  minCellSize: number,
  isPanel: boolean,
): CountryCell[] {
  const suppressed = columns.map(
    (column, index) => questionSuppressed[index] || sum(item.respondents, column.slots) < minCellSize,
  );
  const cells: CountryCell[] = columns.map((column, index) => {
    if (suppressed[index]) return withheld(column.countryCode, isPanel);
    const n = sum(item.n, column.slots);
    return {
      countryCode: column.countryCode,
      suppressed: false,
      n,
      ...(isPanel ? { respondents: sum(item.respondents, column.slots) } : {}),
      ...item.tally.body(column.slots, n),
    };
  });
  const shown = slotsOf(columns.filter((_, index) => !suppressed[index]));
  const excludedCountries = columns
    .filter((_, index) => suppressed[index])
    .map((column) => column.countryCode);
  const n = sum(item.n, shown);
  const total: CountryCell =
    sum(item.respondents, shown) < minCellSize
      ? withheld(aseanTotalCode, isPanel)
      : {
          countryCode: aseanTotalCode,
          suppressed: false,
          n,
          ...(isPanel ? { respondents: sum(item.respondents, shown) } : {}),
          ...item.tally.body(shown, n),
        };
  return [...cells, { ...total, excludedCountries }];
}

function slotsOf(columns: Column[]): number[] {
  return columns.flatMap((column) => column.slots);
}

function withheld(countryCode: string, isPanel: boolean): CountryCell {
  return { countryCode, suppressed: true, n: null, ...(isPanel ? { respondents: null } : {}) };
}

function addTo(figures: number[], slot: number, amount = 1): void {
  figures[slot] = (figures[slot] ?? 0) + amount;
}

function sum(figures: number[], slots: number[]): number {
  let total = 0;
  for (const slot of slots) total += figures[slot] ?? 0;
  return total;
}

const memberStateRank = new Map(memberStates.map((state, index) => [state.code, index]));

/** Columns in display order: member states in the reference order, then any other code alphabetically. */
function displayOrder(columns: Column[]): Column[] {
  return [...columns].sort((a, b) => {
    const rankA = memberStateRank.get(a.countryCode) ?? Number.MAX_SAFE_INTEGER;
    const rankB = memberStateRank.get(b.countryCode) ?? Number.MAX_SAFE_INTEGER;
    return rankA - rankB || a.countryCode.localeCompare(b.countryCode);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
