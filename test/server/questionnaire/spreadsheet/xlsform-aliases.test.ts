import { describe, expect, it } from 'vitest';
import { csvToDefinition, definitionToCsv } from '../../../../server/questionnaire/spreadsheet/index.ts';

const xlsformSheet = [
  'type,name,label,label::th',
  'begin page,p1,Page,หน้า',
  'select_one,has_account,Official account?,บัญชีทางการ?',
  'choice,yes,Yes,ใช่',
  'choice,no,No,ไม่ใช่',
  'select_one has_account,plans_account,Planned?,',
  'select_multiple,channels,Channels,',
  'choice,facebook,Facebook,',
  'integer,staff,Staff,',
  'decimal,budget,Budget,',
  'date,since,Since when?,',
  'note,intro,<p>Thank you</p>,<p>ขอบคุณ</p>',
  'begin group,details,Details,',
  'text,detail,Detail,',
  'end group,,,',
  'begin_repeat,accounts,Accounts,',
  'text,account_name,Account name,',
  'end_repeat,,,',
  'end page,,,',
].join('\n');

const yesNo = [
  { value: 'yes', text: { default: 'Yes', th: 'ใช่' } },
  { value: 'no', text: { default: 'No', th: 'ไม่ใช่' } },
];

const expectedDefinition = {
  pages: [
    {
      name: 'p1',
      title: { default: 'Page', th: 'หน้า' },
      elements: [
        {
          type: 'radiogroup',
          name: 'has_account',
          title: { default: 'Official account?', th: 'บัญชีทางการ?' },
          choices: yesNo,
        },
        { type: 'radiogroup', name: 'plans_account', title: 'Planned?', choices: yesNo },
        {
          type: 'checkbox',
          name: 'channels',
          title: 'Channels',
          choices: [{ value: 'facebook', text: 'Facebook' }],
        },
        { type: 'text', inputType: 'number', name: 'staff', title: 'Staff' },
        { type: 'text', inputType: 'number', name: 'budget', title: 'Budget' },
        { type: 'text', inputType: 'date', name: 'since', title: 'Since when?' },
        { type: 'html', name: 'intro', html: { default: '<p>Thank you</p>', th: '<p>ขอบคุณ</p>' } },
        {
          type: 'panel',
          name: 'details',
          title: 'Details',
          elements: [{ type: 'text', name: 'detail', title: 'Detail' }],
        },
        {
          type: 'paneldynamic',
          name: 'accounts',
          title: 'Accounts',
          templateElements: [{ type: 'text', name: 'account_name', title: 'Account name' }],
        },
      ],
    },
  ],
};

describe('reading XLSForm type names', () => {
  it('turns XLSForm types into the SurveyJS types they stand for', () => {
    expect(csvToDefinition(xlsformSheet)).toEqual({ ok: true, definition: expectedDefinition });
  });

  it('exports the result with SurveyJS type names only', () => {
    const result = csvToDefinition(xlsformSheet);
    if (!result.ok) throw new Error('expected the sheet to be read');
    const types = definitionToCsv(result.definition)
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(new Set(types)).toEqual(
      new Set([
        'begin page',
        'radiogroup',
        'choice',
        'checkbox',
        'text',
        'html',
        'property',
        'begin panel',
        'end panel',
        'begin paneldynamic',
        'end paneldynamic',
        'end page',
        '',
      ]),
    );
  });

  it('reports select_one naming a list that no earlier question has', () => {
    expect(csvToDefinition('type,name,label\nbegin page,p1,\nselect_one yes_no,q1,A\nend page,,')).toEqual({
      ok: false,
      problems: [
        { line: 3, column: 'choices', message: 'No question named "yes_no" with choices above this line.' },
      ],
    });
  });
});
