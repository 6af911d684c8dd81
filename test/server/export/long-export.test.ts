import { describe, expect, it } from 'vitest';
import { collectCsv } from '../../../server/export/csv-stream.ts';
import { longCsv, longHeader } from '../../../server/export/long-export.ts';
import { loadPilot } from '../analysis/pilot-fixture.ts';
import { parseCsv } from './csv-helpers.ts';

const { codebook, submitted } = loadPilot();

describe('longCsv', () => {
  it('writes one row per answered item, with panel entries numbered and formula-like text neutralised', async () => {
    const rows = await parseCsv(longCsv([submitted[1]!], codebook));
    expect(rows[0]).toEqual(longHeader);
    expect(rows.slice(1)).toEqual([
      ['2', 'TH', 'agency_name', '', '', 'Department of "Digital" Affairs, Bangkok', ''],
      ['2', 'TH', 'uses_social_media', '', '', 'yes', 'Yes'],
      ['2', 'TH', 'platforms', '', '', 'facebook', 'Facebook'],
      ['2', 'TH', 'platforms', '', '', 'other', 'Other (describe)'],
      ['2', 'TH', 'platforms', '', 'other_text', "'=1+1", ''],
      ['2', 'TH', 'region', '', '', 'local', 'Local'],
      ['2', 'TH', 'contact_email', '', '', 'digital@dda.go.th', ''],
      ['2', 'TH', 'staff_count', '', '', '5', ''],
      ['2', 'TH', 'instruments', '', 'law', 'none', 'None'],
      ['2', 'TH', 'instruments', '', 'plan', 'exists', 'Exists'],
      ['2', 'TH', 'accounts.account_name', '1', '', "'+cmd", ''],
      ['2', 'TH', 'accounts.account_platform', '1', '', 'facebook', 'Facebook'],
      ['2', 'TH', 'final_comments', '', '', 'Line one\nLine two, with comma', ''],
    ]);
  });

  it('carries every entry of the account inventory, with labels in the chosen language', async () => {
    const rows = await parseCsv(longCsv([submitted[0]!], codebook, { locale: 'th' }));
    expect(rows.filter((row) => row[2]?.startsWith('accounts.'))).toEqual([
      ['1', 'TH', 'accounts.account_name', '1', '', 'PRD Thailand', ''],
      ['1', 'TH', 'accounts.account_platform', '1', '', 'facebook', 'Facebook'],
      ['1', 'TH', 'accounts.account_name', '2', '', 'ช่อง PRD', ''],
      ['1', 'TH', 'accounts.account_platform', '2', '', 'youtube', 'YouTube'],
    ]);
    expect(rows.find((row) => row[2] === 'uses_social_media')).toEqual([
      '1',
      'TH',
      'uses_social_media',
      '',
      '',
      'yes',
      'ใช่',
    ]);
  });

  it('writes the exact text of every answered item of the fixture', async () => {
    const text = await collectCsv(longCsv(submitted, codebook));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('response_id,country,variable,panel_entry,item,value_code,value_label');
    expect(lines).toContain("3,TH,agency_name,,,'@SUM(A1),");
    expect(lines).toContain("3,TH,final_comments,,,'-2+3,");
    expect(lines).toContain('8,KH,accounts.account_name,1,,ព័ត៌មាន Fresh,');
    expect(lines).toContain('5,VN,agency_name,,,Bộ Thông tin và Truyền thông,');
    // Answered items of responses 1–9: 14 + 13 + 6 + 9 + 11 + 7 + 6 + 7 + 4; then the final empty line.
    expect(lines).toHaveLength(1 + 77 + 1);
  });
});
