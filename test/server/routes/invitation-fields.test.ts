import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { parseAnswers } from '../../../server/db/repositories/response-repository.ts';
import { responses } from '../../../server/db/schema.ts';
import { sampleCompleteAnswers } from '../../browser/sample-answers.ts';
import { buildTestApp, shippedSurveysDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

const agencyDefinition = JSON.parse(
  readFileSync(path.join(shippedSurveysDir, 'agency-practice.json'), 'utf8'),
);
/** Valid answers as a respondent elsewhere would give them: Brunei, "Sample answer", a ministry. */
const completeAnswers = sampleCompleteAnswers(agencyDefinition);

describe('answers filled in from the invitation', () => {
  let app: App;
  let researcher: SignedIn;
  beforeAll(async () => {
    app = await buildTestApp();
    researcher = await signIn(app, 'researcher');
  });
  afterAll(async () => {
    await app.close();
  });

  const invite = (overrides: Parameters<typeof inviteForTest>[1] = {}) =>
    inviteForTest(app, {
      surveySlug: 'agency-practice',
      countryCode: 'TH',
      organisationName: 'Department of Public Relations',
      organisationType: 'agency',
      contactEmail: 'prd.social@prd.go.th',
      ...overrides,
    });
  const open = async (token: string) => (await app.inject({ method: 'GET', url: `/api/r/${token}` })).json();
  const save = (token: string, answers: Record<string, unknown>) =>
    app.inject({ method: 'PUT', url: `/api/r/${token}/answers`, payload: { answers, page: 0 } });
  const submit = (token: string, answers: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/r/${token}/submit`, payload: { answers } });
  const storedAnswers = async (invitationId: number) => {
    const row = (await app.database.db.select().from(responses)).find(
      (response) => response.invitationId === invitationId,
    );
    return row ? parseAnswers(row) : undefined;
  };

  describe('GET /api/r/:token', () => {
    it("gives the page the invitation's country (as the question's code), organisation, type and contact", async () => {
      const { token } = await invite();
      const view = await open(token);
      expect(view.answers).toEqual({
        ag_country: 'thailand',
        ag_name: 'Department of Public Relations',
        ag_type: 'agency',
        ag_resp_email: 'prd.social@prd.go.th',
      });
      expect(view.prefill).toEqual([
        { question: 'ag_country', field: 'country', value: 'thailand', fixed: true },
        { question: 'ag_name', field: 'organisation', value: 'Department of Public Relations', fixed: true },
        { question: 'ag_type', field: 'organisationType', value: 'agency', fixed: true },
        { question: 'ag_resp_email', field: 'contactEmail', value: 'prd.social@prd.go.th', fixed: false },
      ]);
      expect(view.organisation).toMatchObject({
        name: 'Department of Public Relations',
        countryCode: 'TH',
        countryName: 'Thailand',
        countryNames: { en: 'Thailand', th: 'ไทย', vi: 'Thái Lan', id: 'Thailand' },
      });
    });

    it('leaves out what the invitation lacks, and leaves an organisation type of "other" for the respondent to describe', async () => {
      const { token } = await invite({ organisationType: 'other', contactEmail: undefined });
      const view = await open(token);
      expect(view.answers).toEqual({
        ag_country: 'thailand',
        ag_name: 'Department of Public Relations',
        ag_type: 'other',
      });
      expect(view.prefill.find((entry: { field: string }) => entry.field === 'organisationType')).toEqual({
        question: 'ag_type',
        field: 'organisationType',
        value: 'other',
        fixed: false,
      });
    });

    it('puts the fixed values over answers saved before, and keeps a cleared editable answer cleared', async () => {
      const { token, invitationId } = await invite();
      await open(token);
      expect((await save(token, { ag_country: 'viet_nam', ag_resp_email: null })).statusCode).toBe(200);
      const view = await open(token);
      expect(view.answers.ag_country).toBe('thailand');
      expect(view.answers).not.toHaveProperty('ag_resp_email');
      expect((await storedAnswers(invitationId))?.ag_country).toBe('thailand');
    });
  });

  describe('POST /api/r/:token/submit', () => {
    it("stores the invitation's value for a fixed field sent otherwise, and the respondent's change of an editable one", async () => {
      const { token, invitationId } = await invite();
      const sent = {
        ...completeAnswers,
        ag_country: 'viet_nam',
        ag_name: 'Some other body',
        ag_type: 'ministry',
        ag_resp_email: 'deputy.director@prd.go.th',
      };
      const response = await submit(token, sent);
      expect(response.statusCode).toBe(200);
      expect(await storedAnswers(invitationId)).toMatchObject({
        ag_country: 'thailand',
        ag_name: 'Department of Public Relations',
        ag_type: 'agency',
        ag_resp_email: 'deputy.director@prd.go.th',
      });
    });

    it('fills a fixed field the page did not send at all', async () => {
      const { token, invitationId } = await invite({ countryCode: 'LA' });
      const { ag_country: _country, ag_name: _name, ag_type: _type, ...rest } = completeAnswers;
      expect((await submit(token, rest)).statusCode).toBe(200);
      expect(await storedAnswers(invitationId)).toMatchObject({
        ag_country: 'lao_pdr',
        ag_name: 'Department of Public Relations',
        ag_type: 'agency',
      });
    });
  });

  it("exports one country: the questionnaire's country column says what the invitation's does", async () => {
    const { token } = await invite({ countryCode: 'KH', organisationName: 'Ministry of Information (KH)' });
    expect((await submit(token, { ...completeAnswers, ag_country: 'thailand' })).statusCode).toBe(200);
    const wide = await app.inject({
      method: 'GET',
      url: '/api/exports/agency-practice/wide',
      headers: researcher.headers,
    });
    const rows = Papa.parse<Record<string, string>>(wide.body.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const row = rows.find((candidate) => candidate.organisation === 'Ministry of Information (KH)');
    expect(row).toMatchObject({
      country: 'KH',
      ag_country: 'cambodia',
      ag_name: 'Ministry of Information (KH)',
    });
    // Every submitted row agrees: no response holds a second, different country.
    const names = { cambodia: 'KH', thailand: 'TH', lao_pdr: 'LA' } as Record<string, string>;
    for (const each of rows) expect(names[each.ag_country ?? '']).toBe(each.country);
  });

  it('says in the codebook which columns are filled from the invitation, fixed or editable', async () => {
    const codebook = await app.inject({
      method: 'GET',
      url: '/api/exports/agency-practice/codebook',
      headers: researcher.headers,
    });
    const rows = Papa.parse<Record<string, string>>(codebook.body.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const filledFrom = (column: string) => [
      ...new Set(rows.filter((row) => row.column === column).map((row) => row.invitation_field)),
    ];
    expect(filledFrom('ag_country')).toEqual(['country (fixed)']);
    expect(filledFrom('ag_type')).toEqual(['organisationType (fixed)']);
    expect(filledFrom('ag_resp_email')).toEqual(['contactEmail (editable)']);
    expect(filledFrom('ag_resp_role')).toEqual(['']);
    expect(rows.find((row) => row.column === 'country')?.label_en).toContain('Country of the invitation');
  });

  it('takes the mark in a JSON or spreadsheet upload and refuses a wrong value, naming the JSON path', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/surveys/field-study/versions',
      headers: researcher.headers,
      payload: {
        format: 'json',
        content: JSON.stringify({
          pages: [{ name: 'p', elements: [{ type: 'text', name: 'org', invitationField: 'ministry' }] }],
        }),
      },
    });
    expect(response.statusCode).toBe(422);
    const fromSpreadsheet = (properties: string) =>
      app.inject({
        method: 'POST',
        url: '/api/surveys/field-study/versions',
        headers: researcher.headers,
        payload: {
          format: 'csv',
          content: [
            'type,name,label,properties',
            'begin page,p,Page,',
            `text,org,Organisation,"${properties}"`,
            'end page,,,',
          ].join('\n'),
        },
      });
    expect((await fromSpreadsheet('{""invitationField"": ""organisation""}')).statusCode).toBe(201);
    const refusedSheet = await fromSpreadsheet(
      '{""invitationField"": ""organisation"", ""invitationFieldEditable"": ""yes""}',
    );
    expect(refusedSheet.statusCode).toBe(422);
    expect(JSON.stringify(refusedSheet.json().details)).toContain('invitationFieldEditable');
    expect(response.json()).toMatchObject({
      error: 'invalid_definition',
      details: [
        {
          field: '$.pages[0].elements[0].invitationField',
          message:
            '"invitationField" must be one of country, organisation, organisationType, contactName, contactEmail, not "ministry".',
        },
      ],
    });
  });
});
