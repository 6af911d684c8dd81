import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

describe('POST /api/invitations/import with duplicates', () => {
  let app: App;
  let researcher: SignedIn;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    researcher = await signIn(app, 'researcher');
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = (csv: string, extra: object = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/invitations/import',
      headers: researcher.headers,
      payload: { survey: 'pilot', csv, ...extra },
    });
  const count = async () => (await app.repositories.invitations.list()).length;

  const file = [
    'country,organisation,contact_email',
    'KH,Ministry of Post and Telecommunications,sok@mptc.gov.kh',
    'LA,Lao National Radio,',
    'PH,Department of Information and Communications Technology,info@dict.gov.ph',
  ].join('\n');

  it('creates nothing the second time the same file is uploaded, and says which invitation each line repeats', async () => {
    const first = await upload(file);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ created: 3, skipped: 0, duplicates: [] });
    const firstIds = first.json().links.map((link: { invitationId: number }) => link.invitationId);
    const before = await count();

    const second = await upload(file);
    expect(second.statusCode).toBe(201);
    const body = second.json();
    expect(body.created).toBe(0);
    expect(body.links).toEqual([]);
    expect(body.skipped).toBe(3);
    expect(body.message).toBe(
      'Nothing was created: every row is already invited. 3 duplicates skipped (lines 2, 3, 4).',
    );
    expect(body.duplicates.map((row: { line: number }) => row.line)).toEqual([2, 3, 4]);
    expect(body.duplicates[0]).toMatchObject({
      line: 2,
      countryCode: 'KH',
      organisationName: 'Ministry of Post and Telecommunications',
      contactEmail: 'sok@mptc.gov.kh',
      existingInvitation: {
        invitationId: firstIds[0],
        organisationName: 'Ministry of Post and Telecommunications',
      },
      sameAsLine: null,
      skipped: true,
    });
    expect(body.duplicates[0].message).toMatch(
      /^line 2: Ministry of Post and Telecommunications \(KH, sok@mptc\.gov\.kh\) is already invited \(invitation \d+, created/,
    );
    expect(await count()).toBe(before);
  });

  it('treats case and spacing of the organisation and e-mail as the same, and reports a repeat within the file', async () => {
    const csv = [
      'country,organisation,contact_email',
      'KH,  ministry of POST and   telecommunications ,SOK@mptc.gov.kh',
      'MY,Malaysian Communications and Multimedia Commission,',
      'MY,malaysian communications and multimedia commission,',
      'MY,Malaysian Communications and Multimedia Commission,other@mcmc.gov.my',
    ].join('\n');
    const before = await count();
    const response = await upload(csv);
    const body = response.json();
    expect(body.created).toBe(2);
    expect(body.links.map((link: { line: number }) => link.line)).toEqual([3, 5]);
    expect(body.duplicates).toMatchObject([
      { line: 2, existingInvitation: { organisationName: 'Ministry of Post and Telecommunications' } },
      { line: 4, existingInvitation: null, sameAsLine: 3, skipped: true },
    ]);
    expect(body.message).toBe('2 invitations created; 2 duplicates skipped (lines 2, 4).');
    const links = Papa.parse<Record<string, string>>(body.linksCsv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(links.map((row) => row.contact_email)).toEqual(['', 'other@mcmc.gov.my']);
    expect(await count()).toBe(before + 2);
  });

  it('creates duplicates anyway with duplicates=create, still listing them', async () => {
    const before = await count();
    const response = await upload(file, { duplicates: 'create' });
    const body = response.json();
    expect(body.created).toBe(3);
    expect(body.skipped).toBe(0);
    expect(body.duplicates).toHaveLength(3);
    expect(body.duplicates.every((row: { skipped: boolean }) => row.skipped === false)).toBe(true);
    expect(body.message).toBe('3 invitations created, 3 of them duplicating invitations already made.');
    expect(await count()).toBe(before + 3);
  });

  it('does not count a revoked invitation as a duplicate', async () => {
    const revoked = await inviteForTest(app, {
      countryCode: 'SG',
      organisationName: 'Infocomm Media Development Authority',
    });
    await app.repositories.invitations.revoke(revoked.invitationId, { actorLabel: 'test' });
    const response = await upload('country,organisation\nSG,Infocomm Media Development Authority\n');
    expect(response.json()).toMatchObject({ created: 1, duplicates: [] });
  });

  it('refuses an unknown duplicates option', async () => {
    const response = await upload(file, { duplicates: 'merge' });
    expect(response.statusCode).toBe(400);
  });
});
