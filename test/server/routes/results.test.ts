import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

const answersFor = (agency: string, usesSocialMedia: 'yes' | 'no', extra: Record<string, unknown> = {}) =>
  usesSocialMedia === 'yes'
    ? { agency_name: agency, uses_social_media: 'yes', platforms: ['facebook'], ...extra }
    : { agency_name: agency, uses_social_media: 'no', final_comments: 'None yet', ...extra };

describe('results and exports API', () => {
  let app: App;
  let analyst: SignedIn;
  let coordinator: SignedIn;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    analyst = await signIn(app, 'analyst');
    coordinator = await signIn(app, 'coordinator', ['VN']);
    const plan: Array<[string, string, 'yes' | 'no', Record<string, unknown>?]> = [
      ['TH', 'Ministry A', 'yes', { region: 'national' }],
      ['TH', 'Ministry B', 'yes'],
      ['TH', 'Ministry C', 'no'],
      ['TH', 'Ministry D', 'yes', { final_comments: '=HYPERLINK("http://x")' }],
      [
        'VN',
        'Bộ Thông tin và Truyền thông',
        'yes',
        { final_comments: 'Ý kiến, có dấu phẩy\nvà "ngoặc kép"' },
      ],
      ['VN', 'Ministry F', 'no'],
      ['VN', 'Ministry G', 'no'],
      ['KH', 'ក្រសួងប្រៃសណីយ៍', 'yes'],
      ['KH', 'Ministry I', 'yes'],
    ];
    for (const [countryCode, organisationName, uses, extra] of plan) {
      const { token } = await inviteForTest(app, { countryCode, organisationName });
      const response = await app.inject({
        method: 'POST',
        url: `/api/r/${token}/submit`,
        payload: { answers: answersFor(organisationName, uses, extra) },
      });
      expect(response.statusCode).toBe(200);
    }
    const inProgress = await inviteForTest(app, { countryCode: 'TH' });
    await app.inject({
      method: 'PUT',
      url: `/api/r/${inProgress.token}/answers`,
      payload: { answers: { uses_social_media: 'no' }, page: 0 },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (who: SignedIn, url: string) => app.inject({ method: 'GET', url, headers: who.headers });
  type Cell = {
    countryCode: string;
    suppressed: boolean;
    n: number | null;
    values?: Array<{ code: string; count: number; percent: number }>;
  };
  const cellsOf = (
    report: { questions: Array<{ question: string; items: Array<{ countries: Cell[] }> }> },
    question: string,
  ) => report.questions.find((entry) => entry.question === question)?.items[0]?.countries ?? [];

  it('aggregates submitted responses per country, withholding cells under k = 3 in the API itself', async () => {
    const response = await get(analyst, '/api/results/pilot/aggregates');
    expect(response.statusCode).toBe(200);
    const cells = cellsOf(response.json(), 'uses_social_media');
    const byCountry = new Map(cells.map((cell) => [cell.countryCode, cell]));
    expect(byCountry.get('TH')).toMatchObject({ suppressed: false, n: 4 });
    expect(byCountry.get('TH')?.values?.find((value) => value.code === 'yes')).toMatchObject({
      count: 3,
      percent: 75,
    });
    expect(byCountry.get('VN')).toMatchObject({ suppressed: false, n: 3 });
    expect(byCountry.get('KH')).toMatchObject({ suppressed: true, n: null });
    expect(byCountry.get('KH')).not.toHaveProperty('values');
    expect(byCountry.get('ASEAN')).toMatchObject({ suppressed: false, n: 7 });
    expect(response.json()).toMatchObject({ responses: 9, syntheticResponses: 0 });
    expect(JSON.stringify(response.json())).not.toMatch(/ក្រសួង/);
  });

  it('filters by country and organisation type through the URL, and rejects a bad filter naming it', async () => {
    const filtered = (await get(analyst, '/api/results/pilot/aggregates?countries=TH&types=ministry')).json();
    expect(filtered.countries).toEqual(['TH', 'ASEAN']);
    const bad = await get(analyst, '/api/results/pilot/aggregates?countries=XX');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('countries');
    const badDate = await get(analyst, '/api/results/pilot/aggregates?from=yesterday');
    expect(badDate.statusCode).toBe(400);
  });

  it('shows a coordinator only their member states', async () => {
    const report = (await get(coordinator, '/api/results/pilot/aggregates')).json();
    expect(report.countries).toEqual(['VN', 'ASEAN']);
    const asked = (await get(coordinator, '/api/results/pilot/aggregates?countries=TH,VN')).json();
    expect(asked.countries).toEqual(['VN', 'ASEAN']);
    const wide = Papa.parse<Record<string, string>>(
      (await get(coordinator, '/api/exports/pilot/wide')).body,
      { header: true, skipEmptyLines: true },
    );
    expect(new Set(wide.data.map((row) => row.country))).toEqual(new Set(['VN']));
    const json = (await get(coordinator, '/api/results/pilot/responses')).json();
    expect(new Set(json.responses.map((row: { countryCode: string }) => row.countryCode))).toEqual(
      new Set(['VN']),
    );
  });

  it('exports wide CSV that parses back to what was submitted, with formulas neutralised and a BOM on request', async () => {
    const response = await get(analyst, '/api/exports/pilot/wide?bom=true');
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="pilot-wide.csv"');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(response.body.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(9);
    const vietnamese = rows.find((row) => row.organisation === 'Bộ Thông tin và Truyền thông');
    expect(vietnamese?.final_comments).toBe('Ý kiến, có dấu phẩy\nvà "ngoặc kép"');
    expect(vietnamese?.platforms__facebook).toBe('1');
    expect(rows.find((row) => row.organisation === 'Ministry D')?.final_comments).toBe(
      `'=HYPERLINK("http://x")`,
    );
    expect(rows.find((row) => row.organisation === 'ក្រសួងប្រៃសណីយ៍')?.country).toBe('KH');
  });

  it('exports long, codebook and country comparison CSV', async () => {
    const long = Papa.parse<Record<string, string>>((await get(analyst, '/api/exports/pilot/long')).body, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(long.filter((row) => row.variable === 'uses_social_media')).toHaveLength(9);
    const codebook = (await get(analyst, '/api/exports/pilot/codebook')).body;
    expect(codebook).toMatch(/uses_social_media/);
    expect(codebook).toMatch(/หน่วยงานใช้โซเชียลมีเดียหรือไม่/);
    const countries = Papa.parse<Record<string, string>>(
      (await get(analyst, '/api/exports/pilot/countries')).body,
      { header: true, skipEmptyLines: true },
    ).data;
    const cambodia = countries.filter((row) => row.question === 'uses_social_media' && row.country === 'KH');
    expect(cambodia.every((row) => row.suppressed === '1' || row.suppressed === 'true')).toBe(true);
    expect(cambodia.every((row) => row.count === '')).toBe(true);
  });

  it('gives the text drill-down and the merged codebook as JSON', async () => {
    const texts = (await get(analyst, '/api/results/pilot/text/final_comments')).json();
    expect(texts.answers.map((answer: { text: string }) => answer.text)).toContain('None yet');
    const codebook = (await get(analyst, '/api/results/pilot/codebook')).json();
    expect(codebook.variables.map((variable: { name: string }) => variable.name)).toContain('accounts');
    expect((await get(analyst, '/api/results/pilot/text/no_such_question')).statusCode).toBe(404);
  });

  it('answers a repeated aggregate request from the cache, and recomputes after a new submission', async () => {
    const first = (await get(analyst, '/api/results/pilot/aggregates?countries=VN')).json();
    const again = (await get(analyst, '/api/results/pilot/aggregates?countries=VN')).json();
    expect(again).toEqual(first);
    const { token } = await inviteForTest(app, { countryCode: 'VN' });
    await app.inject({
      method: 'POST',
      url: `/api/r/${token}/submit`,
      payload: { answers: answersFor('Ministry J', 'yes') },
    });
    const after = (await get(analyst, '/api/results/pilot/aggregates?countries=VN')).json();
    expect(cellsOf(after, 'uses_social_media').find((cell) => cell.countryCode === 'VN')?.n).toBe(4);
  });
  it('leaves contact data out of exports unless an admin or researcher asks for it', async () => {
    const researcher = await signIn(app, 'researcher');
    const { token } = await inviteForTest(app, {
      countryCode: 'TH',
      organisationName: 'Ministry K',
      contactName: 'Somchai',
      contactEmail: 'somchai@example.go.th',
    });
    await app.inject({
      method: 'POST',
      url: `/api/r/${token}/submit`,
      payload: { answers: answersFor('Ministry K', 'no') },
    });
    const plain = (await get(researcher, '/api/exports/pilot/wide')).body;
    expect(plain).not.toMatch(/Somchai|somchai@/);
    expect(plain.split('\n')[0]).not.toMatch(/contact_name/);
    const withContacts = Papa.parse<Record<string, string>>(
      (await get(researcher, '/api/exports/pilot/wide?contacts=true')).body,
      { header: true, skipEmptyLines: true },
    ).data;
    expect(withContacts.find((row) => row.organisation === 'Ministry K')).toMatchObject({
      contact_name: 'Somchai',
      contact_email: 'somchai@example.go.th',
    });
    const refused = await get(analyst, '/api/exports/pilot/wide?contacts=true');
    expect(refused.statusCode).toBe(403);
    expect(JSON.stringify((await get(researcher, '/api/results/pilot/responses')).json())).not.toMatch(
      /Somchai/,
    );
  });

  it('takes k of suppression from the survey settings', async () => {
    const researcher = await signIn(app, 'researcher');
    const changed = await app.inject({
      method: 'PATCH',
      url: '/api/surveys/pilot',
      headers: researcher.headers,
      payload: { minimumCellSize: 2 },
    });
    expect(changed.json().minimumCellSize).toBe(2);
    const cambodia = cellsOf(
      (await get(analyst, '/api/results/pilot/aggregates')).json(),
      'uses_social_media',
    ).find((cell) => cell.countryCode === 'KH');
    expect(cambodia).toMatchObject({ suppressed: false, n: 2 });
    const tooSmall = await app.inject({
      method: 'PATCH',
      url: '/api/surveys/pilot',
      headers: researcher.headers,
      payload: { minimumCellSize: 0 },
    });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().details[0].field).toBe('minimumCellSize');
  });
});
