import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { invitations } from '../../../server/db/schema.ts';
import { organisationTypes } from '../../../server/reference/organisation-types.ts';
import { buildTestApp, shippedSurveysDir } from '../../helpers/build-test-app.ts';
import { signIn } from '../../helpers/staff.ts';

describe('the one list of organisation types', () => {
  let app: App;
  let researcher: Awaited<ReturnType<typeof signIn>>;
  beforeAll(async () => {
    app = await buildTestApp();
    researcher = await signIn(app, 'researcher');
  });
  afterAll(async () => {
    await app.close();
  });

  it("is exactly the shipped agency questionnaire's organisation-type choices, its 'other' item included", () => {
    const definition = JSON.parse(readFileSync(path.join(shippedSurveysDir, 'agency-practice.json'), 'utf8'));
    const question = definition.pages[0].elements.find(
      (element: { name: string }) => element.name === 'ag_type',
    );
    const codes = [
      ...question.choices.map((choice: { value: string }) => choice.value),
      ...(question.showOtherItem ? ['other'] : []),
    ];
    expect([...organisationTypes].sort()).toEqual(codes.sort());
  });

  it('creates an invitation for a government-owned corporation, the type both lists lacked before', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/invitations',
      headers: researcher.headers,
      payload: {
        survey: 'agency-practice',
        country: 'MY',
        organisation: 'Pos Malaysia Berhad',
        organisationType: 'state_corporation',
      },
    });
    expect(response.statusCode).toBe(201);
    const stored = await app.database.db.select().from(invitations);
    expect(stored.find((row) => row.organisationName === 'Pos Malaysia Berhad')?.organisationType).toBe(
      'state_corporation',
    );
  });

  it('imports state_corporation from a CSV and refuses a type outside the list, naming the list', async () => {
    const imported = await app.inject({
      method: 'POST',
      url: '/api/invitations/import',
      headers: researcher.headers,
      payload: {
        survey: 'agency-practice',
        csv: 'country,organisation,organisation_type\nBN,Royal Brunei Technical Services,state_corporation\n',
      },
    });
    expect(imported.statusCode).toBe(201);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/invitations/import',
      headers: researcher.headers,
      payload: {
        survey: 'agency-practice',
        csv: 'country,organisation,organisation_type\nBN,Somewhere,department\n',
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details[0].message).toContain(
      'ministry, agency, local_government, state_corporation or other, not "department"',
    );
  });

  it('filters results by state_corporation (types= takes every code of the list)', async () => {
    const analyst = await signIn(app, 'analyst');
    const response = await app.inject({
      method: 'GET',
      url: '/api/results/agency-practice/aggregates?types=state_corporation,other',
      headers: analyst.headers,
    });
    expect(response.statusCode).toBe(200);
  });
});
