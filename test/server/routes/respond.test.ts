import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { invitations, responses, surveyVersions } from '../../../server/db/schema.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';

const validAnswers = {
  agency_name: 'Ministry of Digital Economy and Society',
  uses_social_media: 'yes',
  platforms: ['facebook', 'line'],
  contact_email: 'smo@mdes.go.th',
  staff_count: 12,
  instruments: { law: 'exists', plan: 'none' },
  accounts: [{ account_name: 'MDES Thailand', account_platform: 'facebook' }],
};

describe('the respondent API', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
  });
  afterAll(async () => {
    await app.close();
  });

  const open = (token: string) => app.inject({ method: 'GET', url: `/api/r/${token}` });
  const save = (token: string, body: unknown) =>
    app.inject({ method: 'PUT', url: `/api/r/${token}/answers`, payload: body as object });
  const submit = (token: string, body: unknown) =>
    app.inject({ method: 'POST', url: `/api/r/${token}/submit`, payload: body as object });
  const responseRows = async (invitationId: number) =>
    (await app.database.db.select().from(responses)).filter((row) => row.invitationId === invitationId);

  describe('GET /api/r/:token', () => {
    it('returns the survey version, empty answers and status new for a fresh link', async () => {
      const { token } = await inviteForTest(app, { preferredLocale: 'th' });
      const response = await open(token);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({
        survey: {
          slug: 'pilot',
          version: 1,
          title: 'Pilot questionnaire',
          locales: ['en', 'th'],
          translationStatus: { th: 'draft' },
        },
        organisation: {
          name: 'Ministry of Digital Economy and Society',
          type: 'ministry',
          countryCode: 'TH',
          countryName: 'Thailand',
        },
        answers: {},
        page: 0,
        status: 'new',
        locale: 'th',
        collection: 'open',
        receipt: null,
      });
      expect(body.survey.definition.pages).toHaveLength(2);
    });

    it('answers 404 alike for unknown, malformed and revoked tokens', async () => {
      const { token, invitationId } = await inviteForTest(app);
      await app.repositories.invitations.revoke(invitationId, { actorLabel: 'test' });
      const answers = await Promise.all(['A'.repeat(43), 'short', token].map(open));
      for (const response of answers) {
        expect(response.statusCode).toBe(404);
        expect(response.json()).toEqual({
          error: 'invitation_not_found',
          message: 'This invitation link is not valid. Check the link or contact the research team.',
        });
      }
    });

    it('serves the respondent page at /r/:token, with 404 for a dead link', async () => {
      const { token } = await inviteForTest(app);
      const live = await app.inject({ method: 'GET', url: `/r/${token}` });
      expect(live.statusCode).toBe(200);
      expect(live.headers['content-type']).toMatch(/text\/html/);
      expect(live.headers['cache-control']).toBe('no-store');
      const dead = await app.inject({ method: 'GET', url: `/r/${'B'.repeat(43)}` });
      expect(dead.statusCode).toBe(404);
      expect(dead.body).toBe(live.body);
    });
  });

  describe('PUT /api/r/:token/answers', () => {
    it('saves answers and page, merges by question name and clears with null', async () => {
      const { token } = await inviteForTest(app);
      expect(
        (await save(token, { answers: { agency_name: 'MDES', uses_social_media: 'yes' }, page: 0 }))
          .statusCode,
      ).toBe(200);
      const second = await save(token, {
        answers: { platforms: ['facebook'], uses_social_media: null },
        page: 1,
        locale: 'th',
      });
      expect(second.statusCode).toBe(200);
      expect(second.json()).toMatchObject({ status: 'in_progress', savedAt: expect.any(String) });
      const body = (await open(token)).json();
      expect(body).toMatchObject({
        status: 'in_progress',
        page: 1,
        locale: 'th',
        answers: { agency_name: 'MDES', platforms: ['facebook'] },
      });
      expect(body.answers).not.toHaveProperty('uses_social_media');
    });

    it('accepts incomplete answers and values outside the choices while in progress', async () => {
      const { token } = await inviteForTest(app);
      const response = await save(token, { answers: { region: 'somewhere else' }, page: 0 });
      expect(response.statusCode).toBe(200);
    });

    it.each([
      [
        'an unknown question',
        { answers: { favourite_colour: 'blue' }, page: 0 },
        'answers.favourite_colour',
        /not a question/,
      ],
      [
        'a list for a text question',
        { answers: { agency_name: ['a', 'b'] }, page: 0 },
        'answers.agency_name',
        /must be text/,
      ],
      [
        'text for a multiple choice',
        { answers: { platforms: 'facebook' }, page: 0 },
        'answers.platforms',
        /list of choices/,
      ],
      [
        'a word for a number',
        { answers: { staff_count: 'twelve' }, page: 0 },
        'answers.staff_count',
        /must be a number/,
      ],
      [
        'a NUL character',
        { answers: { agency_name: 'MDES\u0000' }, page: 0 },
        'answers.agency_name',
        /control character \(U\+00(00|1B)\)/,
      ],
      [
        'an escape character',
        { answers: { agency_name: 'MDES\u001b[31m' }, page: 0 },
        'answers.agency_name',
        /control character \(U\+00(00|1B)\)/,
      ],
      [
        'text longer than the cap',
        { answers: { final_comments: 'x'.repeat(10_001) }, page: 0 },
        'answers.final_comments',
        /longer than 10000/,
      ],
      [
        'an unknown panel field',
        { answers: { accounts: [{ followers: 3 }] }, page: 0 },
        'answers.accounts[0].followers',
        /not a field of accounts/,
      ],
      [
        'an unknown matrix row',
        { answers: { instruments: { decree: 'exists' } }, page: 0 },
        'answers.instruments',
        /not a row/,
      ],
      ['a page out of range', { answers: {}, page: 2 }, 'page', /must be below 2/],
      ['a negative page', { answers: {}, page: -1 }, 'page', /must be >= 0/],
      ['a missing page', { answers: {} }, 'page', /page/],
      ['an extra field', { answers: {}, page: 0, admin: true }, 'admin', /not an accepted field/],
      ['answers that are not an object', { answers: 'all of them', page: 0 }, 'answers', /must be object/],
    ])('rejects %s with a 400 naming the field', async (_case, body, field, message) => {
      const { token, invitationId } = await inviteForTest(app);
      await save(token, { answers: { agency_name: 'Before' }, page: 0 });
      const response = await save(token, body);
      expect(response.statusCode).toBe(400);
      const error = response.json();
      expect(error.error).toBe('validation_failed');
      expect(error.details.map((detail: { field: string }) => detail.field)).toContain(field);
      expect(JSON.stringify(error.details)).toMatch(message);
      const [row] = await responseRows(invitationId);
      expect(JSON.parse(row!.answers)).toEqual({ agency_name: 'Before' });
    });

    it('answers 413 for a body over the limit and keeps what was stored', async () => {
      const { token, invitationId } = await inviteForTest(app);
      await save(token, { answers: { agency_name: 'Before' }, page: 0 });
      const response = await save(token, { answers: { final_comments: 'x'.repeat(600 * 1024) }, page: 0 });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ error: 'payload_too_large' });
      expect(JSON.parse((await responseRows(invitationId))[0]!.answers)).toEqual({ agency_name: 'Before' });
    });

    it('answers 400 for a body that is not JSON', async () => {
      const { token } = await inviteForTest(app);
      const response = await app.inject({
        method: 'PUT',
        url: `/api/r/${token}/answers`,
        headers: { 'content-type': 'application/json' },
        payload: '{"answers": {',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid_json' });
    });
  });

  describe('POST /api/r/:token/submit', () => {
    it('stores a valid submission once and returns a receipt', async () => {
      const { token, invitationId } = await inviteForTest(app);
      const response = await submit(token, { answers: validAnswers, locale: 'th' });
      expect(response.statusCode).toBe(200);
      const receipt = response.json();
      expect(receipt.reference).toMatch(/^TJ-TH-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(Date.parse(receipt.submittedAt)).not.toBeNaN();
      const rows = await responseRows(invitationId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'submitted', reference: receipt.reference, locale: 'th' });
      expect(JSON.parse(rows[0]!.answers)).toEqual(validAnswers);

      const reopened = (await open(token)).json();
      expect(reopened).toMatchObject({ status: 'submitted', receipt, answers: validAnswers });
    });

    it('gives a retried or doubled submit the same receipt and never a second response', async () => {
      const { token, invitationId } = await inviteForTest(app);
      const [first, second] = await Promise.all([
        submit(token, { answers: validAnswers }),
        submit(token, { answers: validAnswers }),
      ]);
      const third = await submit(token, { answers: { ...validAnswers, agency_name: 'Changed' } });
      expect([first.statusCode, second.statusCode, third.statusCode]).toEqual([200, 200, 200]);
      expect(second.json()).toEqual(first.json());
      expect(third.json()).toEqual(first.json());
      const rows = await responseRows(invitationId);
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0]!.answers).agency_name).toBe(validAnswers.agency_name);
    });

    it('refuses to save after submission', async () => {
      const { token } = await inviteForTest(app);
      await submit(token, { answers: validAnswers });
      const response = await save(token, { answers: { agency_name: 'Late change' }, page: 0 });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ error: 'already_submitted' });
    });

    it('reports missing required answers, respecting visibleIf, as 422 naming each question', async () => {
      const { token, invitationId } = await inviteForTest(app);
      const response = await submit(token, { answers: { uses_social_media: 'yes' } });
      expect(response.statusCode).toBe(422);
      const body = response.json();
      expect(body.error).toBe('answers_invalid');
      expect(body.details.map((detail: { question: string }) => detail.question).sort()).toEqual([
        'agency_name',
        'platforms',
      ]);
      expect(body.details[0].message).toMatch(/required/i);
      expect(await responseRows(invitationId)).toHaveLength(0);
    });

    it('applies requiredIf', async () => {
      const { token } = await inviteForTest(app);
      const response = await submit(token, { answers: { agency_name: 'A', uses_social_media: 'no' } });
      expect(response.statusCode).toBe(422);
      expect(response.json().details).toEqual([
        { question: 'final_comments', message: expect.stringMatching(/required/i) },
      ]);
    });

    it('rejects an answer that is not among the choices, even on an optional question', async () => {
      const { token } = await inviteForTest(app);
      const response = await submit(token, { answers: { ...validAnswers, region: 'overseas' } });
      expect(response.statusCode).toBe(422);
      expect(response.json().details).toEqual([
        { question: 'region', message: '"overseas" is not one of the choices' },
      ]);
    });

    it('rejects a matrix cell outside the columns and a multiple choice outside the choices', async () => {
      const { token } = await inviteForTest(app);
      const response = await submit(token, {
        answers: { ...validAnswers, instruments: { law: 'maybe' }, platforms: ['facebook', 'myspace'] },
      });
      expect(response.statusCode).toBe(422);
      const questions = response
        .json()
        .details.map((detail: { question: string }) => detail.question)
        .sort();
      expect(questions).toEqual(['instruments', 'platforms']);
    });

    it('runs the questionnaire validators (e-mail, numeric range)', async () => {
      const { token } = await inviteForTest(app);
      const response = await submit(token, {
        answers: { ...validAnswers, contact_email: 'not-an-address', staff_count: 5000 },
      });
      expect(response.statusCode).toBe(422);
      const questions = response
        .json()
        .details.map((detail: { question: string }) => detail.question)
        .sort();
      expect(questions).toEqual(['contact_email', 'staff_count']);
    });

    it('names the dynamic panel entry of a missing required field', async () => {
      const { token } = await inviteForTest(app);
      const response = await submit(token, {
        answers: { ...validAnswers, accounts: [{ account_name: 'One' }, { account_platform: 'youtube' }] },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().details).toEqual([
        {
          question: 'account_name',
          panel: 'accounts',
          entry: 1,
          message: expect.stringMatching(/required/i),
        },
      ]);
    });

    it('rejects unknown question names', async () => {
      const { token } = await inviteForTest(app);
      const response = await submit(token, { answers: { ...validAnswers, injected: 'x' } });
      expect(response.statusCode).toBe(422);
      expect(response.json().details).toEqual([
        { question: 'injected', message: '"injected" is not a question of this questionnaire' },
      ]);
    });

    it('drops answers to questions hidden by skip logic', async () => {
      const { token, invitationId } = await inviteForTest(app);
      const response = await submit(token, {
        answers: {
          agency_name: 'A',
          uses_social_media: 'no',
          platforms: ['facebook'],
          final_comments: 'We do not.',
        },
      });
      expect(response.statusCode).toBe(200);
      const [row] = await responseRows(invitationId);
      expect(JSON.parse(row!.answers)).toEqual({
        agency_name: 'A',
        uses_social_media: 'no',
        final_comments: 'We do not.',
      });
    });
  });

  describe('a closed survey', () => {
    it('shows as closed and refuses saves and submissions', async () => {
      const { token, invitationId } = await inviteForTest(app);
      const invitation = await app.repositories.invitations.findById(invitationId);
      const { db } = app.database;
      const { eq } = await import('drizzle-orm');
      await db
        .update(surveyVersions)
        .set({ status: 'closed' })
        .where(eq(surveyVersions.id, invitation!.surveyVersionId));
      try {
        expect((await open(token)).json()).toMatchObject({ collection: 'closed' });
        const saved = await save(token, { answers: { agency_name: 'A' }, page: 0 });
        expect(saved.statusCode).toBe(409);
        expect(saved.json()).toMatchObject({ error: 'survey_closed' });
        expect((await submit(token, { answers: validAnswers })).json()).toMatchObject({
          error: 'survey_closed',
        });
        expect(await responseRows(invitationId)).toHaveLength(0);
      } finally {
        await db
          .update(surveyVersions)
          .set({ status: 'published' })
          .where(eq(surveyVersions.id, invitation!.surveyVersionId));
      }
    });
  });

  it('keeps the invitation tables free of tokens', async () => {
    const { token } = await inviteForTest(app);
    const rows = await app.database.db.select().from(invitations);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});
