/**
 * Counters behind the aggregates: one per item (a question, a matrix row, a matrix cell, a panel field), each with
 * a slot per partition of the responses (country, organisation type, demo or not, version), so that a single pass
 * over the responses fills every question at once and a report adds up the slots it covers. Slots are indexes
 * handed out by the aggregator as partitions appear.
 */
import type { Code, LocalizedText } from '../questionnaire/codebook.ts';

export type Measure = 'distribution' | 'share' | 'stats' | 'mean_rank' | 'answered';

export interface ValueCount {
  code: string;
  label: LocalizedText;
  count: number;
  /** Of the cell's n, rounded to one decimal. */
  percent: number;
}

export interface NumericStats {
  /** Rounded to two decimals. */
  mean: number;
  median: number;
}

export interface RankValue {
  code: string;
  label: LocalizedText;
  /** 1 = ranked first; rounded to two decimals. */
  meanRank: number;
  /** Respondents who ranked the item. */
  n: number;
}

export interface CellBody {
  values?: ValueCount[];
  stats?: NumericStats;
  ranks?: RankValue[];
}

export interface Tally {
  readonly measure: Measure;
  /** Makes room for the next slot (slots are added one at a time, in order). */
  addSlot(): void;
  /** Counts one answer; false when the value is empty (not an answer). */
  add(slot: number, value: unknown): boolean;
  /** The figures over the given slots together; `n` is their summed base. */
  body(slots: number[], n: number): CellBody;
}

