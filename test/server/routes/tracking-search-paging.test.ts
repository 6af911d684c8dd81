import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { memberStates } from '../../../server/reference/member-states.ts';
import { organisationTypes } from '../../../server/reference/organisation-types.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { createManyInvitations, publishedVersionOf } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

const invitationCount = 3000;

describe('GET /api/invitations: search, filters and paging over thousands of invitations', () => {
  let app: App;
  let researcher: SignedIn;
  let coordinator: SignedIn;
  const tokens: string[] = [];
  let submittedReference = '';

  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    researcher = await signIn(app, 'researcher');
    coordinator = await signIn(app, 'coordinator', ['TH']);
    const version = await publishedVersionOf(app.repositories, 'pilot');
    tokens.push(...(await createManyInvitations(app.repositories, version.id, invitationCount)));
    const submitted = await app.inject({
      method: 'POST',
      url: `/api/r/${tokens[7]}/submit`,
      payload: { answers: { agency_name: 'B', uses_social_media: 'no', final_comments: 'None' } },
    });
    submittedReference = submitted.json().reference;
  });
  afterAll(async () => {
    await app.close();
  });

  const tracking = async (who: SignedIn, query: string) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/invitations?survey=pilot&${query}`,
      headers: who.headers,
    });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      invitations: Array<{
        organisationName: string;
        countryCode: string;
        organisationType: string;
        state: string;
      }>;
      total: number;
      offset: number;
      limit: number;
    };
  };

  it('gives one page with the total, and the next page carries on where it stopped', async () => {
    const first = await tracking(researcher, 'limit=50');
    expect(first).toMatchObject({ total: invitationCount, offset: 0, limit: 50 });
    expect(first.invitations).toHaveLength(50);
    expect(first.invitations[0]?.organisationName).toBe('Agency 0000');
    const last = await tracking(researcher, 'limit=50&offset=2950');
    expect(last.invitations).toHaveLength(50);
    expect(last.invitations.at(-1)?.organisationName).toBe('Agency 2999');
    const beyond = await tracking(researcher, 'offset=5000');
    expect(beyond).toMatchObject({ total: invitationCount, invitations: [] });
  });

  it('pages 50 at a time unless asked otherwise, and refuses pages larger than 500', async () => {
    expect((await tracking(researcher, '')).invitations).toHaveLength(50);
    const tooLarge = await app.inject({
      method: 'GET',
      url: '/api/invitations?survey=pilot&limit=501',
      headers: researcher.headers,
    });
    expect(tooLarge.statusCode).toBe(400);
  });

  it('searches organisation names, contacts and receipt references', async () => {
    const byName = await tracking(researcher, 'search=agency%20012');
    expect(byName.total).toBe(10);
    expect(byName.invitations.map((row) => row.organisationName)).toContain('Agency 0123');
    expect((await tracking(researcher, 'search=person2999%40')).invitations).toMatchObject([
      { organisationName: 'Agency 2999' },
    ]);
    expect((await tracking(researcher, 'search=Contact%20777')).total).toBe(1);
    expect((await tracking(researcher, `search=${submittedReference}`)).invitations).toMatchObject([
      { organisationName: 'Agency 0007', state: 'submitted' },
    ]);
    expect((await tracking(researcher, 'search=100%25')).total).toBe(0);
  });

  it('filters by member state, state and organisation type, together with the search', async () => {
    const thailand = await tracking(researcher, 'country=TH&limit=500');
    const thaiCount = Array.from({ length: invitationCount }).filter(
      (_, index) => memberStates[index % memberStates.length]?.code === 'TH',
    ).length;
    expect(thailand.total).toBe(thaiCount);
    expect(new Set(thailand.invitations.map((row) => row.countryCode))).toEqual(new Set(['TH']));
    const agencies = await tracking(researcher, 'organisationType=agency');
    expect(agencies.total).toBe(invitationCount / organisationTypes.length);
    expect(new Set(agencies.invitations.map((row) => row.organisationType))).toEqual(new Set(['agency']));
    expect(await tracking(researcher, 'state=submitted')).toMatchObject({ total: 1 });
    expect((await tracking(researcher, 'state=not_opened')).total).toBe(invitationCount - 1);
    const combined = await tracking(researcher, 'country=TH&organisationType=agency&search=agency%200');
    for (const row of combined.invitations) {
      expect(row).toMatchObject({ countryCode: 'TH', organisationType: 'agency' });
      expect(row.organisationName).toMatch(/^Agency 0/);
    }
  });

  it('keeps a coordinator to their member states and does not search contacts they may not see', async () => {
    const mine = await tracking(coordinator, 'limit=500');
    expect(new Set(mine.invitations.map((row) => row.countryCode))).toEqual(new Set(['TH']));
    expect((await tracking(coordinator, 'country=VN')).total).toBe(0);
    expect((await tracking(coordinator, 'search=person')).total).toBe(0);
  });
});
