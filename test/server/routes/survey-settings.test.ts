import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

describe('survey settings: collection window, k and study contact', () => {
  let app: App;
  let researcher: SignedIn;
  let coordinator: SignedIn;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    researcher = await signIn(app, 'researcher');
    coordinator = await signIn(app, 'coordinator', ['TH']);
  });
  afterAll(async () => {
    await app.close();
  });

  const patch = (who: SignedIn, payload: object) =>
    app.inject({ method: 'PATCH', url: '/api/surveys/pilot', headers: who.headers, payload });
  const listed = async (who: SignedIn) => {
    const response = await app.inject({ method: 'GET', url: '/api/surveys', headers: who.headers });
    return response.json().surveys.find((survey: { slug: string }) => survey.slug === 'pilot');
  };

  it('keeps what a researcher saved and gives it back on the next read, to the researcher and a coordinator', async () => {
    const saved = await patch(researcher, {
      opensAt: '2026-03-01T02:00:00Z',
      closesAt: '2026-06-30T10:00:00Z',
      minimumCellSize: 5,
      contactName: '  Dr Siti Rahman ',
      contactEmail: 'study@asean-digital.test',
    });
    expect(saved.statusCode).toBe(200);
    const expected = {
      opensAt: '2026-03-01T02:00:00.000Z',
      closesAt: '2026-06-30T10:00:00.000Z',
      minimumCellSize: 5,
      contact: { name: 'Dr Siti Rahman', email: 'study@asean-digital.test' },
    };
    expect(saved.json()).toEqual({ slug: 'pilot', ...expected });
    expect(await listed(researcher)).toMatchObject(expected);
    expect(await listed(coordinator)).toMatchObject(expected);
    const survey = await app.repositories.surveys.findBySlug('pilot');
    const version = await app.repositories.surveys.currentPublishedVersion(survey?.id as number);
    expect(await app.repositories.surveys.findStudyContactByVersion(version?.id as number)).toEqual(
      expected.contact,
    );
  });

  it('changes only the fields sent, and an empty contact removes it', async () => {
    await patch(researcher, {
      minimumCellSize: 4,
      contactName: 'Study team',
      contactEmail: 'team@study.test',
    });
    const cleared = await patch(researcher, { contactName: '', contactEmail: null });
    expect(cleared.json()).toMatchObject({ minimumCellSize: 4, contact: null });
    expect((await listed(researcher)).contact).toBeNull();
  });

  it('refuses a coordinator changing the settings', async () => {
    const refused = await patch(coordinator, { minimumCellSize: 1 });
    expect(refused.statusCode).toBe(403);
  });

  it('says in plain words what is wrong, naming the field as the form does', async () => {
    const wrong = await patch(researcher, {
      opensAt: '2026-02-30',
      closesAt: '2026-01-01',
      contactEmail: 'not an address',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details).toEqual([
      {
        field: 'opensAt',
        message: 'The opening date must be a real date and time, such as 1 December 2026 at 09:00',
      },
      {
        field: 'contactEmail',
        message: `The study contact's e-mail "not an address" is not an e-mail address`,
      },
    ]);
    expect(wrong.json().message).not.toMatch(/opensAt|contactEmail/);
  });

  it('audits the contact with the window and k', async () => {
    await patch(researcher, { contactName: 'Audited team' });
    const survey = await app.repositories.surveys.findBySlug('pilot');
    const events = await app.repositories.audit.listForEntity('survey', survey?.id as number);
    expect(events[0]).toMatchObject({ action: 'survey.settings_changed' });
    expect(JSON.parse(events[0]?.after ?? '{}')).toMatchObject({ contactName: 'Audited team' });
  });
});
