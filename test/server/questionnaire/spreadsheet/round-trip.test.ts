import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type JsonRecord } from '../../../../server/questionnaire/index.ts';
import {
  checkSpreadsheetText,
  csvToDefinition,
  definitionToCsv,
} from '../../../../server/questionnaire/spreadsheet/index.ts';

const projectRoot = path.resolve(import.meta.dirname, '../../../..');

function loadDefinition(relativePath: string): JsonRecord {
  return JSON.parse(readFileSync(path.join(projectRoot, relativePath), 'utf8')) as JsonRecord;
}

function readBack(definition: JsonRecord): JsonRecord {
  const result = csvToDefinition(definitionToCsv(definition));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.definition;
}

describe('exporting a questionnaire to the spreadsheet and reading it back', () => {
  it.each([
    'surveys/national-policy.json',
    'surveys/agency-practice.json',
    'test/fixtures/surveys/pilot.json',
  ])('gives exactly the same JSON for %s, which still passes validation', (file) => {
    const definition = loadDefinition(file);
    const csv = definitionToCsv(definition);
    expect(canonicalJson(readBack(definition))).toBe(canonicalJson(definition));
    expect(checkSpreadsheetText(csv)).toEqual({ ok: true, definition: readBack(definition) });
  });

  it('writes one readable row per question and choice, translations side by side', () => {
    const lines = definitionToCsv(loadDefinition('test/fixtures/surveys/pilot.json')).split('\r\n');
    expect(lines[0]).toBe(
      'type,name,label,label::th,required,relevant,required_if,constraint,value,properties',
    );
    expect(lines).toContain('setting,title,Pilot questionnaire,แบบสอบถามนำร่อง,,,,,,');
    expect(lines).toContain('begin page,about,About the agency,เกี่ยวกับหน่วยงาน,,,,,,');
    expect(lines).toContain(
      'checkbox,platforms,Which platforms?,แพลตฟอร์มใด,yes,{uses_social_media} = \'yes\',,,,"{""showOtherItem"":true}"',
    );
    expect(lines).toContain('choice,facebook,Facebook,,,,,,,');
    expect(lines).toContain(
      'text,staff_count,Staff working on social media,จำนวนเจ้าหน้าที่,,,,numeric:0..1000,,"{""inputType"":""number""}"',
    );
    expect(lines).toContain('begin paneldynamic,accounts,Official accounts,บัญชีทางการ,,,,,,');
  });

  it('writes translatable texts without a column of their own as property rows', () => {
    const csv = definitionToCsv(loadDefinition('surveys/national-policy.json'));
    expect(csv).toMatch(/\r\nrating,cb_benefit_reach,[^\r]*\r\nproperty,minRateDescription,No benefit,/);
  });

  it('keeps corner cases that have no compact form, by falling back to the properties column', () => {
    const definition: JsonRecord = {
      title: 'Plain English title',
      description: { default: 'Only a default' },
      showQuestionNumbers: false,
      pagePrevText: { th: 'ย้อนกลับ' },
      calculatedValues: [{ name: 'total', expression: '{a} + 1' }],
      pages: [
        {
          name: 'one',
          visibleIf: '{x} notempty',
          description: 'A page description',
          elements: [
            { type: 'rating', name: 'score', rateValues: [1, 2, { value: 3, text: 'Three' }, '4'] },
            {
              type: 'radiogroup',
              name: 'flags',
              isRequired: false,
              choices: [true, false, 'null', '', { value: 'only_value' }, { value: -1, text: '=SUM(A1)' }],
            },
            { type: 'dropdown', name: 'empty_list', choices: [] },
            { type: 'dropdown', name: 'codeless', choices: [{ text: 'No value' }] },
            {
              type: 'text',
              name: 'two_checks',
              validators: [{ type: 'email' }, { type: 'regex', regex: 'a;b' }],
            },
            {
              type: 'text',
              name: 'semicolon',
              validators: [{ type: 'regex', regex: '^[a-z];+$', text: "'quoted'" }],
            },
            {
              type: 'text',
              name: 'many_messages',
              validators: [
                { type: 'numeric', minValue: 1, text: 'Too small' },
                { type: 'text', maxLength: 5, text: 'Too long' },
              ],
            },
            {
              type: 'text',
              name: 'odd_validator',
              validators: [{ type: 'text', maxLength: 5, allowDigits: false }],
            },
            { type: 'comment', name: 'spaced', title: '  leading and trailing  ', placeholder: 'Type here' },
            { type: 'html', name: 'intro', html: { default: '<p>Hello</p>', th: '<p>สวัสดี</p>' } },
            {
              type: 'matrixdropdown',
              name: 'grid',
              cellType: 'dropdown',
              choices: [1, 2, 3],
              rows: ['r1', { value: 'r2', text: 'Row 2', visibleIf: '{x} = 1' }],
              columns: [
                { name: 'c1', title: { default: 'Column 1', th: 'คอลัมน์ 1' }, isRequired: true },
                {
                  name: 'c2',
                  cellType: 'text',
                  validators: [{ type: 'numeric', maxValue: 10 }],
                  placeholder: { default: 'Number', th: 'ตัวเลข' },
                },
                { name: 'c3', choices: [{ value: 'a', text: 'A' }] },
              ],
            },
            {
              type: 'multipletext',
              name: 'contact',
              items: [{ name: 'phone', title: 'Phone', inputType: 'tel' }, { name: 'fax' }],
            },
            {
              type: 'paneldynamic',
              name: 'entries',
              templateElements: [
                { type: 'panel', name: 'inner', elements: [{ type: 'text', name: 'inner_text' }] },
                { type: 'panel', name: 'empty_panel', elements: [] },
                { type: 'panel', name: 'no_elements' },
              ],
            },
            { type: 'boolean', name: 'yes_no', enableIf: '{x} = 2', requiredIf: '{x} = 3' },
          ],
        },
        { name: 'empty_page' },
      ],
    };
    expect(canonicalJson(readBack(definition))).toBe(canonicalJson(definition));
  });

  it('keeps questions that are not on any page in the survey elements', () => {
    const definition: JsonRecord = {
      elements: [
        { type: 'text', name: 'first' },
        { type: 'panel', name: 'group', elements: [{ type: 'text', name: 'second' }] },
      ],
    };
    expect(readBack(definition)).toEqual(definition);
  });

  it('reads a file saved by a spreadsheet program: byte order mark, semicolons, LF line ends', () => {
    const csv = '\uFEFFtype;name;label\nbegin page;p1;\ntext;q1;Question\nend page;;\n';
    expect(csvToDefinition(csv)).toEqual({
      ok: true,
      definition: { pages: [{ name: 'p1', elements: [{ type: 'text', name: 'q1', title: 'Question' }] }] },
    });
  });
});
