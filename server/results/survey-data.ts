/**
 * What analysis and exports of one survey need from the store: its versions, the codebook merged across them, and a
 * stream of response records narrowed to the caller's member states and filters. The country scope is applied in
 * SQL, so a coordinator's request never reads another country's rows. The streams take turns with other requests
 * (taking-turns.ts): whoever reads them, an export or the text drill-down, leaves the event loop free every few ms.
 */
import {
  type CodebookEntry,
  filterRecordsAsync,
  mergeCodebooks,
  type OrganisationType,
  type ResponseFilter,
  type ResponseRecord,
  withoutPersonalAnswers,
} from '../analysis/index.ts';
import type { Repositories } from '../db/repositories/index.ts';
import type { ResponseScope } from '../db/repositories/response-repository.ts';
import type { Survey, SurveyVersionMeta } from '../db/repositories/survey-repository.ts';
import { DomainError, errors } from '../errors.ts';
import { type RenderedResponseRecord, wideLayout } from '../export/index.ts';
import type { CompiledVersions } from '../questionnaire/compiled-version.ts';
import { takingTurns } from './taking-turns.ts';

export interface SurveyData {
  survey: Survey;
  versions: SurveyVersionMeta[];
  codebook: CodebookEntry[];
}

export interface ResultsQuery {
  versions?: number[];
  countries?: string[];
  organisationTypes?: OrganisationType[];
  submittedFrom?: string;
  submittedTo?: string;
  includeSynthetic?: boolean;
  includeUnsubmitted?: boolean;
  /**
   * Personal data, for callers allowed to see it who asked: contact names and e-mails of invitees, and the answers
   * to questions marked personal (left out of the records otherwise).
   */
  withContacts?: boolean;
}

/**
 * Merged codebooks of each app, by the versions they merge (number and content hash): versions are immutable, so a
 * merge never goes stale.
 */
const mergedCodebooksOfApp = new WeakMap<CompiledVersions, Map<string, CodebookEntry[]>>();

export async function loadSurveyData(repositories: Repositories, slug: string): Promise<SurveyData> {
  const survey = await repositories.surveys.findBySlug(slug);
  if (!survey) throw errors.notFound(`Survey "${slug}"`);
  const versions = (await repositories.surveys.listVersionMetas(survey.id)).filter(
    (version) => version.status !== 'draft',
  );
  let mergedCodebooks = mergedCodebooksOfApp.get(repositories.compiledVersions);
  if (!mergedCodebooks) {
    mergedCodebooks = new Map();
    mergedCodebooksOfApp.set(repositories.compiledVersions, mergedCodebooks);
  }
  const key = versions.map((version) => `${version.versionNumber}:${version.contentHash}`).join(',');
  let codebook = mergedCodebooks.get(key);
  if (!codebook) {
    const compiled = await Promise.all(
      versions.map(async (version) => ({
        versionNumber: version.versionNumber,
        variables: (await repositories.compiledVersions.of(version)).variables,
      })),
    );
    codebook = mergeCodebooks(compiled);
    mergedCodebooks.set(key, codebook);
  }
  return { survey, versions, codebook };
}

/**
 * Every survey that has a published (or closed) version, for work done across all of them at start. A survey with a
 * version that cannot be compiled is logged and skipped, so that one bad stored definition leaves the others served.
 */
export async function* everySurveyData(
  repositories: Repositories,
  log?: { warn(fields: object, message: string): void },
): AsyncGenerator<SurveyData> {
  for (const survey of await repositories.surveys.list()) {
    let data: SurveyData;
    try {
      data = await loadSurveyData(repositories, survey.slug);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'version_uncompilable')) throw error;
      log?.warn(
        { survey: survey.slug, reason: error.message },
        'survey skipped: a version cannot be compiled',
      );
      continue;
    }
    if (data.versions.length > 0) yield data;
  }
}

/** The member states a request covers: the filter within the caller's scope. */
export function effectiveCountries(
  requested: string[] | undefined,
  scope: string[] | 'all',
): string[] | undefined {
  if (scope === 'all') return requested;
  return requested ? requested.filter((code) => scope.includes(code)) : scope;
}

export function versionIdsFor(data: SurveyData, versionNumbers: number[] | undefined): number[] {
  return data.versions
    .filter((version) => !versionNumbers || versionNumbers.includes(version.versionNumber))
    .map((version) => version.id);
}

export function recordStream(
  repositories: Repositories,
  data: SurveyData,
  query: ResultsQuery,
  scope: string[] | 'all',
): AsyncIterable<ResponseRecord> {
  const { responseScope, filter } = narrowTo(data, query, scope);
  const records = filterRecordsAsync(repositories.responses.streamRecords(responseScope), filter);
  return takingTurns(query.withContacts ? records : withoutPersonalAnswersOf(records, data.codebook));
}

/** Every reader of records (responses, drill-downs, long export) gets them without personal answers by default. */
async function* withoutPersonalAnswersOf(
  records: AsyncIterable<ResponseRecord>,
  codebook: CodebookEntry[],
): AsyncGenerator<ResponseRecord> {
  for await (const record of records) {
    const answers = withoutPersonalAnswers(codebook, record.answers);
    yield answers === record.answers ? record : { ...record, answers };
  }
}

/** The records of the wide export in codes: responses with answer cells stored for the codebook come without answers. */
export function wideRecordStream(
  repositories: Repositories,
  data: SurveyData,
  query: ResultsQuery,
  scope: string[] | 'all',
): AsyncIterable<ResponseRecord | RenderedResponseRecord> {
  const { responseScope, filter } = narrowTo(data, query, scope);
  return takingTurns(
    filterRecordsAsync(
      repositories.responses.streamWideRecords(responseScope, wideLayout(data.codebook)),
      filter,
    ),
  );
}

/** The SQL side of a request (versions, member states, status, contacts) and the rest as a record filter. */
function narrowTo(
  data: SurveyData,
  query: ResultsQuery,
  scope: string[] | 'all',
): { responseScope: ResponseScope; filter: ResponseFilter } {
  const countries = effectiveCountries(query.countries, scope);
  const filter: ResponseFilter = {
    ...(query.organisationTypes ? { organisationTypes: query.organisationTypes } : {}),
    ...(query.submittedFrom ? { submittedFrom: query.submittedFrom } : {}),
    ...(query.submittedTo ? { submittedTo: query.submittedTo } : {}),
    ...(query.includeSynthetic === false ? { includeSynthetic: false } : {}),
    ...(query.includeUnsubmitted ? { includeUnsubmitted: true } : {}),
  };
  const responseScope: ResponseScope = {
    surveyVersionIds: versionIdsFor(data, query.versions),
    ...(countries ? { countryCodes: countries } : {}),
    submittedOnly: !query.includeUnsubmitted,
    ...(query.withContacts ? { withContacts: true } : {}),
  };
  return { responseScope, filter };
}
