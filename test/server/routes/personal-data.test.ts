import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { collectCsv, wideCsv, wideLayout } from '../../../server/export/index.ts';
import { loadSurveyData, recordStream } from '../../../server/results/survey-data.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

const slug = 'personal-study';

/** Each respondent's own data, asked inside the questionnaire: none of it may reach analysts or coordinators. */
const people = [
  {
    countryCode: 'TH',
    organisationName: 'Ministry of Digital Economy',
    contactEmail: 'invitee.somchai@mdes.go.th',
    answers: {
      agency_name: 'Ministry of Digital Economy',
      resp_name: 'Somchai Kittisak',
      resp_email: 'somchai.k@mdes.go.th',
      resp_phone: '+66 2 141 6747',
      resp_channel: 'other',
      'resp_channel-Comment': 'LINE id somchai1975',
      uses_social_media: 'yes',
      final_comments: 'We post daily.',
      accounts: [
        { account_handle: '@mdes_th', account_owner: 'Pimchanok Srisuk' },
        { account_handle: '@mdes_news' },
      ],
    },
  },
  {
    countryCode: 'TH',
    organisationName: 'Electronic Transactions Agency',
    contactEmail: 'invitee.araya@etda.or.th',
    answers: {
      agency_name: 'Electronic Transactions Agency',
      resp_name: 'Araya Chanthawong',
      resp_email: 'araya.c@etda.or.th',
      resp_channel: 'email',
      uses_social_media: 'no',
    },
  },
  {
    countryCode: 'VN',
    organisationName: 'Bộ Thông tin và Truyền thông',
    contactEmail: 'invitee.lan@mic.gov.vn',
    answers: {
      agency_name: 'Bộ Thông tin và Truyền thông',
      resp_name: 'Nguyễn Thị Lan',
      resp_email: 'lan.nt@mic.gov.vn',
      resp_phone: '+84 24 3943 7543',
      uses_social_media: 'yes',
      accounts: [{ account_handle: '@mic_vn', account_owner: 'Trần Văn Hùng' }],
    },
  },
];

/** What the personal questions hold, the way each appears in a CSV or JSON body. */
const personalValues = [
  'Somchai Kittisak',
  'somchai.k@mdes.go.th',
  '+66 2 141 6747',
  'LINE id somchai1975',
  'Pimchanok Srisuk',
  'Araya Chanthawong',
  'araya.c@etda.or.th',
  'Nguyễn Thị Lan',
  'lan.nt@mic.gov.vn',
  '+84 24 3943 7543',
  'Trần Văn Hùng',
];
const contactEmails = people.map((person) => person.contactEmail);
const personalVariables = ['resp_name', 'resp_email', 'resp_phone', 'resp_channel', 'accounts.account_owner'];

