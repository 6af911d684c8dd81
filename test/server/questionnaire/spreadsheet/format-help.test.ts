import { describe, expect, it } from 'vitest';
import { columnOrder } from '../../../../server/questionnaire/spreadsheet/columns.ts';
import { spreadsheetFormatHelp } from '../../../../server/questionnaire/spreadsheet/index.ts';

describe('the spreadsheet format help', () => {
  it.each(columnOrder)('describes the %s column', (column) => {
    expect(spreadsheetFormatHelp).toMatch(new RegExp(`^  ${column}\\b`, 'm'));
  });
});