export function percentOf(count: number, n: number): number {
  return n > 0 ? Math.round((count / n) * 1000) / 10 : 0;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A choice answer as a code: strings as they are, numbers and booleans as SurveyJS writes them in codebooks. */
function codeString(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** Counts per code. Codes the codebook does not know (e.g. from a newer, unmerged version) are added as met. */
class CodeCounts {
  readonly codes: Code[];
  private readonly indexByCode: Map<string, number>;
  /** counts[slot][codeIndex] */
  readonly counts: number[][] = [];

  constructor(codes: Code[]) {
    this.codes = [...codes];
    this.indexByCode = new Map(codes.map((code, index) => [code.code, index]));
  }

  addSlot(): void {
    this.counts.push(new Array<number>(this.codes.length).fill(0));
  }

  increment(slot: number, code: string, amount = 1): void {
    let index = this.indexByCode.get(code);
    if (index === undefined) {
      index = this.codes.length;
      this.codes.push({ code, label: { default: code } });
      this.indexByCode.set(code, index);
      for (const row of this.counts) row.push(0);
    }
    const counts = this.counts[slot] as number[];
    counts[index] = (counts[index] ?? 0) + amount;
  }

  values(slots: number[], n: number): ValueCount[] {
    return this.codes.map((code, index) => {
      let count = 0;
      for (const slot of slots) count += this.counts[slot]?.[index] ?? 0;
      return { code: code.code, label: code.label, count, percent: percentOf(count, n) };
    });
  }
}

/** Single choice, boolean, a matrix row: one code per answer. */
export class DistributionTally implements Tally {
  readonly measure: Measure = 'distribution';
  protected readonly codeCounts: CodeCounts;

  constructor(codes: Code[]) {
    this.codeCounts = new CodeCounts(codes);
  }

  addSlot(): void {
    this.codeCounts.addSlot();
  }

  add(slot: number, value: unknown): boolean {
    const code = typeof value === 'string' ? value : codeString(value);
    if (code === undefined || code === '') return false;
    this.codeCounts.increment(slot, code);
    return true;
  }

  body(slots: number[], n: number): CellBody {
    return { values: this.codeCounts.values(slots, n) };
  }
}

/** Ratings: the distribution over the scale, and mean and median computed from it. */
export class RatingTally extends DistributionTally {
  override body(slots: number[], n: number): CellBody {
    const values = this.codeCounts.values(slots, n);
    const scale = values
      .map((value) => ({ score: toNumber(value.code), count: value.count }))
      .filter((point): point is { score: number; count: number } => point.score !== undefined)
      .sort((a, b) => a.score - b.score);
    const total = scale.reduce((sum, point) => sum + point.count, 0);
    if (total === 0) return { values };
    const mean = scale.reduce((sum, point) => sum + point.score * point.count, 0) / total;
    return { values, stats: { mean: round2(mean), median: medianOfCounts(scale, total) } };
  }
}

function medianOfCounts(scale: Array<{ score: number; count: number }>, total: number): number {
  const at = (position: number): number => {
    let seen = 0;
    for (const point of scale) {
      seen += point.count;
      if (position < seen) return point.score;
    }
    return scale.at(-1)?.score ?? 0;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Multiple choice: the share of those who answered that chose each code. */
export class ShareTally implements Tally {
  readonly measure: Measure = 'share';
  private readonly codeCounts: CodeCounts;

  constructor(codes: Code[]) {
    this.codeCounts = new CodeCounts(codes);
  }

  addSlot(): void {
    this.codeCounts.addSlot();
  }

  add(slot: number, value: unknown): boolean {
    if (!Array.isArray(value) || value.length === 0) return false;
    for (const item of value) {
      const code = codeString(item);
      if (code !== undefined) this.codeCounts.increment(slot, code);
    }
    return true;
  }

  body(slots: number[], n: number): CellBody {
    return { values: this.codeCounts.values(slots, n) };
  }
}

/** Numbers: mean and median over the answers. */
export class NumericTally implements Tally {
  readonly measure: Measure = 'stats';
  /** numbers[slot], as answered; sorted[slot], filled when first needed. */
  private readonly numbers: number[][] = [];
  private readonly sorted: Array<Float64Array | undefined> = [];

  addSlot(): void {
    this.numbers.push([]);
    this.sorted.push(undefined);
  }

  add(slot: number, value: unknown): boolean {
    const number = toNumber(value);
    if (number === undefined) return false;
    (this.numbers[slot] as number[]).push(number);
    // Results can be asked for between adds (a live aggregate): the sorted copy is out of date now.
    this.sorted[slot] = undefined;
    return true;
  }

  body(slots: number[]): CellBody {
    const lists = slots.map((slot) => this.sortedOf(slot));
    const length = lists.reduce((total, list) => total + list.length, 0);
    if (length === 0) return {};
    let all = lists[0] ?? new Float64Array();
    if (lists.length > 1) {
      all = new Float64Array(length);
      let offset = 0;
      for (const list of lists) {
        all.set(list, offset);
        offset += list.length;
      }
      all.sort();
    }
    let sum = 0;
    for (const number of all) sum += number;
    const middle = length >> 1;
    const upper = all.at(middle) ?? 0;
    const median = length % 2 === 1 ? upper : ((all.at(middle - 1) ?? 0) + upper) / 2;
    return { stats: { mean: round2(sum / length), median: round2(median) } };
  }

  /** Each slot's numbers sorted once: a slot's cell and the ASEAN total both need them. */
  private sortedOf(slot: number): Float64Array {
    let sorted = this.sorted[slot];
    if (!sorted) {
      sorted = Float64Array.from(this.numbers[slot] ?? []).sort();
      this.sorted[slot] = sorted;
    }
    return sorted;
  }
}

/** Ranking: the mean position of each item among those who ranked it. */
export class RankTally implements Tally {
  readonly measure: Measure = 'mean_rank';
  private readonly sums: CodeCounts;
  private readonly counts: CodeCounts;

  constructor(codes: Code[]) {
    this.sums = new CodeCounts(codes);
    this.counts = new CodeCounts(codes);
  }

  addSlot(): void {
    this.sums.addSlot();
    this.counts.addSlot();
  }

  add(slot: number, value: unknown): boolean {
    if (!Array.isArray(value) || value.length === 0) return false;
    value.forEach((item, position) => {
      const code = codeString(item);
      if (code === undefined) return;
      this.sums.increment(slot, code, position + 1);
      this.counts.increment(slot, code);
    });
    return true;
  }

  body(slots: number[]): CellBody {
    const sums = this.sums.values(slots, 0);
    const counts = this.counts.values(slots, 0);
    return {
      ranks: counts.map((entry, index) => ({
        code: entry.code,
        label: entry.label,
        meanRank: entry.count > 0 ? round2((sums[index]?.count ?? 0) / entry.count) : 0,
        n: entry.count,
      })),
    };
  }
}

/** Free text and anything without codes: only how many answered. */
export class AnsweredTally implements Tally {
  readonly measure: Measure = 'answered';

  addSlot(): void {}

  add(_slot: number, value: unknown): boolean {
    if (isEmpty(value)) return false;
    return !(typeof value === 'string' && value.trim() === '');
  }

  body(): CellBody {
    return {};
  }
}
