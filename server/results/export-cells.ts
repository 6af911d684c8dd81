/**
 * Keeps the answer cells stored for the wide export in step with each survey's columns. Submissions and demo data
 * store their cells as they are written; what is left to render is a survey's older responses after a new version
 * changed its columns, and databases written before cells were stored. That is done here, in the background, a
 * page at a time; until it is done the export writes those rows from their answers, so it is never wrong, only
 * slower.
 */
import { setImmediate } from 'node:timers/promises';
import type { Repositories } from '../db/repositories/index.ts';
import { storedAnswerCells, wideLayout } from '../export/index.ts';
import { everySurveyData, type SurveyData } from './survey-data.ts';

export interface ExportCellsRenderer {
  /**
   * Renders the cells a survey's submitted responses lack for its current columns, and resolves with how many it
   * rendered. Calls while a run is going share it; once a layout is complete it is not checked again in this
   * process, since every submission stores its cells.
   */
  ensureRendered(data: SurveyData): Promise<number>;
  /** Stops runs at their next page and waits for them, so that the database can be closed. */
  close(): Promise<void>;
}

export function createExportCellsRenderer(
  repositories: Repositories,
  { pageSize = 500 }: { pageSize?: number } = {},
): ExportCellsRenderer {
  const complete = new Set<string>();
  const running = new Map<string, Promise<number>>();
  let closing = false;

  /** Walks the responses in windows of `pageSize` ids, each one query, with a turn for other requests between. */
  async function render(data: SurveyData, layout: string): Promise<number> {
    const versionIds = data.versions.map((version) => version.id);
    const lastId = await repositories.responses.lastId();
    let rendered = 0;
    for (let after = 0; after < lastId && !closing; after += pageSize) {
      const missing = await repositories.responses.listUnrendered(versionIds, layout, {
        after,
        upTo: after + pageSize,
      });
      if (missing.length > 0) {
        await repositories.responses.storeExportCells(
          missing.map((row) => ({ responseId: row.id, ...storedAnswerCells(data.codebook, row.answers) })),
        );
        rendered += missing.length;
      }
      await setImmediate(); // a turn for other requests between windows
    }
    return rendered;
  }

  return {
    ensureRendered(data) {
      if (closing || data.versions.length === 0) return Promise.resolve(0);
      const layout = wideLayout(data.codebook);
      const key = `${data.survey.id}:${layout}`;
      if (complete.has(key)) return Promise.resolve(0);
      let run = running.get(key);
      if (!run) {
        run = render(data, layout)
          .then((rendered) => {
            complete.add(key);
            return rendered;
          })
          .finally(() => running.delete(key));
        running.set(key, run);
      }
      return run;
    },

    async close() {
      closing = true;
      await Promise.allSettled(running.values());
    },
  };
}

/** At start, after listening: renders what every survey lacks, and logs it. */
export async function renderMissingExportCells(
  repositories: Repositories,
  renderer: ExportCellsRenderer,
  log: { info(fields: object, message: string): void; warn(fields: object, message: string): void },
): Promise<void> {
  const started = performance.now();
  let rendered = 0;
  for await (const data of everySurveyData(repositories, log))
    rendered += await renderer.ensureRendered(data);
  log.info({ rendered, ms: Math.round(performance.now() - started) }, 'export cells ready');
}
