/** Small factories for invitations in tests. */
import type { App } from '../../server/app.ts';
import type { NewInvitation } from '../../server/db/repositories/invitation-repository.ts';
import { createInvitation, type InvitationRequest } from '../../server/invitations/create-invitation.ts';
import { generateInvitationToken, hashInvitationToken } from '../../server/invitations/tokens.ts';
import { memberStates } from '../../server/reference/member-states.ts';
import { organisationTypes } from '../../server/reference/organisation-types.ts';

export async function inviteForTest(app: App, overrides: Partial<InvitationRequest> = {}) {
  return createInvitation(
    app.repositories,
    {
      surveySlug: 'pilot',
      countryCode: 'TH',
      organisationName: 'Ministry of Digital Economy and Society',
      organisationType: 'ministry',
      ...overrides,
    },
    { actorLabel: 'test', publicUrl: app.appOptions.publicUrl },
  );
}

/**
 * `count` invitations to one version, spread over every member state and type of organisation ("Agency 0000", …,
 * person<i>@agency.test), made through the repository in one go, for tests of long lists. Returns their tokens.
 */
export async function createManyInvitations(
  repositories: App['repositories'],
  surveyVersionId: number,
  count: number,
): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => generateInvitationToken());
  const rows: NewInvitation[] = tokens.map((token, index) => ({
    surveyVersionId,
    countryCode: (memberStates[index % memberStates.length] as { code: string }).code,
    organisationName: `Agency ${String(index).padStart(4, '0')}`,
    organisationType: organisationTypes[
      index % organisationTypes.length
    ] as NewInvitation['organisationType'],
    contactName: `Contact ${index}`,
    contactEmail: `person${index}@agency.test`,
    preferredLocale: null,
    tokenHash: hashInvitationToken(token),
  }));
  await repositories.invitations.createMany(rows, { actorLabel: 'test' });
  return tokens;
}

/** The published version respondents get for `slug`; throws if there is none. */
export async function publishedVersionOf(repositories: App['repositories'], slug: string) {
  const survey = await repositories.surveys.findBySlug(slug);
  const version = survey && (await repositories.surveys.currentPublishedVersion(survey.id));
  if (!version) throw new Error(`${slug} is not published`);
  return version;
}
