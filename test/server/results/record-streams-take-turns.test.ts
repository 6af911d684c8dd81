import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { longCsv, wideCsv } from '../../../server/export/index.ts';
import { generateDemoResponses } from '../../../server/results/demo-data.ts';
import {
  loadSurveyData,
  recordStream,
  type SurveyData,
  wideRecordStream,
} from '../../../server/results/survey-data.ts';
import { buildTestApp } from '../../helpers/build-test-app.ts';

/** More responses than one page of the repository's read, so that the exports below read several. */
const responseCount = 600;

describe('export record streams', () => {
  let app: App;
  let data: SurveyData;
  beforeAll(async () => {
    app = await buildTestApp();
    await generateDemoResponses(app.repositories, {
      surveySlug: 'national-policy',
      responses: responseCount,
      seed: 14,
    });
    data = await loadSurveyData(app.repositories, 'national-policy');
  });
  afterAll(async () => {
    await app.close();
  });

  /** For each chunk of an export, whether work queued for the event loop before the export began had run by then. */
  async function waitingWorkSeenPerChunk(chunks: AsyncIterable<string>): Promise<boolean[]> {
    let waitingWorkRan = false;
    setImmediate(() => {
      waitingWorkRan = true;
    });
    const seen: boolean[] = [];
    for await (const _ of chunks) seen.push(waitingWorkRan);
    return seen;
  }

  it('let waiting requests run while a wide export of several pages streams', async () => {
    const seen = await waitingWorkSeenPerChunk(
      wideCsv(wideRecordStream(app.repositories, data, {}, 'all'), data.codebook, { batchSize: 100 }),
    );
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
  });

  it('let waiting requests run while a long export of several pages streams', async () => {
    const seen = await waitingWorkSeenPerChunk(
      longCsv(recordStream(app.repositories, data, {}, 'all'), data.codebook),
    );
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
  });
});
