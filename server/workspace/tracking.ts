/**
 * Response tracking for researchers and coordinators: the state of each invitation (not opened, opened, in
 * progress with a percentage, submitted, revoked) and the response rate per member state.
 */
import type { InvitationState, InvitationWithResponse } from '../db/repositories/invitation-repository.ts';
import type { CompiledVersion } from '../questionnaire/compiled-version.ts';
import { memberStates } from '../reference/member-states.ts';

export type { InvitationState };

export interface TrackingRow {
  invitationId: number;
  countryCode: string;
  organisationName: string;
  organisationType: string;
  contactName: string | null;
  contactEmail: string | null;
  preferredLocale: string | null;
  version: number;
  state: InvitationState;
  /** Share of the questionnaire's questions answered, 0–100. */
  progressPercent: number;
  createdAt: string;
  lastActivityAt: string | null;
  submittedAt: string | null;
  /** Demo data (cli demo): shown with a badge, and only when asked for. */
  synthetic: boolean;
}

export interface CountryProgress {
  countryCode: string;
  countryName: string;
  invited: number;
  started: number;
  submitted: number;
  /** submitted / invited, 0–100, null when nobody was invited. */
  responseRate: number | null;
}

function latest(...times: Array<string | null | undefined>): string | null {
  return (
    times
      .filter((time): time is string => Boolean(time))
      .sort()
      .at(-1) ?? null
  );
}

/** The state of one invitation; the tracking page's SQL filter (stateCondition in the repository) mirrors it. */
export function invitationState(entry: InvitationWithResponse): InvitationState {
  if (entry.invitation.status === 'revoked') return 'revoked';
  if (entry.response?.status === 'submitted') return 'submitted';
  if (entry.response) return 'in_progress';
  return entry.invitation.firstOpenedAt ? 'opened' : 'not_opened';
}

function answeredPercent(entry: InvitationWithResponse, compiled: CompiledVersion): number {
  if (!entry.response) return 0;
  if (entry.response.status === 'submitted') return 100;
  const answers = JSON.parse(entry.response.answers) as Record<string, unknown>;
  const total = compiled.variables.length;
  const answered = compiled.variables.filter((variable) => isAnswered(answers[variable.name])).length;
  return total === 0 ? 0 : Math.round((answered / total) * 100);
}

function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

export function trackingRows(
  entries: InvitationWithResponse[],
  versions: Map<number, { versionNumber: number; compiled: CompiledVersion }>,
): TrackingRow[] {
  return entries.map((entry) => {
    const version = versions.get(entry.invitation.surveyVersionId);
    const { invitation } = entry;
    return {
      invitationId: invitation.id,
      countryCode: invitation.countryCode,
      organisationName: invitation.organisationName,
      organisationType: invitation.organisationType,
      contactName: invitation.contactName,
      contactEmail: invitation.contactEmail,
      preferredLocale: invitation.preferredLocale,
      version: version?.versionNumber ?? 0,
      state: invitationState(entry),
      progressPercent: version ? answeredPercent(entry, version.compiled) : 0,
      createdAt: invitation.createdAt,
      // Saves touch only the response; the invitation records openings.
      lastActivityAt: latest(entry.response?.updatedAt, invitation.lastActivityAt),
      submittedAt: entry.response?.submittedAt ?? null,
      synthetic: invitation.isSynthetic,
    };
  });
}

/** Per member state, in reference order; revoked invitations are not counted as invited. */
export function progressByCountry(rows: TrackingRow[], countryCodes: string[] | 'all'): CountryProgress[] {
  return memberStates
    .filter((state) => countryCodes === 'all' || countryCodes.includes(state.code))
    .map((state) => {
      const mine = rows.filter((row) => row.countryCode === state.code && row.state !== 'revoked');
      const started = mine.filter((row) => row.state === 'in_progress' || row.state === 'submitted').length;
      const submitted = mine.filter((row) => row.state === 'submitted').length;
      return {
        countryCode: state.code,
        countryName: state.name,
        invited: mine.length,
        started,
        submitted,
        responseRate: mine.length === 0 ? null : Math.round((submitted / mine.length) * 1000) / 10,
      };
    });
}
