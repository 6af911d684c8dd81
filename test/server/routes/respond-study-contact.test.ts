/**
 * GET /api/r/:token gives the study's contact, so that a respondent whose link stops working while answering is
 * told whom to ask. Read fresh on every open: a contact set while respondents are answering reaches them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

describe('GET /api/r/:token: the study contact', () => {
  let app: App;
  let researcher: SignedIn;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    researcher = await signIn(app, 'researcher');
  });
  afterAll(async () => {
    await app.close();
  });

  const setContact = (payload: object) =>
    app.inject({ method: 'PATCH', url: '/api/surveys/pilot', headers: researcher.headers, payload });
  const openedContact = async (token: string) => {
    const response = await app.inject({ method: 'GET', url: `/api/r/${token}` });
    expect(response.statusCode).toBe(200);
    return response.json().survey.contact;
  };

  it('is null until a researcher sets one, then the name and e-mail as saved, on the next open', async () => {
    const { token } = await inviteForTest(app);
    expect(await openedContact(token)).toBeNull();

    expect(
      (await setContact({ contactName: 'Dr Siti Rahman', contactEmail: 'study@asean-digital.test' }))
        .statusCode,
    ).toBe(200);
    expect(await openedContact(token)).toEqual({ name: 'Dr Siti Rahman', email: 'study@asean-digital.test' });

    await setContact({ contactName: null });
    expect(await openedContact(token)).toEqual({ name: null, email: 'study@asean-digital.test' });
  });
});
