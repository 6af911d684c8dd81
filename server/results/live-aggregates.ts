/**
 * Country comparisons kept live: one aggregator per survey and filter stays in memory and takes in responses as
 * they are submitted, instead of reading and parsing every response again whenever anything changes (at 100,000
 * responses a full read takes seconds; catching up with the few submitted since the last request takes
 * milliseconds).
 *
 * Submitted answers never change, so catching up means reading, per version, what was submitted after the last
 * response taken in, by the submission number each submitting transaction assigns (commit order, whatever the
 * clocks of the processes say). A count of submitted rows and the sum of their ids then check that
 * nothing was missed (a restored file) and
 * nothing taken in is gone (demo data removed, even while as many new responses came in); when either is off, the
 * aggregate is built again from scratch. Member-state scope, the country filter, organisation types, demo data
 * and versions are applied when a report is drawn (the aggregator keeps its counters per partition), so one
 * aggregate serves every caller and every such filter; only a range of submission dates needs an aggregate of its own.
 * Each app has its own, as each has its own database.
 */
import {
  type AggregateReport,
  type Aggregator,
  createAggregator,
  matchesFilter,
  type ResponseFilter,
  type Selection,
} from '../analysis/index.ts';
import type { Repositories } from '../db/repositories/index.ts';
import {
  effectiveCountries,
  everySurveyData,
  type ResultsQuery,
  type SurveyData,
  versionIdsFor,
} from './survey-data.ts';

export interface LiveReport {
  report: AggregateReport;
  /** Responses behind the report, and synthetic (demo) ones among them. */
  responses: number;
  syntheticResponses: number;
}

export interface LiveAggregate {
  /** Changes whenever the aggregate does: a cache of anything drawn from it can key on it. */
  readonly state: string;
  /** Responses taken in (after the filter), over every country. */
  readonly responses: number;
  /** The report over the countries the query and the caller's scope allow. */
  report(query: ResultsQuery, scope: string[] | 'all'): LiveReport;
}

/** What an aggregate has taken in so far; replaced whole when it starts again. */
interface Progress {
  aggregator: Aggregator;
  /** Per version, the submission number of the last response taken in. */
  cursors: Map<number, number>;
  /** Submitted responses read, whether or not the filter kept them: compared with the stored count. */
  read: number;
  /** The sum of their ids: compared with the stored sum. */
  idSum: number;
  generation: number;
}

interface Entry extends Progress {
  survey: SurveyData;
  versionIds: number[];
  filter: ResponseFilter;
  /** The first submission time the filter keeps (nothing earlier can match), as stored. */
  submittedFrom: string | undefined;
  /** Catch-ups of one entry run one after another. */
  queue: Promise<void>;
}

export interface LiveAggregates {
  /** The live aggregate for a survey and query, caught up with every submission so far. */
  current(data: SurveyData, query: ResultsQuery): Promise<LiveAggregate>;
}

