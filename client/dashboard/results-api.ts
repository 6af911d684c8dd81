/** The dashboard's requests to the results API, through the workspace's client (session cookie, errors as ApiError). */
import { api } from '../workspace/api.ts';
import type { CountryProgress, SurveySummary } from '../workspace/types.ts';
import { type Filters, filterQuery, withParams } from './filters.ts';
import type { AggregateReport, ResponseRecordSummary, TextAnswer } from './types.ts';

const slugPath = (slug: string) => encodeURIComponent(slug);

/** Reports by address, so switching the language or going back to a view does not ask again. */
const reportCache = new Map<string, Promise<AggregateReport>>();
const maxCached = 8;

export function loadSurveys(): Promise<SurveySummary[]> {
  return api.get<{ surveys: SurveySummary[] }>('/api/surveys').then((body) => body.surveys);
}

export function loadAggregates(slug: string, filters: Filters, options: { countries?: boolean } = {}) {
  const path = withParams(`/api/results/${slugPath(slug)}/aggregates`, filterQuery(filters, options));
  let report = reportCache.get(path);
  if (!report) {
    report = api.get<AggregateReport>(path);
    report.catch(() => reportCache.delete(path));
    reportCache.set(path, report);
    if (reportCache.size > maxCached) reportCache.delete(reportCache.keys().next().value as string);
  }
  return report;
}

/** Response rates from the invitations, demo invitations counted only when the filters include demo data. */
export function loadProgress(slug: string, filters: Pick<Filters, 'synthetic'>): Promise<CountryProgress[]> {
  return api
    .get<{ countries: CountryProgress[] }>(
      withParams(`/api/surveys/${slugPath(slug)}/progress`, { synthetic: String(filters.synthetic) }),
    )
    .then((body) => body.countries);
}

export function loadTexts(slug: string, path: string, filters: Filters): Promise<TextAnswer[]> {
  return api
    .get<{ answers: TextAnswer[] }>(
      withParams(`/api/results/${slugPath(slug)}/text/${encodeURIComponent(path)}`, filterQuery(filters)),
    )
    .then((body) => body.answers);
}

/**
 * Whether the responses within the filters include synthetic demo data, as far as one record shows: the API has
 * no count of synthetic responses, so a first record that is real leaves the answer open (null).
 */
export async function firstRecordIsSynthetic(slug: string, filters: Filters): Promise<boolean | null> {
  if (!filters.synthetic) return false;
  const body = await api.get<{ responses: ResponseRecordSummary[] }>(
    withParams(`/api/results/${slugPath(slug)}/responses`, { ...filterQuery(filters), limit: '1' }),
  );
  const [first] = body.responses;
  if (!first) return false;
  return first.isSynthetic || first.organisationName.endsWith('(demo data)') ? true : null;
}
