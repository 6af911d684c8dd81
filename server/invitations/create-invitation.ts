/**
 * Creating invitations, one or many: checks the survey has a published version and the country is a member state,
 * generates the tokens, stores only their hashes, and returns the links (shown once).
 */
import type { Repositories } from '../db/repositories/index.ts';
import type { Actor } from '../db/repositories/invitation-repository.ts';
import { type ErrorDetail, errors } from '../errors.ts';
import { isMemberStateCode } from '../reference/member-states.ts';
import {
  isOrganisationType,
  type OrganisationType,
  organisationTypeList,
} from '../reference/organisation-types.ts';
import { refusedCharacterIn } from '../security/text-checks.ts';
import { generateInvitationToken, hashInvitationToken, invitationLink } from './tokens.ts';

export { type OrganisationType, organisationTypes } from '../reference/organisation-types.ts';

export interface InvitationRequest {
  surveySlug: string;
  countryCode: string;
  organisationName: string;
  organisationType: OrganisationType;
  contactName?: string;
  contactEmail?: string;
  preferredLocale?: string;
}

export interface CreatedInvitation {
  invitationId: number;
  token: string;
  link: string;
}

export interface CreateOptions extends Actor {
  publicUrl: string;
  /** How to name row N in messages, e.g. "line 3" for a CSV file. */
  describeRow?: (index: number) => string;
}

/** An e-mail address as people write it (one @, a dot in the domain); delivery is what proves it. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const localePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Problems with one request, each naming its field; empty when the request is acceptable. */
export function invitationRequestProblems(request: InvitationRequest): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!isMemberStateCode(request.countryCode)) {
    problems.push({
      field: 'country',
      message: `"${request.countryCode}" is not the ISO 3166-1 alpha-2 code of an ASEAN member state`,
    });
  }
  const name = request.organisationName.trim();
  if (name.length === 0 || name.length > 200)
    problems.push({ field: 'org', message: 'organisation name must be 1–200 characters' });
  if (!isOrganisationType(request.organisationType)) {
    problems.push({
      field: 'org-type',
      message: `organisation type must be ${organisationTypeList()}, not "${request.organisationType}"`,
    });
  }
  if (request.contactEmail && !emailPattern.test(request.contactEmail)) {
    problems.push({ field: 'email', message: `"${request.contactEmail}" is not an e-mail address` });
  }
  if (request.contactName && request.contactName.length > 200)
    problems.push({ field: 'name', message: 'contact name must be at most 200 characters' });
  const texts: Array<[field: string, text: string | undefined, words: string]> = [
    ['org', request.organisationName, 'The organisation name'],
    ['name', request.contactName, 'The contact name'],
    ['email', request.contactEmail, 'The contact e-mail'],
  ];
  for (const [field, text, words] of texts) {
    const refused = text ? refusedCharacterIn(text) : undefined;
    if (refused) problems.push({ field, message: `${words} contains ${refused}, which is not allowed` });
  }
  if (request.preferredLocale && !localePattern.test(request.preferredLocale)) {
    problems.push({
      field: 'locale',
      message: `"${request.preferredLocale}" is not a locale code such as th or fil`,
    });
  }
  return problems;
}

export async function createInvitations(
  repositories: Repositories,
  requests: InvitationRequest[],
  options: CreateOptions,
): Promise<CreatedInvitation[]> {
  const versionBySlug = new Map<string, number>();
  const problems: ErrorDetail[] = [];
  for (const [index, request] of requests.entries()) {
    const prefix = options.describeRow
      ? `${options.describeRow(index)}: `
      : requests.length > 1
        ? `row ${index + 1}: `
        : '';
    for (const problem of invitationRequestProblems(request))
      problems.push({ ...problem, message: prefix + problem.message });
    if (!versionBySlug.has(request.surveySlug)) {
      const survey = await repositories.surveys.findBySlug(request.surveySlug);
      const version = survey ? await repositories.surveys.currentPublishedVersion(survey.id) : undefined;
      if (version) versionBySlug.set(request.surveySlug, version.id);
    }
    if (!versionBySlug.has(request.surveySlug)) {
      problems.push({ field: 'survey', message: `${prefix}no published survey "${request.surveySlug}"` });
    }
  }
  if (problems.length > 0) throw errors.validationFailed('The invitation could not be created.', problems);

  const tokens = requests.map(() => generateInvitationToken());
  const created = await repositories.invitations.createMany(
    requests.map((request, index) => ({
      surveyVersionId: versionBySlug.get(request.surveySlug) as number,
      countryCode: request.countryCode,
      organisationName: request.organisationName.trim(),
      organisationType: request.organisationType,
      contactName: request.contactName || null,
      contactEmail: request.contactEmail || null,
      preferredLocale: request.preferredLocale || null,
      tokenHash: hashInvitationToken(tokens[index] as string),
    })),
    options,
  );
  return created.map((invitation, index) => ({
    invitationId: invitation.id,
    token: tokens[index] as string,
    link: invitationLink(options.publicUrl, tokens[index] as string),
  }));
}

export async function createInvitation(
  repositories: Repositories,
  request: InvitationRequest,
  options: CreateOptions,
): Promise<CreatedInvitation> {
  const [created] = await createInvitations(repositories, [request], options);
  return created as CreatedInvitation;
}
