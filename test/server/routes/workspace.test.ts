import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

const pilotJson = readFileSync(path.join(fixturesDir, 'surveys', 'pilot.json'), 'utf8');

describe('the researcher workspace API', () => {
  let app: App;
  let researcher: SignedIn;
  let admin: SignedIn;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    researcher = await signIn(app, 'researcher');
    admin = await signIn(app, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  const as = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

  describe('questionnaire versions', () => {
    it('uploads a draft, refuses a broken one naming the JSON path, publishes, and keeps published versions immutable', async () => {
      const broken = JSON.parse(pilotJson);
      broken.pages[0].elements[2].visibleIf = "{uses_twitter} = 'yes'";
      const refused = await as(researcher, 'POST', '/api/surveys/pilot-two/versions', {
        format: 'json',
        content: JSON.stringify(broken),
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({
        error: 'invalid_definition',
        details: [
          { field: '$.pages[0].elements[2].visibleIf', message: expect.stringMatching(/uses_twitter/) },
        ],
      });
      expect((await as(researcher, 'GET', '/api/surveys/pilot-two')).statusCode).toBe(404);

      const uploaded = await as(researcher, 'POST', '/api/surveys/pilot-two/versions', {
        format: 'json',
        content: pilotJson,
      });
      expect(uploaded.statusCode).toBe(201);
      expect(uploaded.json()).toMatchObject({
        slug: 'pilot-two',
        version: 1,
        status: 'draft',
        created: true,
      });
      const again = await as(researcher, 'POST', '/api/surveys/pilot-two/versions', {
        format: 'json',
        content: pilotJson,
      });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ version: 1, created: false });

      const published = await as(researcher, 'POST', '/api/surveys/pilot-two/versions/1/publish');
      expect(published.json()).toMatchObject({ version: 1, status: 'published' });
      const republish = await as(researcher, 'POST', '/api/surveys/pilot-two/versions/1/publish');
      expect(republish.statusCode).toBe(409);

      const changed = JSON.parse(pilotJson);
      changed.title.default = 'Pilot questionnaire, second edition';
      const second = await as(researcher, 'POST', '/api/surveys/pilot-two/versions', {
        format: 'json',
        content: JSON.stringify(changed),
      });
      expect(second.json()).toMatchObject({ version: 2, status: 'draft' });
      const first = await as(researcher, 'GET', '/api/surveys/pilot-two/versions/1');
      expect(first.json().definition.title.default).toBe('Pilot questionnaire');
    });

    it('downloads a version as JSON and as the spreadsheet CSV, and the CSV uploads back to the same version', async () => {
      const json = await as(researcher, 'GET', '/api/surveys/pilot/versions/1/download?format=json');
      expect(json.headers['content-disposition']).toBe('attachment; filename="pilot-v1.json"');
      expect(JSON.parse(json.body)).toEqual(JSON.parse(pilotJson));
      const csv = await as(researcher, 'GET', '/api/surveys/pilot/versions/1/download?format=csv');
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const roundTrip = await as(researcher, 'POST', '/api/surveys/pilot/versions', {
        format: 'csv',
        content: csv.body,
      });
      expect(roundTrip.statusCode).toBe(200);
      expect(roundTrip.json()).toMatchObject({ version: 1, created: false });
    });

    it('reports spreadsheet errors by line and column', async () => {
      const csv = (await as(researcher, 'GET', '/api/surveys/pilot/versions/1/download?format=csv')).body;
      const broken = csv.replace("{uses_social_media} = 'yes'", "{uses_facebook} = 'yes'");
      const refused = await as(researcher, 'POST', '/api/surveys/pilot/versions', {
        format: 'csv',
        content: broken,
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().details[0].field).toMatch(/^line \d+, column relevant$/);
    });

    it('sets the collection window with validation and records before and after in the audit log', async () => {
      const bad = await as(researcher, 'PATCH', '/api/surveys/pilot', {
        opensAt: '2026-12-10T00:00:00Z',
        closesAt: '2026-12-01T00:00:00Z',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details).toEqual([
        { field: 'closesAt', message: 'The closing date must be after the opening date' },
      ]);
      const outOfRange = await as(researcher, 'PATCH', '/api/surveys/pilot', {
        opensAt: '1899-01-01T00:00:00Z',
      });
      expect(outOfRange.json().details[0]).toMatchObject({ field: 'opensAt' });
      const ok = await as(researcher, 'PATCH', '/api/surveys/pilot', {
        opensAt: '2026-01-01T00:00:00Z',
        closesAt: '2099-12-31T00:00:00Z',
      });
      expect(ok.json()).toEqual({
        slug: 'pilot',
        opensAt: '2026-01-01T00:00:00.000Z',
        closesAt: '2099-12-31T00:00:00.000Z',
        minimumCellSize: 3,
        contact: null,
      });
      const audit = (await as(admin, 'GET', '/api/audit?limit=5')).json().events;
      expect(audit[0]).toMatchObject({
        action: 'survey.settings_changed',
        actorLabel: researcher.email,
        before: { opensAt: null, closesAt: null, minimumCellSize: 3 },
        after: {
          opensAt: '2026-01-01T00:00:00.000Z',
          closesAt: '2099-12-31T00:00:00.000Z',
          minimumCellSize: 3,
        },
      });
      await as(researcher, 'PATCH', '/api/surveys/pilot', { opensAt: null, closesAt: null });
    });

    it('closes and reopens collection: respondents see it closed in between', async () => {
      const { token } = await inviteForTest(app);
      expect((await as(researcher, 'POST', '/api/surveys/pilot/versions/1/close')).json().status).toBe(
        'closed',
      );
      expect((await app.inject({ method: 'GET', url: `/api/r/${token}` })).json().collection).toBe('closed');
      expect((await as(researcher, 'POST', '/api/surveys/pilot/versions/1/reopen')).json().status).toBe(
        'published',
      );
      expect((await app.inject({ method: 'GET', url: `/api/r/${token}` })).json().collection).toBe('open');
    });
  });

  describe('invitations and tracking', () => {
    it('creates invitations from CSV, returns the links as CSV, and tracks their states', async () => {
      const csv =
        'country,organisation,organisation_type,contact_email\nKH,Ministry of Post and Telecommunications,ministry,mpt@example.org\nKH,Phnom Penh Capital Hall,local_government,\n';
      const created = await as(researcher, 'POST', '/api/invitations/import', { survey: 'pilot', csv });
      expect(created.statusCode).toBe(201);
      const body = created.json();
      expect(body.created).toBe(2);
      const links = Papa.parse<Record<string, string>>(body.linksCsv.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(links.map((row) => row.organisation)).toEqual([
        'Ministry of Post and Telecommunications',
        'Phnom Penh Capital Hall',
      ]);
      const token = String(links[0]?.link).split('/r/')[1] as string;

      await app.inject({
        method: 'PUT',
        url: `/api/r/${token}/answers`,
        payload: { answers: { agency_name: 'MPT', uses_social_media: 'no' }, page: 0 },
      });
      const tracking = (await as(researcher, 'GET', '/api/invitations?survey=pilot&country=KH')).json()
        .invitations;
      expect(tracking.map((row: { state: string }) => row.state)).toEqual(['in_progress', 'not_opened']);
      expect(tracking[0]).toMatchObject({
        organisationName: 'Ministry of Post and Telecommunications',
        contactEmail: 'mpt@example.org',
      });
      expect(tracking[0].progressPercent).toBeGreaterThan(0);
      expect(tracking[0].progressPercent).toBeLessThan(100);
      const inProgress = (
        await as(researcher, 'GET', '/api/invitations?survey=pilot&country=KH&state=in_progress')
      ).json().invitations;
      expect(inProgress).toHaveLength(1);
    });

    it('refuses a CSV with a bad row and creates nothing', async () => {
      const before = (await as(researcher, 'GET', '/api/invitations?survey=pilot')).json().invitations.length;
      const response = await as(researcher, 'POST', '/api/invitations/import', {
        survey: 'pilot',
        csv: 'country,organisation\nTH,Good\nZZ,Bad\n',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().details).toEqual([expect.objectContaining({ field: 'line 3' })]);
      expect((await as(researcher, 'GET', '/api/invitations?survey=pilot')).json().invitations).toHaveLength(
        before,
      );
    });

    it('reissues a link: the old one stops working, answers are kept', async () => {
      const { token, invitationId } = await inviteForTest(app);
      await app.inject({
        method: 'PUT',
        url: `/api/r/${token}/answers`,
        payload: { answers: { agency_name: 'Kept' }, page: 0 },
      });
      const reissued = await as(researcher, 'POST', `/api/invitations/${invitationId}/reissue`);
      const newToken = reissued.json().link.split('/r/')[1];
      expect(newToken).not.toBe(token);
      expect((await app.inject({ method: 'GET', url: `/api/r/${token}` })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: `/api/r/${newToken}` })).json().answers).toEqual({
        agency_name: 'Kept',
      });
    });

    it('revokes a link for good: a reissue is refused with 409 and the invitation stays revoked', async () => {
      const { token, invitationId } = await inviteForTest(app);
      const revoked = await as(researcher, 'POST', `/api/invitations/${invitationId}/revoke`);
      expect(revoked.json()).toEqual({ invitationId, status: 'revoked' });
      expect((await app.inject({ method: 'GET', url: `/api/r/${token}` })).statusCode).toBe(404);
      const newestBefore = (await as(admin, 'GET', '/api/audit?limit=1')).json().events[0].id;
      const reissued = await as(researcher, 'POST', `/api/invitations/${invitationId}/reissue`);
      expect(reissued.statusCode).toBe(409);
      expect(reissued.json()).toMatchObject({
        error: 'invitation_revoked',
        message: expect.stringMatching(/revoked/),
      });
      expect((await app.inject({ method: 'GET', url: `/api/r/${token}` })).statusCode).toBe(404);
      const listed = (await as(researcher, 'GET', '/api/invitations?survey=pilot')).json().invitations as {
        invitationId: number;
        state: string;
      }[];
      expect(listed.find((row) => row.invitationId === invitationId)?.state).toBe('revoked');
      expect((await as(admin, 'GET', '/api/audit?limit=1')).json().events[0].id).toBe(newestBefore);
    });

    it('reports invited, started, submitted and the response rate per member state', async () => {
      const fresh = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
      try {
        const viewer = await signIn(fresh, 'analyst');
        const invitations = await Promise.all([
          inviteForTest(fresh, { countryCode: 'VN' }),
          inviteForTest(fresh, { countryCode: 'VN' }),
          inviteForTest(fresh, { countryCode: 'MY' }),
        ]);
        await fresh.inject({
          method: 'PUT',
          url: `/api/r/${invitations[0].token}/answers`,
          payload: { answers: { agency_name: 'A' }, page: 0 },
        });
        await fresh.inject({
          method: 'POST',
          url: `/api/r/${invitations[1].token}/submit`,
          payload: { answers: { agency_name: 'B', uses_social_media: 'no', final_comments: 'None' } },
        });
        const progress = (
          await fresh.inject({ method: 'GET', url: '/api/surveys/pilot/progress', headers: viewer.headers })
        ).json().countries;
        expect(progress).toHaveLength(11);
        expect(progress.find((row: { countryCode: string }) => row.countryCode === 'VN')).toEqual({
          countryCode: 'VN',
          countryName: 'Viet Nam',
          invited: 2,
          started: 2,
          submitted: 1,
          responseRate: 50,
        });
        expect(progress.find((row: { countryCode: string }) => row.countryCode === 'MY')).toMatchObject({
          invited: 1,
          started: 0,
          responseRate: 0,
        });
        expect(progress.find((row: { countryCode: string }) => row.countryCode === 'TL')).toMatchObject({
          invited: 0,
          responseRate: null,
        });
      } finally {
        await fresh.close();
      }
    });
  });

  describe('country coordinators', () => {
    it('see, invite and change only in their own member states, without contact data', async () => {
      const coordinator = await signIn(app, 'coordinator', ['LA']);
      const laos = await inviteForTest(app, { countryCode: 'LA', contactEmail: 'officer@mptc.gov.la' });
      const thailand = await inviteForTest(app, { countryCode: 'TH' });
      const rows = (await as(coordinator, 'GET', '/api/invitations?survey=pilot')).json().invitations;
      expect(new Set(rows.map((row: { countryCode: string }) => row.countryCode))).toEqual(new Set(['LA']));
      expect(
        rows.find((row: { invitationId: number }) => row.invitationId === laos.invitationId),
      ).toMatchObject({ contactEmail: null, contactName: null });

      const outside = await as(coordinator, 'POST', '/api/invitations', {
        survey: 'pilot',
        country: 'TH',
        organisation: 'X',
        organisationType: 'ministry',
      });
      expect(outside.statusCode).toBe(403);
      expect(outside.json().message).toMatch(/not TH/);
      const inside = await as(coordinator, 'POST', '/api/invitations', {
        survey: 'pilot',
        country: 'LA',
        organisation: 'MPT',
        organisationType: 'ministry',
      });
      expect(inside.statusCode).toBe(201);
      const csvOutside = await as(coordinator, 'POST', '/api/invitations/import', {
        survey: 'pilot',
        csv: 'country,organisation\nLA,A\nTH,B\n',
      });
      expect(csvOutside.statusCode).toBe(403);

      expect(
        (await as(coordinator, 'POST', `/api/invitations/${thailand.invitationId}/revoke`)).statusCode,
      ).toBe(404);
      expect((await app.inject({ method: 'GET', url: `/api/r/${thailand.token}` })).statusCode).toBe(200);

      const progress = (await as(coordinator, 'GET', '/api/surveys/pilot/progress')).json().countries;
      expect(progress.map((row: { countryCode: string }) => row.countryCode)).toEqual(['LA']);
    });
  });

  it('keeps the audit log read-only: there is no route that changes it', async () => {
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE'] as const) {
      const response = await app.inject({ method, url: '/api/audit', headers: admin.headers, payload: {} });
      expect(response.statusCode).toBe(404);
    }
  });
});
