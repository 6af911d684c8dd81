/** The pilot questionnaire and its fixed set of responses, shared by the analysis and export tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResponseRecord } from '../../../server/analysis/response-record.ts';
import { codebookOf } from '../../../server/analysis/survey-codebook.ts';
import { compileDefinition } from '../../../server/questionnaire/compiled-version.ts';
import { fixturesDir } from '../../helpers/build-test-app.ts';

export function loadPilot() {
  const compiled = compileDefinition(readFileSync(path.join(fixturesDir, 'surveys', 'pilot.json'), 'utf8'));
  const { records } = JSON.parse(
    readFileSync(path.join(fixturesDir, 'analysis', 'pilot-responses.json'), 'utf8'),
  ) as { records: ResponseRecord[] };
  return {
    compiled,
    codebook: codebookOf(1, compiled.variables),
    records,
    submitted: records.filter((record) => record.submittedAt !== null),
  };
}
