import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withoutPersonalAnswers } from '../../server/analysis/index.ts';
import { storedAnswerCells } from '../../server/export/index.ts';
import { compileDefinition } from '../../server/questionnaire/compiled-version.ts';
import {
  createSeededRandom,
  generateSyntheticAnswers,
} from '../../server/questionnaire/synthetic-answers.ts';
import { loadSurveyData } from '../../server/results/survey-data.ts';
import { buildTestApp } from '../helpers/build-test-app.ts';
import { inviteForTest } from '../helpers/invitations.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('npm run cli -- erase-contact', () => {
  let cleanup: () => void;
  let env: Record<string, string>;
  beforeEach(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    env = { DATABASE_PATH: path.join(temp.dir, 'tinjau.db') };
  });
  afterEach(() => cleanup());

  const query = (sql: string) => {
    const db = new BetterSqlite3(env.DATABASE_PATH as string, { readonly: true });
    try {
      return db.prepare(sql).all() as Array<Record<string, unknown>>;
    } finally {
      db.close();
    }
  };

  it('removes the contact name and e-mail, keeps the invitation, and audits the erasure without the erased data', async () => {
    const link = runCli(
      [
        'invite',
        '--survey',
        'agency-practice',
        '--country',
        'PH',
        '--org',
        'DICT',
        '--name',
        'Maria Santos',
        '--email',
        'maria@dict.gov.ph',
      ],
      { env },
    ).stdout.trim();
    const token = link.split('/r/')[1];
    expect(token).toBeTruthy();
    const [{ id }] = query('select id from invitations') as [{ id: number }];
    const result = runCli(['erase-contact', '--invitation', String(id)], { env });
    expect(result.stdout).toBe(`contact data of invitation ${id} erased\n`);
    expect(query('select organisation_name, contact_name, contact_email, status from invitations')).toEqual([
      { organisation_name: 'DICT', contact_name: null, contact_email: null, status: 'active' },
    ]);
    const [event] = query(
      "select action, before, after from audit_events where action = 'invitation.contact_erased'",
    );
    expect(event).toEqual({
      action: 'invitation.contact_erased',
      before: JSON.stringify({ contactName: 'present', contactEmail: 'present' }),
      after: JSON.stringify({ contactName: 'absent', contactEmail: 'absent' }),
    });
    expect(JSON.stringify(query('select * from audit_events'))).not.toMatch(/Maria|maria@dict/);
  });

  it("also erases the response's answers to questions marked personal data, keeping the others, and audits which", async () => {
    const app = await buildTestApp({ databasePath: env.DATABASE_PATH as string });
    const invite = (organisationName: string) =>
      inviteForTest(app, {
        surveySlug: 'agency-practice',
        countryCode: 'PH',
        organisationName,
        contactName: 'Maria Santos',
        contactEmail: 'maria@dict.gov.ph',
      });
    const data = await loadSurveyData(app.repositories, 'agency-practice');
    const version = await app.repositories.surveys.findVersion(data.versions[0]?.id as number);
    const compiled = compileDefinition(version?.definition as string);
    const submitted: Record<string, Record<string, unknown>> = {};
    for (const [organisation, email] of [
      ['DICT', 'maria.santos@dict.gov.ph'],
      ['PCOO', 'jose.rizal@pcoo.gov.ph'],
    ] as const) {
      const { invitationId, token } = await invite(organisation);
      const answers = {
        ...generateSyntheticAnswers(compiled, createSeededRandom(organisation), {
          countryCode: 'PH',
          answerRate: 1,
        }),
        // The invitation's organisation is a fixed field: the server keeps it whatever is sent.
        ag_name: organisation,
        ag_resp_email: email,
      };
      const response = await app.inject({
        method: 'POST',
        url: `/api/r/${token}/submit`,
        payload: { answers },
      });
      expect(response.statusCode, response.body).toBe(200);
      submitted[String(invitationId)] = answers;
    }
    const [dict, pcoo] = Object.keys(submitted).map(Number) as [number, number];
    // Cells stored before the question was marked personal held the e-mail among the other columns.
    const [dictResponse] = query(`select id from responses where invitation_id = ${dict}`) as [
      { id: number },
    ];
    await app.repositories.responses.storeExportCells([
      { responseId: dictResponse.id, layout: 'before-the-marks', cells: '"maria.santos@dict.gov.ph",DICT' },
    ]);
    await app.close();

    const result = runCli(['erase-contact', '--invitation', String(dict)], { env });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`contact data of invitation ${dict} erased\n`);

    const answersOf = (invitationId: number) =>
      JSON.parse(
        (
          query(`select answers from responses where invitation_id = ${invitationId}`)[0] as {
            answers: string;
          }
        ).answers,
      ) as Record<string, unknown>;
    const { ag_resp_email: _erased, ...anonymous } = submitted[String(dict)] as Record<string, unknown>;
    expect(answersOf(dict)).toEqual(anonymous);
    expect(answersOf(dict)).toEqual(withoutPersonalAnswers(data.codebook, submitted[String(dict)] ?? {}));
    expect(answersOf(pcoo)).toEqual(submitted[String(pcoo)]);
    expect(
      query(`select layout, cells from response_export_cells where response_id = ${dictResponse.id}`),
    ).toEqual([storedAnswerCells(data.codebook, anonymous)]);
    const [event] = query(
      `select before, after from audit_events where action = 'invitation.contact_erased' and entity_id = '${dict}'`,
    );
    expect(event).toEqual({
      before: JSON.stringify({
        contactName: 'present',
        contactEmail: 'present',
        personalAnswers: ['ag_resp_email'],
      }),
      after: JSON.stringify({ contactName: 'absent', contactEmail: 'absent', personalAnswers: [] }),
    });
    const everything = JSON.stringify([
      query('select * from audit_events'),
      query(`select * from responses where invitation_id = ${dict}`),
      query('select * from response_export_cells'),
    ]);
    expect(everything).not.toContain('maria.santos@dict.gov.ph');
  });

  it('says so when the invitation does not exist', () => {
    const result = runCli(['erase-contact', '--invitation', '999'], { env });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('There is no invitation 999.\n');
  });
});