function expectNoPersonalData(body: string) {
  for (const value of [...personalValues, ...contactEmails]) expect(body).not.toContain(value);
}

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('answers to questions marked personal data', () => {
  let app: App;
  let analyst: SignedIn;
  let coordinator: SignedIn;
  let admin: SignedIn;
  let researcher: SignedIn;

  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'personal-data') });
    analyst = await signIn(app, 'analyst');
    coordinator = await signIn(app, 'coordinator', ['TH']);
    admin = await signIn(app, 'admin');
    researcher = await signIn(app, 'researcher');
    for (const person of people) {
      const { token } = await inviteForTest(app, {
        surveySlug: slug,
        countryCode: person.countryCode,
        organisationName: person.organisationName,
        contactName: 'Invited Person',
        contactEmail: person.contactEmail,
      });
      const response = await app.inject({
        method: 'POST',
        url: `/api/r/${token}/submit`,
        payload: { answers: person.answers },
      });
      expect(response.statusCode, response.body).toBe(200);
    }
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (who: SignedIn, url: string) => app.inject({ method: 'GET', url, headers: who.headers });

  /** Every results and export route a staff user can read a survey's data through, without the personal flag. */
  const everyReadingUrl = [
    `/api/results/${slug}/aggregates`,
    `/api/results/${slug}/responses`,
    `/api/results/${slug}/text/agency_name`,
    `/api/results/${slug}/text/final_comments`,
    `/api/results/${slug}/text/accounts.account_handle`,
    `/api/exports/${slug}/wide`,
    `/api/exports/${slug}/wide?labels=true`,
    `/api/exports/${slug}/long`,
    `/api/exports/${slug}/long?locale=th`,
    `/api/exports/${slug}/countries`,
  ];

  it('marks the personal variables in the codebook, and the codebook export says which columns are personal', async () => {
    const codebook = (await get(analyst, `/api/results/${slug}/codebook`)).json() as {
      variables: Array<{
        name: string;
        personalData?: true;
        fields: Array<{ name: string; personalData?: true }>;
      }>;
    };
    const marked = codebook.variables
      .filter((variable) => variable.personalData)
      .map((variable) => variable.name);
    expect(marked).toEqual(['resp_name', 'resp_email', 'resp_phone', 'resp_channel']);
    const accounts = codebook.variables.find((variable) => variable.name === 'accounts');
    expect(accounts?.fields.map((field) => [field.name, field.personalData ?? false])).toEqual([
      ['account_handle', false],
      ['account_owner', true],
    ]);
    const rows = parse((await get(analyst, `/api/exports/${slug}/codebook`)).body);
    const personalColumns = [
      ...new Set(rows.filter((row) => row.personal_data === '1').map((row) => row.column)),
    ];
    expect(personalColumns).toEqual([
      'resp_name',
      'resp_email',
      'resp_phone',
      'resp_channel',
      'resp_channel__other_text',
      'accounts.account_owner',
    ]);
    expect(rows.find((row) => row.column === 'agency_name')?.personal_data).toBe('0');
  });

  for (const role of ['analyst', 'coordinator', 'admin', 'researcher'] as const) {
    it(`gives ${role}s no personal answer anywhere unless asked for`, async () => {
      const who = { analyst, coordinator, admin, researcher }[role];
      for (const url of everyReadingUrl) {
        const response = await get(who, url);
        expect(response.statusCode, url).toBe(200);
        expectNoPersonalData(response.body);
        for (const variable of personalVariables)
          expect(response.body, `${url} names ${variable}`).not.toContain(`"${variable}"`);
      }
      const wide = parse((await get(who, `/api/exports/${slug}/wide`)).body);
      expect(Object.keys(wide[0] ?? {})).not.toContain('resp_email');
      expect(Object.keys(wide[0] ?? {})).toContain('agency_name');
      const responses = (await get(who, `/api/results/${slug}/responses`)).json();
      expect(responses.responses[0].answers.agency_name).toBeDefined();
      expect(responses.responses[0]).not.toHaveProperty('contactEmail');
    });
  }

  it('takes the mark in an upload, as JSON or in a spreadsheet, and refuses one that is not true or false', async () => {
    const upload = (format: 'json' | 'csv', content: string) =>
      app.inject({
        method: 'POST',
        url: '/api/surveys/uploaded-study/versions',
        headers: researcher.headers,
        payload: { format, content },
      });
    const definition = (personalData: unknown) =>
      JSON.stringify({
        pages: [{ name: 'p', elements: [{ type: 'text', name: 'resp_name', personalData }] }],
      });
    const refused = await upload('json', definition('yes'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      error: 'invalid_definition',
      details: [
        {
          field: '$.pages[0].elements[0].personalData',
          message: '"personalData" must be true or false, not "yes".',
        },
      ],
    });
    expect((await upload('json', definition(true))).statusCode).toBe(201);
    const spreadsheet = [
      'type,name,label,properties',
      'begin page,p,Page,',
      'text,resp_phone,Your telephone,"{""inputType"": ""tel"", ""personalData"": true}"',
      'end page,,,',
    ].join('\n');
    const fromSpreadsheet = await upload('csv', spreadsheet);
    expect(fromSpreadsheet.statusCode, fromSpreadsheet.body).toBe(201);
    const uploaded = await get(researcher, '/api/surveys/uploaded-study/versions/2/codebook');
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json().variables).toEqual([
      expect.objectContaining({ name: 'resp_phone', inputType: 'tel', personalData: true }),
    ]);
  });

  it('refuses the drill-down into a personal question without the flag, naming it', async () => {
    for (const who of [analyst, coordinator, admin, researcher]) {
      for (const question of ['resp_email', 'resp_channel-Comment', 'accounts.account_owner']) {
        const response = await get(who, `/api/results/${slug}/text/${question}`);
        expect(response.statusCode).toBe(403);
        expect(response.json()).toEqual({
          error: 'forbidden',
          message: `The answers to "${question}" are personal data: only admins and researchers see them, by asking with contacts=true.`,
        });
      }
    }
  });

  it('refuses personal data to analysts and coordinators who ask for it, on every route', async () => {
    for (const who of [analyst, coordinator]) {
      for (const url of [
        `/api/results/${slug}/responses?contacts=true`,
        `/api/results/${slug}/text/resp_email?contacts=true`,
        `/api/results/${slug}/text/agency_name?contacts=true`,
        `/api/exports/${slug}/wide?contacts=true`,
        `/api/exports/${slug}/long?contacts=true`,
      ]) {
        const response = await get(who, url);
        expect(response.statusCode, url).toBe(403);
        expect(response.json().message).toBe('Personal data are only for admins and researchers.');
        expectNoPersonalData(response.body);
      }
    }
  });

  it('gives admins and researchers the personal answers when they ask, everywhere but the aggregates', async () => {
    for (const who of [admin, researcher]) {
      const drill = (await get(who, `/api/results/${slug}/text/resp_email?contacts=true`)).json();
      expect(drill.answers.map((answer: { text: string }) => answer.text).sort()).toEqual(
        people.map((person) => person.answers.resp_email).sort(),
      );
      const owners = (
        await get(who, `/api/results/${slug}/text/accounts.account_owner?contacts=true`)
      ).json();
      expect(owners.answers.map((answer: { text: string }) => answer.text)).toEqual([
        'Pimchanok Srisuk',
        'Trần Văn Hùng',
      ]);
      const responses = (await get(who, `/api/results/${slug}/responses?contacts=true`)).json();
      const thai = responses.responses.find(
        (record: { organisationName: string }) => record.organisationName === 'Ministry of Digital Economy',
      );
      expect(thai.answers).toEqual(people[0]?.answers);
      expect(thai.contactEmail).toBe('invitee.somchai@mdes.go.th');

      const wide = parse((await get(who, `/api/exports/${slug}/wide?contacts=true`)).body);
      const row = wide.find((entry) => entry.organisation === 'Bộ Thông tin và Truyền thông');
      expect(row).toMatchObject({
        contact_email: 'invitee.lan@mic.gov.vn',
        resp_name: 'Nguyễn Thị Lan',
        resp_email: 'lan.nt@mic.gov.vn',
        // A leading + is neutralised as a formula would be, like every other cell.
        resp_phone: "'+84 24 3943 7543",
      });
      const labelled = parse((await get(who, `/api/exports/${slug}/wide?contacts=true&labels=true`)).body);
      expect(labelled.find((entry) => entry.resp_name === 'Somchai Kittisak')?.resp_channel__other_text).toBe(
        'LINE id somchai1975',
      );
      const long = parse((await get(who, `/api/exports/${slug}/long?contacts=true`)).body);
      expect(
        long.filter((entry) => entry.variable === 'accounts.account_owner').map((entry) => entry.value_code),
      ).toEqual(['Pimchanok Srisuk', 'Trần Văn Hùng']);
      expect(
        long.find((entry) => entry.variable === 'resp_phone' && entry.response_id === row?.response_id),
      ).toMatchObject({ value_code: "'+84 24 3943 7543" });

      const aggregates = await get(who, `/api/results/${slug}/aggregates?contacts=true`);
      expect(aggregates.statusCode).toBe(400);
      expectNoPersonalData((await get(who, `/api/results/${slug}/aggregates`)).body);
    }
  });

  it('writes the export without personal data from the stored cells, byte for byte as from the answers', async () => {
    const data = await loadSurveyData(app.repositories, slug);
    const scope = { surveyVersionIds: data.versions.map((version) => version.id), submittedOnly: true };
    let stored = 0;
    for await (const record of app.repositories.responses.streamWideRecords(scope, wideLayout(data.codebook)))
      if ('renderedCells' in record) {
        stored += 1;
        expectNoPersonalData(record.renderedCells);
      }
    expect(stored).toBe(people.length);
    const exported = (await get(analyst, `/api/exports/${slug}/wide`)).body;
    const fromAnswers = await collectCsv(
      wideCsv(recordStream(app.repositories, data, {}, 'all'), data.codebook),
    );
    expect(exported).toBe(fromAnswers);
  });

  it('writes the export with personal data as the one without, plus the personal and contact columns', async () => {
    const without = parse((await get(admin, `/api/exports/${slug}/wide`)).body);
    const withPersonal = parse((await get(admin, `/api/exports/${slug}/wide?contacts=true`)).body);
    const personalColumns = [
      'contact_name',
      'contact_email',
      'resp_name',
      'resp_email',
      'resp_phone',
      'resp_channel',
      'resp_channel__other_text',
    ];
    expect(Object.keys(withPersonal[0] ?? {}).filter((column) => !personalColumns.includes(column))).toEqual(
      Object.keys(without[0] ?? {}),
    );
    expect(
      withPersonal.map((row) =>
        Object.fromEntries(Object.entries(row).filter(([column]) => !personalColumns.includes(column))),
      ),
    ).toEqual(without);
  });
});
