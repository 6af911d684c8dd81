/**
 * Invitations from a spreadsheet (CLI `invite --from-csv` and the workspace upload): parses the CSV, checks every
 * row and reports each bad one by line number. Nothing is created unless every row is good.
 */
import Papa from 'papaparse';
import type { ErrorDetail } from '../errors.ts';
import { toCsv } from '../export/csv-format.ts';
import { organisationTypes } from '../reference/organisation-types.ts';
import {
  type CreatedInvitation,
  type InvitationRequest,
  invitationRequestProblems,
  type OrganisationType,
} from './create-invitation.ts';

export const invitationCsvColumns = {
  survey: 'survey slug, e.g. national-policy (optional when --survey is given)',
  country: 'ISO 3166-1 alpha-2 code of the member state, e.g. TH (required)',
  organisation: 'name of the ministry or agency (required)',
  organisation_type: `${organisationTypes.join(' | ')} (default ministry)`,
  contact_name: 'person invited (optional)',
  contact_email: 'their e-mail (optional)',
  locale: 'preferred language, e.g. th, vi, fil (optional)',
} as const;

/** The file's column for each field invitationRequestProblems names (after the CLI flags), so that a message names what the person wrote. */
const columnOfField: Record<string, keyof typeof invitationCsvColumns> = {
  country: 'country',
  org: 'organisation',
  'org-type': 'organisation_type',
  name: 'contact_name',
  email: 'contact_email',
  locale: 'locale',
};

export type ParsedInvitationCsv =
  | { ok: true; requests: InvitationRequest[] }
  | { ok: false; problems: ErrorDetail[] };

const maxRows = 5000;

export function parseInvitationCsv(text: string, defaultSurveySlug?: string): ParsedInvitationCsv {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const problems: ErrorDetail[] = parsed.errors.map((error) => ({
    field: `line ${(error.row ?? 0) + 2}`,
    message: `line ${(error.row ?? 0) + 2}: ${error.message}`,
  }));
  const headers = parsed.meta.fields ?? [];
  const unknown = headers.filter((header) => !(header in invitationCsvColumns));
  if (unknown.length > 0)
    problems.push({ field: 'header', message: `line 1: unknown column(s) ${unknown.join(', ')}` });
  for (const required of ['country', 'organisation']) {
    if (!headers.includes(required))
      problems.push({ field: 'header', message: `line 1: the column "${required}" is missing` });
  }
  if (!defaultSurveySlug && !headers.includes('survey')) {
    problems.push({
      field: 'header',
      message: 'line 1: the column "survey" is missing (or give the survey separately)',
    });
  }
  if (parsed.data.length === 0) problems.push({ field: 'rows', message: 'the file has no invitation rows' });
  if (parsed.data.length > maxRows)
    problems.push({ field: 'rows', message: `at most ${maxRows} rows per file` });
  if (problems.length > 0) return { ok: false, problems };

  const requests = parsed.data.map((row) => {
    const value = (column: string) => (row[column] ?? '').trim();
    return {
      surveySlug: value('survey') || defaultSurveySlug || '',
      countryCode: value('country').toUpperCase(),
      organisationName: value('organisation'),
      organisationType: (value('organisation_type') || 'ministry') as OrganisationType,
      contactName: value('contact_name') || undefined,
      contactEmail: value('contact_email') || undefined,
      preferredLocale: value('locale') || undefined,
    } satisfies InvitationRequest;
  });
  requests.forEach((request, index) => {
    const line = index + 2;
    for (const problem of invitationRequestProblems(request)) {
      const column = columnOfField[problem.field ?? ''] ?? problem.field;
      problems.push({
        field: `line ${line}`,
        message: `line ${line}: ${column} — ${problem.message}`,
      });
    }
    if (!request.surveySlug)
      problems.push({ field: `line ${line}`, message: `line ${line}: survey — missing` });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, requests };
}

const linksHeader = [
  'invitation_id',
  'survey',
  'country',
  'organisation',
  'organisation_type',
  'contact_name',
  'contact_email',
  'locale',
  'link',
];

/** The links of newly created invitations as CSV for a mail merge (with a BOM for Excel); shown once. */
export function invitationLinksCsv(requests: InvitationRequest[], created: CreatedInvitation[]): string {
  const rows = created.map((invitation, index) => {
    const request = requests[index];
    return [
      invitation.invitationId,
      request?.surveySlug,
      request?.countryCode,
      request?.organisationName,
      request?.organisationType,
      request?.contactName,
      request?.contactEmail,
      request?.preferredLocale,
      invitation.link,
    ];
  });
  return toCsv(linksHeader, rows, { bom: true });
}
