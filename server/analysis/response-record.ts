/**
 * The input of analysis and export: one response as the lead's repositories hand it over, with the SurveyJS answers
 * keyed by question name. Analysis never reads the database itself.
 */
import type { OrganisationType } from '../reference/organisation-types.ts';

export type { OrganisationType };

export interface ResponseRecord {
  id: number;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  organisationName: string;
  organisationType: OrganisationType;
  versionNumber: number;
  locale: string | null;
  /** ISO 8601. */
  startedAt: string;
  submittedAt: string | null;
  isSynthetic: boolean;
  /** SurveyJS data keyed by question name; `<name>-Comment` holds an "other" text. */
  answers: Record<string, unknown>;
  /** Personal data of the invitee: present only when an export asked for it. */
  contactName?: string | null;
  contactEmail?: string | null;
}

/** The filters the analyst's view offers; every field is optional and they combine with AND. */
export interface ResponseFilter {
  versions?: number[];
  countries?: string[];
  organisationTypes?: OrganisationType[];
  /** Inclusive lower bound on submittedAt (ISO 8601 date or timestamp). */
  submittedFrom?: string;
  /** Inclusive upper bound on submittedAt; a bare date (YYYY-MM-DD) includes that whole day. */
  submittedTo?: string;
  /** Only submitted responses (the default) or also those in progress. */
  includeUnsubmitted?: boolean;
  /** Synthetic (demo) responses are kept unless set to false. */
  includeSynthetic?: boolean;
}

/** What filters read of a response: everything but its answers. */
export type ResponseMeta = Omit<ResponseRecord, 'answers'>;

export function matchesFilter(record: ResponseMeta, filter: ResponseFilter): boolean {
  if (!filter.includeUnsubmitted && record.submittedAt === null) return false;
  if (filter.includeSynthetic === false && record.isSynthetic) return false;
  if (filter.versions && !filter.versions.includes(record.versionNumber)) return false;
  if (filter.countries && !filter.countries.includes(record.countryCode)) return false;
  if (filter.organisationTypes && !filter.organisationTypes.includes(record.organisationType)) return false;
  if (filter.submittedFrom || filter.submittedTo) {
    const submitted = record.submittedAt;
    if (submitted === null) return false;
    if (filter.submittedFrom && Date.parse(submitted) < Date.parse(filter.submittedFrom)) return false;
    if (filter.submittedTo && Date.parse(submitted) > endOf(filter.submittedTo)) return false;
  }
  return true;
}

/** Lazily filters records; works on arrays, generators and database cursors alike. */
export function* filterRecords(
  records: Iterable<ResponseRecord>,
  filter: ResponseFilter,
): Generator<ResponseRecord> {
  for (const record of records) if (matchesFilter(record, filter)) yield record;
}

/** The async twin of filterRecords, for streamed exports. */
export async function* filterRecordsAsync<Record extends ResponseMeta>(
  records: Iterable<Record> | AsyncIterable<Record>,
  filter: ResponseFilter,
): AsyncGenerator<Record> {
  for await (const record of records) if (matchesFilter(record, filter)) yield record;
}

const bareDate = /^\d{4}-\d{2}-\d{2}$/;

function endOf(bound: string): number {
  return bareDate.test(bound) ? Date.parse(`${bound}T23:59:59.999Z`) : Date.parse(bound);
}
