/** Small factories for invitations in tests. */
import type { App } from '../../server/app.ts';
import { createInvitation, type InvitationRequest } from '../../server/invitations/create-invitation.ts';

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
