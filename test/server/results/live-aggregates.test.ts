import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aggregateResponses, type ResponseRecord } from '../../../server/analysis/index.ts';
import type { App } from '../../../server/app.ts';
import { loadSurveyData, type ResultsQuery, recordStream } from '../../../server/results/survey-data.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

const countries = ['TH', 'VN', 'KH', 'ID'];
const answersFor = (index: number) =>
  index % 3 === 0
    ? { agency_name: `Agency ${index}`, uses_social_media: 'no', final_comments: 'None yet' }
    : {
        agency_name: `Agency ${index}`,
        uses_social_media: 'yes',
        platforms: index % 2 ? ['facebook'] : ['facebook', 'youtube'],
      };

describe('live country comparisons', () => {
  let app: App;
  let analyst: SignedIn;
  let submitted = 0;

  beforeEach(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    analyst = await signIn(app, 'analyst');
    submitted = 0;
  });
  afterEach(async () => {
    await app.close();
  });

  const submitSome = async (count: number) => {
    for (let index = 0; index < count; index++) {
      submitted += 1;
      const { token } = await inviteForTest(app, { countryCode: countries[submitted % countries.length] });
      const response = await app.inject({
        method: 'POST',
        url: `/api/r/${token}/submit`,
        payload: { answers: answersFor(submitted) },
      });
      expect(response.statusCode).toBe(200);
    }
  };
  const aggregates = async (query = '') => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/results/pilot/aggregates${query}`,
      headers: analyst.headers,
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  /** The report computed from scratch over every stored response: what the live one must always equal. */
  const fromScratch = async (query: ResultsQuery = {}) => {
    const data = await loadSurveyData(app.repositories, 'pilot');
    const records: ResponseRecord[] = [];
    for await (const record of recordStream(app.repositories, data, query, 'all')) records.push(record);
    return aggregateResponses(records, data.codebook, { minCellSize: data.survey.minimumCellSize });
  };
  const withoutHeader = ({
    survey,
    title,
    responses,
    syntheticResponses,
    ...report
  }: Record<string, unknown>) => {
    expect(typeof survey).toBe('string');
    expect(typeof title).toBe('string');
    expect(responses).toBe(submitted);
    expect(syntheticResponses).toBe(0);
    return report;
  };

  it('takes in responses submitted between requests and always equals a report computed from scratch', async () => {
    await submitSome(5);
    expect(withoutHeader(await aggregates())).toEqual(await fromScratch());
    for (const batch of [1, 7, 3]) {
      await submitSome(batch);
      expect(withoutHeader(await aggregates())).toEqual(await fromScratch());
    }
  });

  it('notices a response gone behind it (an older backup restored) and starts again', async () => {
    await submitSome(6);
    const data = await loadSurveyData(app.repositories, 'pilot');
    const [generation] = (await app.liveAggregates.current(data, {})).state.split(':');
    await submitSome(1);
    app.database.connection.exec(`
      DELETE FROM response_export_cells WHERE response_id = (SELECT min(id) FROM responses);
      DELETE FROM responses WHERE id = (SELECT min(id) FROM responses);
    `);
    submitted -= 1;
    const [after, read] = (await app.liveAggregates.current(data, {})).state.split(':');
    expect(after).not.toBe(generation);
    expect(read).toBe('6');
    expect(withoutHeader(await aggregates())).toEqual(await fromScratch());
  });

  it('counts each response once when requests arrive together', async () => {
    await submitSome(4);
    await aggregates();
    await submitSome(6);
    const reports = await Promise.all(Array.from({ length: 5 }, () => aggregates()));
    const expected = await fromScratch();
    for (const report of reports) expect(withoutHeader(report)).toEqual(expected);
  });

  it('answers organisation-type, demo-data and version filters from the same aggregate, equal to a fresh read', async () => {
    const types = ['ministry', 'agency', 'local_government', 'other'] as const;
    for (let index = 0; index < 12; index++) {
      submitted += 1;
      const { token } = await inviteForTest(app, {
        countryCode: countries[index % countries.length],
        organisationType: types[index % types.length],
      });
      const response = await app.inject({
        method: 'POST',
        url: `/api/r/${token}/submit`,
        payload: { answers: answersFor(index) },
      });
      expect(response.statusCode).toBe(200);
    }
    const data = await loadSurveyData(app.repositories, 'pilot');
    const unfiltered = await app.liveAggregates.current(data, {});
    const cases: Array<[string, ResultsQuery]> = [
      ['?types=agency,other', { organisationTypes: ['agency', 'other'] }],
      ['?synthetic=false', { includeSynthetic: false }],
      ['?versions=1&types=ministry', { versions: [1], organisationTypes: ['ministry'] }],
    ];
    for (const [search, query] of cases) {
      // The same aggregate (same state): nothing was read again for the filter.
      expect((await app.liveAggregates.current(data, query)).state).toBe(unfiltered.state);
      const { survey, title, responses, syntheticResponses, ...report } = await aggregates(search);
      expect(report, search).toEqual(await fromScratch(query));
    }
  });

  it('reads a range of dates from its first day on, taking in later submissions, equal to a fresh read', async () => {
    await submitSome(9);
    const setSubmittedAt = app.database.connection.prepare(
      'UPDATE responses SET submitted_at = ? WHERE id IN (SELECT id FROM responses ORDER BY id LIMIT ? OFFSET ?)',
    );
    setSubmittedAt.run('2026-01-10T08:00:00.000Z', 4, 0); // before the range
    setSubmittedAt.run('2026-02-01T00:00:00.000Z', 1, 4); // the first instant of the range
    setSubmittedAt.run('2026-02-03T12:00:00.000Z', 2, 5); // inside it; the last two were submitted now
    const data = await loadSurveyData(app.repositories, 'pilot');
    const query: ResultsQuery = { submittedFrom: '2026-02-01' };
    const stateOf = async () => (await app.liveAggregates.current(data, query)).state.split(':')[1];
    const inRange = async () => {
      const { survey, title, responses, syntheticResponses, ...report } =
        await aggregates('?from=2026-02-01');
      expect(report).toEqual(await fromScratch(query));
      return responses;
    };
    expect(await inRange()).toBe(5);
    expect(await stateOf()).toBe('5'); // the four from January were never read
    await submitSome(2);
    expect(await inRange()).toBe(7);
    expect(await stateOf()).toBe('7');
    // A day-range query on the other side reads everything from its start and keeps what is in range.
    const { responses } = await aggregates('?to=2026-01-31');
    expect(responses).toBe(4);
  });

  it('takes in a submission committed after a later-stamped one (a process whose clock is behind) without starting again', async () => {
    await submitSome(3);
    const data = await loadSurveyData(app.repositories, 'pilot');
    const [generation, read] = (await app.liveAggregates.current(data, {})).state.split(':');
    expect(read).toBe('3');
    // Another process, its clock a minute behind, submits next: its submission time is before those already read.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() - 60_000);
      await submitSome(1);
    } finally {
      vi.useRealTimers();
    }
    const caughtUp = await app.liveAggregates.current(data, {});
    // Caught up from where it was (same generation), not rebuilt.
    expect(caughtUp.state).toBe(`${generation}:4`);
    const { survey, title, responses, syntheticResponses, ...report } = await aggregates();
    expect(responses).toBe(4);
    expect(report).toEqual(await fromScratch());
  });

  it('narrows a report to the requested countries, with an ASEAN total over those only', async () => {
    await submitSome(12);
    const all = await aggregates();
    expect(all.countries).toEqual(['KH', 'ID', 'TH', 'VN', 'ASEAN']);
    expect(all.responses).toBe(12);
    const thailand = await aggregates('?countries=TH');
    expect(thailand.countries).toEqual(['TH', 'ASEAN']);
    expect(thailand.responses).toBe(3);
    const base = thailand.questions.find(
      (question: { question: string }) => question.question === 'uses_social_media',
    )?.base as Record<string, number>;
    expect(base.ASEAN).toBe(base.TH);
  });
});

describe('reading submissions in order of submission', () => {
  it('gives the event loop a turn between pages, so that a long read does not hold up other requests', async () => {
    const app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    try {
      for (let index = 0; index < 5; index++) {
        const { token } = await inviteForTest(app, { countryCode: 'TH' });
        await app.inject({
          method: 'POST',
          url: `/api/r/${token}/submit`,
          payload: { answers: answersFor(index + 1) },
        });
      }
      const data = await loadSurveyData(app.repositories, 'pilot');
      const versionId = data.versions[0]?.id as number;
      // A chain of setImmediate callbacks counts the event loop's turns (one per check phase).
      let turns = 0;
      let reading = true;
      const tick = () => {
        turns += 1;
        if (reading) setImmediate(tick);
      };
      setImmediate(tick);
      const turnsSeen: number[] = [];
      for await (const _record of app.repositories.responses.streamSubmittedAfter(versionId, 0, undefined, 2))
        turnsSeen.push(turns);
      reading = false;
      expect(turnsSeen).toHaveLength(5);
      // Two records per page: the count stays the same within a page and grows between pages.
      expect(turnsSeen[0]).toBe(turnsSeen[1]);
      expect(turnsSeen[2]).toBeGreaterThan(turnsSeen[1] as number);
      expect(turnsSeen[4]).toBeGreaterThan(turnsSeen[3] as number);
    } finally {
      await app.close();
    }
  });
});
