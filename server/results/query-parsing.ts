/** Turns the URL filters of results and exports into a ResultsQuery (the schema has already checked their form). */
import type { OrganisationType } from '../analysis/index.ts';
import { errors } from '../errors.ts';
import { isMemberStateCode } from '../reference/member-states.ts';
import type { ResultsQuery } from './survey-data.ts';

export interface FilterParameters {
  versions?: string;
  countries?: string;
  types?: string;
  from?: string;
  to?: string;
  synthetic?: boolean;
}

const list = (value: string | undefined) => (value ? value.split(',') : undefined);

export function parseResultsQuery(parameters: FilterParameters): ResultsQuery {
  const countries = list(parameters.countries);
  const unknown = countries?.filter((code) => !isMemberStateCode(code)) ?? [];
  if (unknown.length > 0) {
    throw errors.validationFailed(`countries: ${unknown.join(', ')} not ASEAN member state codes`, [
      { field: 'countries', message: `${unknown.join(', ')} are not ASEAN member state codes` },
    ]);
  }
  if (parameters.from && parameters.to && parameters.to < parameters.from) {
    throw errors.validationFailed('to must not be before from', [
      { field: 'to', message: 'to must not be before from' },
    ]);
  }
  return {
    ...(parameters.versions ? { versions: parameters.versions.split(',').map(Number) } : {}),
    ...(countries ? { countries } : {}),
    ...(parameters.types ? { organisationTypes: parameters.types.split(',') as OrganisationType[] } : {}),
    ...(parameters.from ? { submittedFrom: parameters.from } : {}),
    ...(parameters.to ? { submittedTo: parameters.to } : {}),
    ...(parameters.synthetic === false ? { includeSynthetic: false } : {}),
  };
}
