import { describe, expect, it } from 'vitest';
import { aggregateResponses, createAggregator, type Selection } from '../../../server/analysis/aggregate.ts';
import {
  matchesFilter,
  type OrganisationType,
  type ResponseRecord,
} from '../../../server/analysis/response-record.ts';
import {
  createSeededRandom,
  generateSyntheticAnswers,
} from '../../../server/questionnaire/synthetic-answers.ts';
import { loadPilot } from './pilot-fixture.ts';

const { compiled, codebook } = loadPilot();
const countries = ['TH', 'VN', 'KH', 'ID', 'TL'];
const types: OrganisationType[] = ['ministry', 'agency', 'local_government', 'other'];

/** Responses spread unevenly over countries, organisation types, demo or real, and two versions. */
function corpus(size: number): ResponseRecord[] {
  const random = createSeededRandom('partitions');
  return Array.from({ length: size }, (_, index) => {
    const countryCode = countries[Math.floor(random() ** 1.5 * countries.length)] as string;
    return {
      id: index + 1,
      countryCode,
      organisationName: `Organisation ${index + 1}`,
      organisationType: types[Math.floor(random() * types.length)] as OrganisationType,
      versionNumber: random() < 0.3 ? 2 : 1,
      locale: 'en',
      startedAt: '2026-03-01T08:00:00.000Z',
      submittedAt: '2026-03-01T09:00:00.000Z',
      isSynthetic: random() < 0.4,
      answers: generateSyntheticAnswers(compiled, random, { countryCode }),
    };
  });
}

describe('a report drawn from the counters of some partitions', () => {
  const records = corpus(400);
  const selections: Selection[] = [
    {},
    { organisationTypes: ['ministry'] },
    { organisationTypes: ['agency', 'local_government'] },
    { includeSynthetic: false },
    { versions: [2] },
    { countries: ['TH', 'TL'], organisationTypes: ['ministry', 'other'], includeSynthetic: false },
    { countries: ['KH'], versions: [1], organisationTypes: ['other'] },
    { organisationTypes: [] },
  ];

  for (const minCellSize of [1, 3, 10]) {
    it(`equals aggregating only the selected responses, k = ${minCellSize}`, () => {
      const aggregator = createAggregator(codebook, { minCellSize });
      for (const record of records) aggregator.add(record);
      for (const selection of selections) {
        // The oracle is the record filter exports and fresh reads use, not the aggregator's own.
        const chosen = records.filter((record) => matchesFilter(record, selection));
        expect(aggregator.result(selection), JSON.stringify(selection)).toEqual(
          aggregateResponses(chosen, codebook, { minCellSize }),
        );
        expect(aggregator.recordCounts(selection)).toEqual({
          responses: chosen.length,
          syntheticResponses: chosen.filter((record) => record.isSynthetic).length,
        });
      }
    });
  }

  it('withholds a country whose selected partitions add up to fewer than k, though the country as a whole has more', () => {
    const aggregator = createAggregator(codebook, { minCellSize: 3 });
    const base = records.find((record) => record.countryCode === 'TH') as ResponseRecord;
    const answers = { agency_name: 'An agency', uses_social_media: 'yes' };
    for (const [index, type] of (['ministry', 'ministry', 'agency', 'agency', 'agency'] as const).entries())
      aggregator.add({ ...base, id: index + 1, organisationType: type, answers });
    const cellOf = (selection: Selection) =>
      aggregator
        .result(selection)
        .questions.find((entry) => entry.question === 'uses_social_media')
        ?.items[0]?.countries.find((entry) => entry.countryCode === 'TH');
    expect(cellOf({})).toMatchObject({ suppressed: false, n: 5 });
    expect(cellOf({ organisationTypes: ['agency'] })).toMatchObject({ suppressed: false, n: 3 });
    expect(cellOf({ organisationTypes: ['ministry'] })).toMatchObject({ suppressed: true, n: null });
  });
});
