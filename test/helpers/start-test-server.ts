/** The real app on a temporary database, listening on a free local port, for tests that drive a browser. */
import type { AppOptions } from '../../server/app.ts';
import { createInvitation, type InvitationRequest } from '../../server/invitations/create-invitation.ts';
import { buildTestApp } from './build-test-app.ts';

export async function startTestServer(overrides: Partial<AppOptions> = {}) {
  const app = await buildTestApp(overrides);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  /** A fresh invitation; its link points at this server rather than the configured public address. */
  async function invite(request: Partial<InvitationRequest> = {}) {
    const created = await createInvitation(
      app.repositories,
      {
        surveySlug: 'national-policy',
        countryCode: 'TH',
        organisationName: 'Ministry of Digital Economy and Society',
        organisationType: 'ministry',
        ...request,
      },
      { actorLabel: 'browser test', publicUrl: baseUrl },
    );
    return { ...created, link: `${baseUrl}/r/${created.token}` };
  }

  return { app, baseUrl, invite, close: () => app.close() };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