// Each holds counts per code and country and the numbers answered (~7 MB at 100,000 responses): a few fit the heap.
export function createLiveAggregates(repositories: Repositories, { maxEntries = 8 } = {}): LiveAggregates {
  const entries = new Map<string, Entry>();
  let generations = 0;

  const nothingRead = (data: SurveyData): Progress => ({
    aggregator: createAggregator(data.codebook, { minCellSize: data.survey.minimumCellSize }),
    cursors: new Map(),
    read: 0,
    idSum: 0,
    generation: ++generations,
  });
  const startAgain = (entry: Entry) => Object.assign(entry, nothingRead(entry.survey));

  const readNew = async (entry: Entry) => {
    for (const versionId of entry.versionIds) {
      const records = repositories.responses.streamSubmittedAfter(
        versionId,
        entry.cursors.get(versionId) ?? 0,
        entry.submittedFrom,
      );
      for await (const record of records) {
        entry.read += 1;
        entry.idSum += record.id;
        entry.cursors.set(versionId, record.submissionSequence);
        if (matchesFilter(record, entry.filter)) entry.aggregator.add(record);
      }
    }
  };

  const catchUp = async (entry: Entry) => {
    // Responses submitted while reading are taken in by the next pass; a count that stays off means one was missed.
    for (let pass = 0; pass < 3; pass++) {
      await readNew(entry);
      const submitted = await repositories.responses.tallySubmitted(entry.versionIds, entry.submittedFrom);
      if (submitted.rows === entry.read && submitted.idSum === entry.idSum) return;
      // Fewer than read, or as many but not the same ones: some were removed, and reading on cannot undo that.
      if (submitted.rows <= entry.read) break;
    }
    startAgain(entry);
    await readNew(entry);
  };

  const entryFor = (data: SurveyData, query: ResultsQuery): Entry => {
    // Every version is read: versions, like countries, are chosen when a report is drawn.
    const versionIds = versionIdsFor(data, undefined);
    const filter = filterOf(query);
    const key = JSON.stringify([data.survey.id, data.survey.minimumCellSize, versionIds, filter]);
    let entry = entries.get(key);
    if (entry) {
      entries.delete(key); // re-inserted below: the map's order is the order of last use
    } else {
      const submittedFrom = submittedFromOf(filter);
      entry = {
        survey: data,
        versionIds,
        filter,
        submittedFrom,
        queue: Promise.resolve(),
        ...nothingRead(data),
      };
    }
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    return entry;
  };

  return {
    async current(data, query) {
      const entry = entryFor(data, query);
      entry.queue = entry.queue.then(() =>
        catchUp(entry).catch((error: unknown) => {
          startAgain(entry); // half read: the next request starts again rather than trusting it
          throw error;
        }),
      );
      const caughtUp = entry.queue;
      entry.queue = caughtUp.catch(() => {}); // one failure must not block every later catch-up
      await caughtUp;
      const { aggregator } = entry;
      return {
        state: `${entry.generation}:${entry.read}`,
        responses: aggregator.recordCounts().responses,
        report(reportQuery, scope) {
          const selection = selectionOf(reportQuery, scope);
          return { report: aggregator.result(selection), ...aggregator.recordCounts(selection) };
        },
      };
    },
  };
}

/**
 * The filters an aggregate is built with: only the submission dates. Everything else (member states within the
 * caller's scope, organisation types, demo data, versions) is chosen when a report is drawn, from the same counters.
 */
function filterOf(query: ResultsQuery): ResponseFilter {
  return {
    ...(query.submittedFrom ? { submittedFrom: query.submittedFrom } : {}),
    ...(query.submittedTo ? { submittedTo: query.submittedTo } : {}),
  };
}

/**
 * A range of dates is read from its first day on, rather than reading every submission and keeping those in range.
 * Stored times are toISOString() text, so text order is time order.
 */
function submittedFromOf(filter: ResponseFilter): string | undefined {
  const from = filter.submittedFrom ? Date.parse(filter.submittedFrom) : Number.NaN;
  return Number.isNaN(from) ? undefined : new Date(from).toISOString();
}

function selectionOf(query: ResultsQuery, scope: string[] | 'all'): Selection {
  const countries = effectiveCountries(query.countries, scope);
  return {
    ...(countries ? { countries } : {}),
    ...(query.organisationTypes ? { organisationTypes: query.organisationTypes } : {}),
    ...(query.includeSynthetic === false ? { includeSynthetic: false } : {}),
    ...(query.versions ? { versions: query.versions } : {}),
  };
}

/**
 * Builds the unfiltered comparison of every survey with published versions, so that the first analyst after a
 * restart does not wait for every response to be read. Runs after the server listens; the reads give the event loop
 * a turn between pages, and a request that arrives meanwhile waits for the same build instead of starting another.
 */
export async function warmLiveAggregates(
  repositories: Repositories,
  live: LiveAggregates,
  log: { info(fields: object, message: string): void; warn(fields: object, message: string): void },
): Promise<void> {
  const started = performance.now();
  let responses = 0;
  for await (const data of everySurveyData(repositories, log))
    responses += (await live.current(data, {})).responses;
  log.info({ responses, ms: Math.round(performance.now() - started) }, 'live aggregates ready');
}
