/**
 * Benchmark (not run by `npm test`): synthetic generation, aggregation and the wide export over N national-policy
 * responses. Run: node --import tsx test/bench/analysis-in-memory.ts [N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { aggregateResponses } from '../../server/analysis/aggregate.ts';
import type { ResponseRecord } from '../../server/analysis/response-record.ts';
import { codebookOf } from '../../server/analysis/survey-codebook.ts';
import { projectRoot } from '../../server/config.ts';
import { wideCsv } from '../../server/export/wide-export.ts';
import { compileDefinition } from '../../server/questionnaire/compiled-version.ts';
import {
  createSeededRandom,
  generateSyntheticAnswers,
} from '../../server/questionnaire/synthetic-answers.ts';
import { memberStates } from '../../server/reference/member-states.ts';

const count = Number(process.argv[2] ?? 100_000);
const compiled = compileDefinition(
  readFileSync(path.join(projectRoot, 'surveys', 'national-policy.json'), 'utf8'),
);
const random = createSeededRandom(2026);

let started = performance.now();
const records: ResponseRecord[] = [];
for (let index = 0; index < count; index++) {
  const countryCode = memberStates[Math.floor(random() * memberStates.length)]?.code ?? 'TH';
  records.push({
    id: index + 1,
    countryCode,
    organisationName: `Agency ${index + 1}`,
    organisationType: 'ministry',
    versionNumber: 1,
    locale: null,
    startedAt: '2026-03-01T08:00:00.000Z',
    submittedAt: '2026-03-01T09:00:00.000Z',
    isSynthetic: true,
    answers: generateSyntheticAnswers(compiled, random, { countryCode }),
  });
}
const generation = performance.now() - started;
console.log(`generate: ${((generation / count) * 1000).toFixed(0)} µs per response (${count} responses)`);

// Records as the database hands them over: parsed from JSON text.
const parsed = records.map((record) => ({ ...record, answers: JSON.parse(JSON.stringify(record.answers)) }));
for (let run = 1; run <= 3; run++) {
  started = performance.now();
  const cpu = process.cpuUsage();
  const report = aggregateResponses(parsed, compiled.variables);
  const used = process.cpuUsage(cpu);
  console.log(
    `aggregate run ${run}: ${(performance.now() - started).toFixed(0)} ms wall, ` +
      `${((used.user + used.system) / 1000).toFixed(0)} ms CPU for ${report.questions.length} questions`,
  );
}

started = performance.now();
let bytes = 0;
for await (const chunk of wideCsv(parsed, codebookOf(1, compiled.variables))) bytes += chunk.length;
const exportMs = performance.now() - started;
console.log(
  `wide export: ${Math.round(count / (exportMs / 1000))} rows/s (${exportMs.toFixed(0)} ms, ${(bytes / 1e6).toFixed(0)} M characters)`,
);
