/**
 * The bound on exports running at once (one per staff user, two in all), over real HTTP: an export is held open by a
 * client that stops reading, as a slow download would, so that its slot stays taken for as long as the test needs.
 */
import { randomBytes } from 'node:crypto';
import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedAnswerCells } from '../../../server/export/index.ts';
import { hashInvitationToken } from '../../../server/invitations/tokens.ts';
import { loadSurveyData } from '../../../server/results/survey-data.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';
import { startTestServer, type TestServer } from '../../helpers/start-test-server.ts';

const surveySlug = 'national-policy';
/** Far more than the socket buffers between server and client hold, so that an export not read cannot finish. */
const responseCount = 64;
const commentBytes = 500_000;

/** Submitted responses, each with a long comment, written as demo data would be (stored export cells included). */
async function insertLongResponses(server: TestServer): Promise<void> {
  const { repositories } = server.app;
  const data = await loadSurveyData(repositories, surveySlug);
  const textQuestion = data.codebook.find((entry) => entry.kind === 'text');
  if (!textQuestion) throw new Error('the national questionnaire has no text question');
  const survey = await repositories.surveys.findBySlug(surveySlug);
  const version = survey && (await repositories.surveys.currentPublishedVersion(survey.id));
  if (!version) throw new Error('no published national questionnaire');
  const answers = { [textQuestion.name]: 'a long comment '.repeat(commentBytes / 15) };
  const exportCells = storedAnswerCells(data.codebook, answers);
  await repositories.responses.insertSynthetic(
    Array.from({ length: responseCount }, (_, index) => ({
      surveyVersionId: version.id,
      countryCode: 'TH',
      organisationName: `Ministry ${index + 1}`,
      organisationType: 'ministry' as const,
      tokenHash: hashInvitationToken(randomBytes(32).toString('base64url')),
      answers,
      exportCells,
      locale: 'en',
      reference: `TEST-${index}`,
      submittedAt: new Date().toISOString(),
    })),
  );
}

interface HeldExport {
  response: IncomingMessage;
  request: ClientRequest;
}

describe('concurrent exports', () => {
  let server: TestServer;
  let analysts: SignedIn[];

  beforeAll(async () => {
    server = await startTestServer();
    await insertLongResponses(server);
    analysts = [];
    for (let index = 0; index < 4; index++) analysts.push(await signIn(server.app, 'analyst'));
  });
  afterAll(async () => {
    await server.close();
  });

  /** Starts a GET and resolves with its response once the headers are in, without reading the body. */
  function start(who: SignedIn, path: string): Promise<HeldExport> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(
        `${server.baseUrl}${path}`,
        { headers: { cookie: who.cookie } },
        (response) => {
          response.pause();
          resolve({ response, request });
        },
      );
      request.on('error', reject);
      request.end();
    });
  }

  /** Reads a response to its end; resolves with its body. */
  function readAll(response: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve(body));
      response.on('error', reject);
      response.resume();
    });
  }

  /**
   * Resolves once the server's response to the next request it receives has closed, and after everything else
   * listening for that close (the slot's release) has run: a promise continues only after the event's listeners.
   */
  function nextResponseClosed(): Promise<void> {
    return new Promise((resolve) => {
      server.app.server.once('request', (_incoming, outgoing) => outgoing.once('close', () => resolve()));
    });
  }

  const exportPath = `/api/exports/${surveySlug}/wide`;

  it('refuses a second export of the same user with 429 and Retry-After while the first runs', async () => {
    const [analyst] = analysts as [SignedIn];
    const closed = nextResponseClosed();
    const first = await start(analyst, exportPath);
    expect(first.response.statusCode).toBe(200);

    const second = await server.app.inject({ method: 'GET', url: exportPath, headers: analyst.headers });
    expect(second.statusCode).toBe(429);
    expect(second.headers['retry-after']).toBe('10');
    expect(second.json()).toEqual({
      error: 'too_many_exports',
      message: 'You already have an export running. Wait until it has finished, then start the next one.',
    });

    first.request.destroy();
    await closed;
  });

  it('refuses a third user with 429 while two exports run, including the results routes that read every response', async () => {
    const [first, second, third] = analysts as [SignedIn, SignedIn, SignedIn];
    const closed = [nextResponseClosed()];
    const running = [await start(first, exportPath)];
    closed.push(nextResponseClosed());
    running.push(await start(second, `/api/exports/${surveySlug}/long`));
    expect(running.map((held) => held.response.statusCode)).toEqual([200, 200]);

    for (const url of [
      exportPath,
      `/api/exports/${surveySlug}/long`,
      `/api/results/${surveySlug}/responses?offset=1000`,
      `/api/results/${surveySlug}/text/agency_name`,
    ]) {
      const refused = await server.app.inject({ method: 'GET', url, headers: third.headers });
      expect(refused.statusCode, url).toBe(429);
      expect(refused.headers['retry-after'], url).toBe('10');
      expect(refused.json(), url).toEqual({
        error: 'too_many_exports',
        message:
          'The server is already running as many exports as it can while respondents are answering. Try again in a few seconds.',
      });
    }
    // What reads no responses, or only a first page (the dashboard's look at the first record), needs no slot.
    for (const url of [
      `/api/exports/${surveySlug}/codebook`,
      `/api/exports/${surveySlug}/countries`,
      `/api/results/${surveySlug}/responses?limit=1`,
    ]) {
      const answered = await server.app.inject({ method: 'GET', url, headers: third.headers });
      expect(answered.statusCode, url).toBe(200);
    }

    for (const held of running) held.request.destroy();
    await Promise.all(closed);
  });

  it('gives the slot back when the client disconnects mid-stream', async () => {
    const [analyst] = analysts as [SignedIn];
    const closed = nextResponseClosed();
    const held = await start(analyst, exportPath);
    // Part of the file has arrived: the export is streaming when the client goes.
    await new Promise<void>((resolve) => {
      held.response.once('data', () => resolve());
      held.response.resume();
    });
    held.response.pause();
    held.request.destroy();
    await closed;
    expect(server.app.exportSlots.running()).toBe(0);

    const nextClosed = nextResponseClosed();
    const next = await start(analyst, exportPath);
    expect(next.response.statusCode).toBe(200);
    next.request.destroy();
    await nextClosed;
  });

  it('gives the slot back when the export has been sent in full', async () => {
    const [analyst] = analysts as [SignedIn];
    const closed = nextResponseClosed();
    const done = await start(analyst, exportPath);
    const body = await readAll(done.response);
    await closed;
    expect(body.split('\r\n').length).toBeGreaterThan(responseCount);
    expect(server.app.exportSlots.running()).toBe(0);

    const again = await server.app.inject({ method: 'GET', url: exportPath, headers: analyst.headers });
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(body);
  });

  it('gives the slot back when the export fails', async () => {
    const [analyst] = analysts as [SignedIn];
    const missing = await server.app.inject({
      method: 'GET',
      url: '/api/exports/no-such-survey/wide',
      headers: analyst.headers,
    });
    expect(missing.statusCode).toBe(404);
    expect(server.app.exportSlots.running()).toBe(0);
    const next = await server.app.inject({ method: 'GET', url: exportPath, headers: analyst.headers });
    expect(next.statusCode).toBe(200);
  });

  it('answers the health check while an export waits for a slow client', async () => {
    const [analyst] = analysts as [SignedIn];
    const closed = nextResponseClosed();
    const held = await start(analyst, exportPath);
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(server.app.exportSlots.running()).toBe(1);
    held.request.destroy();
    await closed;
  });
});
