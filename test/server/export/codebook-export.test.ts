import { describe, expect, it } from 'vitest';
import { mergeCodebooks } from '../../../server/analysis/survey-codebook.ts';
import { codebookCsv } from '../../../server/export/codebook-export.ts';
import { buildCodebook } from '../../../server/questionnaire/codebook.ts';
import { loadPilot } from '../analysis/pilot-fixture.ts';
import { parseCsv } from './csv-helpers.ts';

const { codebook, compiled } = loadPilot();

describe('codebookCsv', () => {
  it('has the question text per language, the type, item, versions and one row per code', async () => {
    const rows = await parseCsv(codebookCsv(codebook));
    expect(rows[0]).toEqual([
      'column',
      'variable',
      'format',
      'kind',
      'question_type',
      'item',
      'versions',
      'label_en',
      'label_th',
      'item_label_en',
      'item_label_th',
      'code',
      'code_label_en',
      'code_label_th',
      'personal_data',
      'invitation_field',
    ]);
    const rowsOf = (column: string) => rows.filter((row) => row[0] === column);
    expect(rowsOf('response_id')).toEqual([
      [
        'response_id',
        'response_id',
        'wide',
        'meta',
        '',
        '',
        '1',
        'Response number',
        '',
        '',
        '',
        '',
        '',
        '',
        '0',
        '',
      ],
    ]);
    expect(rowsOf('uses_social_media')).toEqual([
      [
        'uses_social_media',
        'uses_social_media',
        'wide',
        'single_choice',
        'radiogroup',
        '',
        '1',
        'Does the agency use social media?',
        'หน่วยงานใช้โซเชียลมีเดียหรือไม่',
        '',
        '',
        'yes',
        'Yes',
        'ใช่',
        '0',
        '',
      ],
      [
        'uses_social_media',
        'uses_social_media',
        'wide',
        'single_choice',
        'radiogroup',
        '',
        '1',
        'Does the agency use social media?',
        'หน่วยงานใช้โซเชียลมีเดียหรือไม่',
        '',
        '',
        'no',
        'No',
        'ไม่ใช่',
        '0',
        '',
      ],
    ]);
    expect(rowsOf('platforms__line').map((row) => [row[5], row[9], row[11], row[12]])).toEqual([
      ['line', 'LINE', '0', 'Not selected'],
      ['line', 'LINE', '1', 'Selected'],
    ]);
    expect(rowsOf('instruments__plan').map((row) => [row[9], row[10], row[11], row[13]])).toEqual([
      ['National plan', 'แผนระดับชาติ', 'exists', 'มีแล้ว'],
      ['National plan', 'แผนระดับชาติ', 'none', 'ไม่มี'],
    ]);
    expect(rowsOf('accounts.account_platform').map((row) => [row[2], row[11]])).toEqual([
      ['long', 'facebook'],
      ['long', 'youtube'],
    ]);
    expect(rowsOf('staff_count')).toHaveLength(1);
  });

  it('lists every column of the wide file', async () => {
    const rows = await parseCsv(codebookCsv(codebook));
    const wide = new Set(rows.filter((row) => row[2] === 'wide').map((row) => row[0]));
    expect(wide.size).toBe(23);
    expect(wide.has('platforms__other_text')).toBe(true);
  });

  it('gives the versions each variable appears in across versions', async () => {
    const version2 = buildCodebook({
      pages: [
        { name: 'about', elements: [{ type: 'text', name: 'agency_name', title: 'Name of the agency' }] },
      ],
    });
    const merged = mergeCodebooks([
      { versionNumber: 1, variables: compiled.variables },
      { versionNumber: 2, variables: version2 },
    ]);
    const rows = await parseCsv(codebookCsv(merged));
    expect(rows.find((row) => row[0] === 'agency_name')?.slice(6, 8)).toEqual(['1;2', 'Name of the agency']);
    expect(rows.find((row) => row[0] === 'region')?.[6]).toBe('1');
    expect(rows.find((row) => row[0] === 'response_id')?.[6]).toBe('1;2');
  });
});
