/**
 * Demo data kept apart: tracking and progress leave out what `cli demo` made unless asked with synthetic=true, mark
 * it when shown, and an admin removes it with nothing real touched, live aggregates and stored export cells
 * following at once.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateResponses, type ResponseRecord } from '../../../server/analysis/index.ts';
import type { App } from '../../../server/app.ts';
import { generateDemoResponses } from '../../../server/results/demo-data.ts';
import { loadSurveyData, recordStream } from '../../../server/results/survey-data.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

const realAnswers = (agency: string) => ({
  agency_name: agency,
  uses_social_media: 'yes',
  platforms: ['facebook'],
});

interface TrackingRowBody {
  invitationId: number;
  organisationName: string;
  state: string;
  synthetic: boolean;
}
interface ProgressBody {
  countries: Array<{ countryCode: string; invited: number; started: number; submitted: number }>;
}

describe('demo data in tracking, progress and its removal', () => {
  let app: App;
  let admin: SignedIn;
  let researcher: SignedIn;
  let analyst: SignedIn;
  let demoMade = 0;

  const get = (who: SignedIn, url: string) => app.inject({ method: 'GET', url, headers: who.headers });
  const removal = (who: SignedIn, invitations: number) =>
    app.inject({
      method: 'POST',
      url: '/api/surveys/pilot/demo-data/removal',
      headers: who.headers,
      payload: { invitations },
    });
  const submitReal = async (countryCode: string, organisationName: string) => {
    const { token } = await inviteForTest(app, { countryCode, organisationName });
    const response = await app.inject({
      method: 'POST',
      url: `/api/r/${token}/submit`,
      payload: { answers: realAnswers(organisationName) },
    });
    expect(response.statusCode).toBe(200);
  };
  /** Every stored row of the real data, as SQLite holds it: what removal must leave byte for byte. */
  const realRows = () => {
    const sqlite = app.database.db.$client;
    return {
      invitations: sqlite.prepare('select * from invitations where is_synthetic = 0 order by id').all(),
      responses: sqlite.prepare('select * from responses where is_synthetic = 0 order by id').all(),
      cells: sqlite
        .prepare(
          'select c.* from response_export_cells c join responses r on r.id = c.response_id where r.is_synthetic = 0 order by c.response_id',
        )
        .all(),
    };
  };
  const fromScratch = async () => {
    const data = await loadSurveyData(app.repositories, 'pilot');
    const records: ResponseRecord[] = [];
    for await (const record of recordStream(app.repositories, data, {}, 'all')) records.push(record);
    return aggregateResponses(records, data.codebook, { minCellSize: data.survey.minimumCellSize });
  };

  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    [admin, researcher, analyst] = await Promise.all([
      signIn(app, 'admin'),
      signIn(app, 'researcher'),
      signIn(app, 'analyst'),
    ]);
    await submitReal('TH', 'Ministry A');
    await submitReal('TH', 'Ministry B');
    await submitReal('VN', 'Ministry C');
    await inviteForTest(app, { countryCode: 'VN', organisationName: 'Ministry not yet opened' });
    demoMade = await generateDemoResponses(app.repositories, { surveySlug: 'pilot', responses: 3, seed: 5 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('leaves demo invitations out of tracking unless asked with synthetic=true, and marks them there', async () => {
    const real = await get(researcher, '/api/invitations?survey=pilot');
    expect(real.statusCode).toBe(200);
    const realRowsShown = real.json().invitations as TrackingRowBody[];
    expect(realRowsShown.map((row) => row.organisationName)).toEqual([
      'Ministry A',
      'Ministry B',
      'Ministry C',
      'Ministry not yet opened',
    ]);
    expect(realRowsShown.every((row) => row.synthetic === false)).toBe(true);
    expect((await get(researcher, '/api/invitations?survey=pilot&synthetic=false')).json()).toEqual(
      real.json(),
    );

    const all = (await get(researcher, '/api/invitations?survey=pilot&synthetic=true')).json()
      .invitations as TrackingRowBody[];
    expect(all).toHaveLength(4 + demoMade);
    const demo = all.filter((row) => row.synthetic);
    expect(demo).toHaveLength(demoMade);
    expect(
      demo.every((row) => row.state === 'submitted' && row.organisationName.endsWith('(demo data)')),
    ).toBe(true);
  });

  it('counts real invitations only in progress (the response rates) unless asked with synthetic=true', async () => {
    const totals = (body: ProgressBody) =>
      body.countries.reduce(
        (sum, row) => ({ invited: sum.invited + row.invited, submitted: sum.submitted + row.submitted }),
        { invited: 0, submitted: 0 },
      );
    const real = (await get(analyst, '/api/surveys/pilot/progress')).json() as ProgressBody;
    expect(totals(real)).toEqual({ invited: 4, submitted: 3 });
    expect(real.countries.find((row) => row.countryCode === 'TH')).toMatchObject({
      invited: 2,
      submitted: 2,
    });
    const withDemo = (
      await get(analyst, '/api/surveys/pilot/progress?synthetic=true')
    ).json() as ProgressBody;
    expect(totals(withDemo)).toEqual({ invited: 4 + demoMade, submitted: 3 + demoMade });
    const refused = await get(analyst, '/api/surveys/pilot/progress?synthetic=maybe');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/synthetic/);
  });

  it('counts the demo data for everyone (coordinators in their member states), and lets only admins remove it', async () => {
    expect((await get(analyst, '/api/surveys/pilot/demo-data')).json()).toEqual({
      invitations: demoMade,
      responses: demoMade,
    });
    // The first demo responses go to the member states in reference order: Brunei first.
    const coordinator = await signIn(app, 'coordinator', ['BN']);
    expect((await get(coordinator, '/api/surveys/pilot/demo-data')).json()).toEqual({
      invitations: 1,
      responses: 1,
    });
    const coordinatorTracking = (
      await get(coordinator, '/api/invitations?survey=pilot&synthetic=true')
    ).json();
    expect(coordinatorTracking.invitations).toHaveLength(1);
    const refused = await removal(researcher, demoMade);
    expect(refused.statusCode).toBe(403);
    expect((await get(analyst, '/api/surveys/pilot/demo-data')).json().invitations).toBe(demoMade);
  });

  it('refuses a removal confirmed for another count, removing nothing', async () => {
    const before = realRows();
    const stale = await removal(admin, demoMade + 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain(`now has ${demoMade} demo invitations, not the ${demoMade + 1}`);
    expect((await get(admin, '/api/surveys/pilot/demo-data')).json().invitations).toBe(demoMade);
    expect(realRows()).toEqual(before);
  });

  it('removes only the demo data: real rows byte-identical, aggregates equal to a fresh build, audited', async () => {
    // The live aggregate has taken the demo responses in before they go.
    const withDemo = (await get(analyst, '/api/results/pilot/aggregates')).json();
    expect(withDemo).toMatchObject({ responses: 3 + demoMade, syntheticResponses: demoMade });
    const before = realRows();
    expect(before.cells).toHaveLength(3);

    const removed = await removal(admin, demoMade);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toEqual({ removed: { invitations: demoMade, responses: demoMade } });
    expect(realRows()).toEqual(before);
    const sqlite = app.database.db.$client;
    expect(sqlite.prepare('select count(*) as n from invitations where is_synthetic = 1').get()).toEqual({
      n: 0,
    });
    expect(sqlite.prepare('select count(*) as n from responses where is_synthetic = 1').get()).toEqual({
      n: 0,
    });
    // Every stored cell belongs to a response still there.
    expect(
      sqlite
        .prepare(
          'select count(*) as n from response_export_cells where response_id not in (select id from responses)',
        )
        .get(),
    ).toEqual({ n: 0 });

    const { survey, title, responses, syntheticResponses, ...report } = (
      await get(analyst, '/api/results/pilot/aggregates')
    ).json();
    expect({ responses, syntheticResponses }).toEqual({ responses: 3, syntheticResponses: 0 });
    expect(report).toEqual(await fromScratch());

    const wide = await get(admin, '/api/exports/pilot/wide');
    expect(wide.body).not.toContain('(demo data)');
    expect(wide.body.trim().split('\n')).toHaveLength(1 + 3);

    const audit = (await get(admin, '/api/audit?action=demo_data.removed')).json();
    const event = JSON.stringify(audit);
    expect(event).toContain('demo_data.removed');
    expect(event).toContain(admin.email);
    expect((await get(admin, '/api/surveys/pilot/demo-data')).json()).toEqual({
      invitations: 0,
      responses: 0,
    });
  });

  it('sees a removal even when as many demo responses are made again before the next report', async () => {
    // k = 1, so that the figures of one response each are shown and differ from one set of demo data to the next.
    const k = await app.inject({
      method: 'PATCH',
      url: '/api/surveys/pilot',
      headers: researcher.headers,
      payload: { minimumCellSize: 1 },
    });
    expect(k.statusCode).toBe(200);
    await generateDemoResponses(app.repositories, { surveySlug: 'pilot', responses: 4, seed: 11 });
    expect((await get(analyst, '/api/results/pilot/aggregates')).json().syntheticResponses).toBe(4);
    expect((await removal(admin, 4)).statusCode).toBe(200);
    // Backdated like all demo data, so behind where the aggregate has read to: only the count and ids can tell.
    await generateDemoResponses(app.repositories, { surveySlug: 'pilot', responses: 4, seed: 12 });
    const { survey, title, responses, syntheticResponses, ...report } = (
      await get(analyst, '/api/results/pilot/aggregates')
    ).json();
    expect({ responses, syntheticResponses }).toEqual({ responses: 3 + 4, syntheticResponses: 4 });
    expect(report).toEqual(await fromScratch());
  });
});
