import { describe, expect, it } from 'vitest';
import { aggregateResponses } from '../../../server/analysis/aggregate.ts';
import { comparisonCsv, comparisonHeader } from '../../../server/export/comparison-export.ts';
import { loadPilot } from '../analysis/pilot-fixture.ts';
import { parseCsv } from './csv-helpers.ts';

const { codebook, submitted } = loadPilot();
const report = aggregateResponses(submitted, codebook);

describe('comparisonCsv', () => {
  it('writes the aggregates per question, country and code, suppressed countries marked without figures', async () => {
    const rows = await parseCsv(comparisonCsv(report));
    expect(rows[0]).toEqual(comparisonHeader);
    const of = (question: string, item = '') => rows.filter((row) => row[0] === question && row[1] === item);
    expect(of('uses_social_media')).toEqual([
      ['uses_social_media', '', 'KH', '', '', '', '', '', '', '', '1'],
      ['uses_social_media', '', 'TH', 'yes', 'Yes', '3', '75', '', '4', '', '0'],
      ['uses_social_media', '', 'TH', 'no', 'No', '1', '25', '', '4', '', '0'],
      ['uses_social_media', '', 'VN', 'yes', 'Yes', '2', '66.7', '', '3', '', '0'],
      ['uses_social_media', '', 'VN', 'no', 'No', '1', '33.3', '', '3', '', '0'],
      ['uses_social_media', '', 'ASEAN', 'yes', 'Yes', '5', '71.4', '', '7', '', '0'],
      ['uses_social_media', '', 'ASEAN', 'no', 'No', '2', '28.6', '', '7', '', '0'],
    ]);
    expect(of('staff_count')).toEqual([
      ['staff_count', '', 'KH', '', '', '', '', '', '', '', '1'],
      ['staff_count', '', 'TH', 'mean', 'Mean', '', '', '9.25', '4', '', '0'],
      ['staff_count', '', 'TH', 'median', 'Median', '', '', '8.5', '4', '', '0'],
      ['staff_count', '', 'VN', 'mean', 'Mean', '', '', '4', '3', '', '0'],
      ['staff_count', '', 'VN', 'median', 'Median', '', '', '3', '3', '', '0'],
      ['staff_count', '', 'ASEAN', 'mean', 'Mean', '', '', '7', '7', '', '0'],
      ['staff_count', '', 'ASEAN', 'median', 'Median', '', '', '5', '7', '', '0'],
    ]);
    expect(of('instruments', 'plan').filter((row) => row[2] === 'ASEAN')).toEqual([
      ['instruments', 'plan', 'ASEAN', 'exists', 'Exists', '3', '50', '', '6', '', '0'],
      ['instruments', 'plan', 'ASEAN', 'none', 'None', '3', '50', '', '6', '', '0'],
    ]);
    expect(of('accounts', 'account_platform')).toEqual([
      ['accounts', 'account_platform', 'KH', '', '', '', '', '', '', '', '1'],
      ['accounts', 'account_platform', 'TH', 'facebook', 'Facebook', '2', '50', '', '4', '3', '0'],
      ['accounts', 'account_platform', 'TH', 'youtube', 'YouTube', '2', '50', '', '4', '3', '0'],
      ['accounts', 'account_platform', 'VN', '', '', '', '', '', '', '', '1'],
      ['accounts', 'account_platform', 'ASEAN', 'facebook', 'Facebook', '2', '50', '', '4', '3', '0'],
      ['accounts', 'account_platform', 'ASEAN', 'youtube', 'YouTube', '2', '50', '', '4', '3', '0'],
    ]);
    expect(of('final_comments')).toContainEqual([
      'final_comments',
      '',
      'TH',
      'answered',
      'Answered',
      '3',
      '',
      '',
      '3',
      '',
      '0',
    ]);
  });

  it('labels codes in the chosen language', async () => {
    const rows = await parseCsv(comparisonCsv(report, { locale: 'th' }));
    expect(rows.find((row) => row[0] === 'uses_social_media' && row[2] === 'TH')?.[4]).toBe('ใช่');
  });
});
