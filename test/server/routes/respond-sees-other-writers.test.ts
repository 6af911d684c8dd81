/**
 * The respondent path reads the invitation, its version and the stored answers afresh on every request (it kept
 * copies in memory once, which a second process could make wrong). These tests save, change the database behind the
 * respondent — through this process's repositories, and through a second connection as the CLI or a second server
 * would — and check that the next request sees the change.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { parseAnswers } from '../../../server/db/repositories/response-repository.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';

const actor = { actorLabel: 'test' };

describe('the respondent path sees every writer', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
  });
  afterAll(async () => {
    await app.close();
  });

  const save = (token: string, answers: Record<string, unknown>, page = 0) =>
    app.inject({ method: 'PUT', url: `/api/r/${token}/answers`, payload: { answers, page } });
  const storedAnswers = async (invitationId: number) => {
    const row = await app.repositories.responses.findByInvitation(invitationId);
    return row ? { status: row.status, answers: parseAnswers(row) } : undefined;
  };
  /** Another connection to the same file, as `npm run cli` or a second server process would have. */
  const fromAnotherProcess = (change: (connection: BetterSqlite3.Database) => void) => {
    const connection = new BetterSqlite3(app.appOptions.databasePath);
    try {
      change(connection);
    } finally {
      connection.close();
    }
  };
  // Another process's commits may be seen up to 10 ms late by the invitation look-up (invitation-repository.ts).
  const pastOtherProcessLag = () => new Promise((resolve) => setTimeout(resolve, 30));

  async function savedOnce() {
    const invitation = await inviteForTest(app);
    const first = await save(invitation.token, { agency_name: 'MDES' });
    expect(first.statusCode).toBe(200);
    return invitation;
  }

  it('refuses a link revoked in the workspace at the next save', async () => {
    const { token, invitationId } = await savedOnce();
    await app.repositories.invitations.revoke(invitationId, actor);
    const next = await save(token, { agency_name: 'MDES 2' });
    expect(next.statusCode).toBe(404);
    expect(next.json()).toMatchObject({ error: 'invitation_not_found' });
    expect(await storedAnswers(invitationId)).toMatchObject({ answers: { agency_name: 'MDES' } });
  });

  it('refuses a link revoked by another process', async () => {
    const { token, invitationId } = await savedOnce();
    fromAnotherProcess((connection) =>
      connection.prepare("update invitations set status = 'revoked' where id = ?").run(invitationId),
    );
    await pastOtherProcessLag();
    expect((await save(token, { agency_name: 'MDES 2' })).statusCode).toBe(404);
  });

  it('refuses saves once the version is closed or the collection window has ended', async () => {
    const { token, invitationId } = await savedOnce();
    const invitation = await app.repositories.invitations.findById(invitationId);
    const versionId = invitation?.surveyVersionId as number;
    await app.repositories.surveys.setVersionStatus(versionId, 'closed', actor);
    try {
      expect((await save(token, { agency_name: 'MDES 2' })).json()).toMatchObject({ error: 'survey_closed' });
    } finally {
      await app.repositories.surveys.setVersionStatus(versionId, 'published', actor);
    }
    expect((await save(token, { agency_name: 'MDES 2' })).statusCode).toBe(200);

    const survey = await app.repositories.surveys.findBySlug('pilot');
    const settings = { opensAt: null, minimumCellSize: survey?.minimumCellSize ?? 3 };
    await app.repositories.surveys.updateSettings(
      survey?.id as number,
      { ...settings, closesAt: '2020-01-01T00:00:00.000Z' },
      actor,
    );
    try {
      expect((await save(token, { agency_name: 'MDES 3' })).json()).toMatchObject({ error: 'survey_closed' });
    } finally {
      await app.repositories.surveys.updateSettings(
        survey?.id as number,
        { ...settings, closesAt: null },
        actor,
      );
    }
  });

  it('merges onto answers another process saved, not onto what it kept of its own save', async () => {
    const { token, invitationId } = await savedOnce();
    fromAnotherProcess((connection) =>
      connection
        .prepare('update responses set answers = ? where invitation_id = ?')
        .run(JSON.stringify({ agency_name: 'MDES', staff_count: 12 }), invitationId),
    );
    // Names every question this process stored (agency_name), but not the one the other process added.
    expect((await save(token, { agency_name: 'MDES', uses_social_media: 'yes' })).statusCode).toBe(200);
    expect(await storedAnswers(invitationId)).toEqual({
      status: 'in_progress',
      answers: { agency_name: 'MDES', staff_count: 12, uses_social_media: 'yes' },
    });
  });

  it('refuses to save over a response another process submitted, and leaves it as submitted', async () => {
    const { token, invitationId } = await savedOnce();
    fromAnotherProcess((connection) =>
      connection
        .prepare(
          "update responses set status = 'submitted', reference = 'TH-OTHER-1', submitted_at = updated_at where invitation_id = ?",
        )
        .run(invitationId),
    );
    const next = await save(token, { agency_name: 'changed after submission' });
    expect(next.statusCode).toBe(409);
    expect(next.json()).toMatchObject({ error: 'already_submitted' });
    expect(await storedAnswers(invitationId)).toEqual({
      status: 'submitted',
      answers: { agency_name: 'MDES' },
    });
  });

  it('refuses to save after this process accepted the submission', async () => {
    const { token, invitationId } = await savedOnce();
    const submitted = await app.inject({
      method: 'POST',
      url: `/api/r/${token}/submit`,
      payload: {
        answers: {
          agency_name: 'MDES',
          uses_social_media: 'yes',
          platforms: ['facebook', 'line'],
          contact_email: 'smo@mdes.go.th',
          staff_count: 12,
          instruments: { law: 'exists', plan: 'none' },
          accounts: [{ account_name: 'MDES Thailand', account_platform: 'facebook' }],
        },
      },
    });
    expect(submitted.statusCode).toBe(200);
    expect((await save(token, { agency_name: 'changed' })).json()).toMatchObject({
      error: 'already_submitted',
    });
    expect(await storedAnswers(invitationId)).toMatchObject({
      status: 'submitted',
      answers: { agency_name: 'MDES' },
    });
  });

  it('keeps merging correctly over saves that name every answer (as the respondent page sends them)', async () => {
    const { token, invitationId } = await savedOnce();
    for (let index = 0; index < 20; index += 1) {
      const clearRegion = index % 2 === 1;
      const saved = await save(token, {
        agency_name: 'MDES',
        staff_count: index,
        region: clearRegion ? null : 'r',
      });
      expect(saved.statusCode).toBe(200);
    }
    expect(await storedAnswers(invitationId)).toEqual({
      status: 'in_progress',
      answers: { agency_name: 'MDES', staff_count: 19 },
    });
  });

  it('keeps merging correctly over many saves served from the copy', async () => {
    const { token, invitationId } = await savedOnce();
    for (let index = 0; index < 20; index += 1) {
      expect(
        (await save(token, { staff_count: index, ...(index % 2 ? { region: null } : { region: 'r' }) }))
          .statusCode,
      ).toBe(200);
    }
    expect(await storedAnswers(invitationId)).toEqual({
      status: 'in_progress',
      answers: { agency_name: 'MDES', staff_count: 19 },
    });
  });
});
