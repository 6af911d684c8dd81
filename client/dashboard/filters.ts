/**
 * What the dashboard shows lives in the address, so that a view can be shared and reloaded: the page
 * (`/dashboard` or `/dashboard/country/<ISO2>`), the survey, the filters the results API takes and the display
 * language. Reading and writing the address happens only here.
 */

import {
  organisationTypes as organisationTypeCodes,
  organisationTypeLabels,
} from '../../server/reference/organisation-types.ts';

/** The server's one list of organisation types, so the `types=` filter offers exactly what invitations hold. */
export const organisationTypes = organisationTypeCodes.map((code) => ({
  code,
  label: organisationTypeLabels[code],
}));

export interface Filters {
  versions: number[];
  countries: string[];
  types: string[];
  from: string;
  to: string;
  /**
   * Include synthetic demo responses. Off unless the address says synthetic=true, as in tracking and progress: the
   * dashboard shows the study's real responses unless asked for demo data.
   */
  synthetic: boolean;
}

export interface DashboardState {
  /** null for the overview; an ISO code for a country profile. */
  country: string | null;
  survey: string;
  filters: Filters;
  /** Language of question texts and labels: 'en' or a locale the codebook has. */
  lang: string;
}

const isoCode = /^[A-Z]{2}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const typeCodes = new Set<string>(organisationTypes.map((type) => type.code));

function listOf(value: string | null): string[] {
  return value ? value.split(',').filter((part) => part !== '') : [];
}

export function emptyFilters(): Filters {
  return { versions: [], countries: [], types: [], from: '', to: '', synthetic: false };
}

export function readState(location: Pick<Location, 'pathname' | 'search'>): DashboardState {
  const params = new URLSearchParams(location.search);
  const match = /^\/dashboard\/country\/([A-Za-z]{2})\/?$/.exec(location.pathname);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    country: match?.[1] ? match[1].toUpperCase() : null,
    survey: params.get('survey') ?? '',
    lang: params.get('lang') ?? 'en',
    filters: {
      versions: listOf(params.get('versions'))
        .map(Number)
        .filter((version) => Number.isInteger(version) && version > 0),
      countries: listOf(params.get('countries')).filter((code) => isoCode.test(code)),
      types: listOf(params.get('types')).filter((type) => typeCodes.has(type)),
      from: isoDate.test(from) ? from : '',
      to: isoDate.test(to) ? to : '',
      synthetic: params.get('synthetic') === 'true',
    },
  };
}

/**
 * The filters as the results and export APIs take them (also the dashboard's own query string). `synthetic` is
 * always sent, since the results API includes demo data unless told otherwise.
 */
export function filterQuery(filters: Filters, options: { countries?: boolean } = {}): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.versions.length > 0) query.versions = filters.versions.join(',');
  if (filters.countries.length > 0 && options.countries !== false)
    query.countries = filters.countries.join(',');
  if (filters.types.length > 0) query.types = filters.types.join(',');
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  query.synthetic = String(filters.synthetic);
  return query;
}

export function stateUrl(state: DashboardState): string {
  const path = state.country ? `/dashboard/country/${state.country}` : '/dashboard';
  const params = new URLSearchParams();
  if (state.survey) params.set('survey', state.survey);
  for (const [key, value] of Object.entries(filterQuery(state.filters)))
    if (key !== 'synthetic' || value === 'true') params.set(key, value);
  if (state.lang !== 'en') params.set('lang', state.lang);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export function withParams(path: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

/** Filters in words, for chart subtitles and printed pages. */
export function describeFilters(filters: Filters): string {
  const parts: string[] = [];
  if (filters.versions.length > 0) parts.push(`versions ${filters.versions.join(', ')}`);
  if (filters.countries.length > 0) parts.push(`countries ${filters.countries.join(', ')}`);
  if (filters.types.length > 0)
    parts.push(
      filters.types
        .map((code) => organisationTypes.find((type) => type.code === code)?.label.toLowerCase() ?? code)
        .join(', '),
    );
  if (filters.from || filters.to) parts.push(`submitted ${filters.from || '…'} to ${filters.to || '…'}`);
  if (filters.synthetic) parts.push('synthetic demo data included');
  return parts.length > 0 ? `Filters: ${parts.join('; ')}` : 'All responses';
}
