import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../server/questionnaire/index.ts';
import {
  checkSpreadsheetText,
  csvToDefinition,
  definitionToCsv,
} from '../../../../server/questionnaire/spreadsheet/index.ts';

const fixturesDir = path.resolve(import.meta.dirname, '../../../fixtures/spreadsheets');
const handWrittenCsv = readFileSync(path.join(fixturesDir, 'small-questionnaire.csv'), 'utf8');
const expectedJson = JSON.parse(readFileSync(path.join(fixturesDir, 'small-questionnaire.json'), 'utf8'));

describe('a hand-written questionnaire spreadsheet', () => {
  it('imports to the expected SurveyJS JSON', () => {
    const result = csvToDefinition(handWrittenCsv);
    expect(result).toEqual({ ok: true, definition: expectedJson });
  });

  it('passes questionnaire validation', () => {
    expect(checkSpreadsheetText(handWrittenCsv).ok).toBe(true);
  });

  it('exports back to a sheet that reads as the same JSON', () => {
    const reexported = csvToDefinition(definitionToCsv(expectedJson));
    expect(reexported.ok && canonicalJson(reexported.definition)).toBe(canonicalJson(expectedJson));
  });
});
