import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCodebook, type JsonRecord, validateDefinition } from '../../../server/questionnaire/index.ts';
import { shippedSurveysDir } from '../../helpers/build-test-app.ts';

const countryChoices = [
  { value: 'brunei', text: 'Brunei Darussalam' },
  { value: 'KH', text: 'Cambodia' },
  { value: 'indonesia', text: { default: 'Indonesia', th: 'อินโดนีเซีย' } },
  { value: 'lao_pdr', text: 'Lao PDR' },
  'malaysia',
  { value: 'MM', text: 'Myanmar' },
  { value: 'PH', text: 'Philippines' },
  { value: 'SG', text: 'Singapore' },
  { value: 'TH', text: 'Thailand' },
  { value: 'timor_leste', text: 'Timor-Leste' },
  { value: 'VN', text: 'Viet Nam' },
];
const typeChoices = ['ministry', 'agency', 'local_government', 'state_corporation'];

function definitionWith(...elements: JsonRecord[]): JsonRecord {
  return { pages: [{ name: 'about', elements }] } as JsonRecord;
}

function problemsOf(...elements: JsonRecord[]) {
  return validateDefinition(definitionWith(...elements));
}

const country = (extra: JsonRecord = {}): JsonRecord =>
  ({
    type: 'dropdown',
    name: 'country',
    choices: countryChoices,
    invitationField: 'country',
    ...extra,
  }) as JsonRecord;

describe('invitationField in a questionnaire', () => {
  it('accepts every field on a question that can hold it, codes by ISO code or by name', () => {
    expect(
      problemsOf(
        country(),
        {
          type: 'radiogroup',
          name: 'org_type',
          choices: typeChoices,
          showOtherItem: true,
          invitationField: 'organisationType',
        },
        { type: 'text', name: 'org', invitationField: 'organisation' },
        { type: 'comment', name: 'who', invitationField: 'contactName', invitationFieldEditable: true },
        {
          type: 'text',
          name: 'mail',
          inputType: 'email',
          invitationField: 'contactEmail',
          invitationFieldEditable: false,
        },
      ),
    ).toEqual([]);
  });

  it('refuses a value that is not an invitation field, naming the JSON path and the allowed values', () => {
    expect(problemsOf(country({ invitationField: 'region' }))).toEqual([
      {
        path: '$.pages[0].elements[0].invitationField',
        message:
          '"invitationField" must be one of country, organisation, organisationType, contactName, contactEmail, not "region".',
      },
    ]);
    expect(problemsOf(country({ invitationField: true }))[0]?.message).toContain('not true.');
  });

  it('refuses invitationFieldEditable that is not true or false, or without invitationField', () => {
    expect(problemsOf(country({ invitationFieldEditable: 'yes' }))).toEqual([
      {
        path: '$.pages[0].elements[0].invitationFieldEditable',
        message: '"invitationFieldEditable" must be true or false, not "yes".',
      },
    ]);
    expect(problemsOf({ type: 'text', name: 'org', invitationFieldEditable: true })).toEqual([
      {
        path: '$.pages[0].elements[0].invitationFieldEditable',
        message:
          '"invitationFieldEditable" only has a meaning on a question with "invitationField" ("org" has none).',
      },
    ]);
  });

  it('refuses a country question that is not a single choice, or misses a member state', () => {
    expect(problemsOf(country({ type: 'checkbox' }))[0]).toEqual({
      path: '$.pages[0].elements[0].invitationField',
      message:
        '"invitationField": "country" on "country" needs a single-choice question (radiogroup or dropdown), not a checkbox.',
    });
    const [problem] = problemsOf(country({ choices: countryChoices.slice(0, 9) }));
    expect(problem?.path).toBe('$.pages[0].elements[0].invitationField');
    expect(problem?.message).toContain('it has none for Timor-Leste (TL), Viet Nam (VN)');
    expect(
      problemsOf({ ...country({ choicesByUrl: { url: 'https://x.test' } }), choices: [] })[0]?.message,
    ).toContain('not taken from choicesByUrl');
  });

  it("refuses an organisation-type question lacking a type of the invitations' list", () => {
    const [problem] = problemsOf({
      type: 'radiogroup',
      name: 'org_type',
      choices: ['ministry', 'agency'],
      invitationField: 'organisationType',
    });
    expect(problem).toEqual({
      path: '$.pages[0].elements[0].invitationField',
      message:
        '"invitationField": "organisationType" on "org_type" needs a choice for every organisation type an invitation can have (ministry, agency, local_government, state_corporation, other); it lacks "local_government", "state_corporation", "other" ("other" may be the question\'s showOtherItem).',
    });
  });

  it('refuses a text field on a question that cannot hold text', () => {
    expect(
      problemsOf({ type: 'text', name: 'org', inputType: 'number', invitationField: 'organisation' }),
    ).toEqual([
      {
        path: '$.pages[0].elements[0].invitationField',
        message:
          '"invitationField": "organisation" on "org" needs a text question (text, with inputType text or email, or comment), not a text with inputType number.',
      },
    ]);
    expect(
      problemsOf({ type: 'boolean', name: 'org', invitationField: 'contactEmail' })[0]?.message,
    ).toContain('not a boolean.');
  });

  it('refuses the same field twice and a field inside a dynamic panel', () => {
    expect(problemsOf(country(), country({ name: 'country_again' }))).toEqual([
      {
        path: '$.pages[0].elements[1].invitationField',
        message:
          "Only one question can be filled from the invitation's country, and the question at $.pages[0].elements[0] already is.",
      },
    ]);
    expect(
      problemsOf({
        type: 'paneldynamic',
        name: 'accounts',
        templateElements: [{ type: 'text', name: 'org', invitationField: 'organisation' }],
      }),
    ).toEqual([
      {
        path: '$.pages[0].elements[0].templateElements[0].invitationField',
        message:
          '"org" is inside the dynamic panel "accounts": an invitation has one organisation, not one per entry, so it cannot fill a panel\'s field.',
      },
    ]);
  });

  it('marks the shipped questionnaires: country, organisation and type fixed, contact questions editable', () => {
    const marks = (file: string) => {
      const definition = JSON.parse(readFileSync(path.join(shippedSurveysDir, file), 'utf8')) as JsonRecord;
      expect(validateDefinition(definition)).toEqual([]);
      return buildCodebook(definition)
        .filter((variable) => variable.invitationField)
        .map((variable) => [variable.name, variable.invitationField]);
    };
    expect(marks('agency-practice.json')).toEqual([
      ['ag_country', { field: 'country', editable: false }],
      ['ag_name', { field: 'organisation', editable: false }],
      ['ag_type', { field: 'organisationType', editable: false }],
      ['ag_resp_email', { field: 'contactEmail', editable: true }],
    ]);
    expect(marks('national-policy.json')).toEqual([
      ['resp_country', { field: 'country', editable: false }],
      ['resp_authority_name', { field: 'organisation', editable: false }],
      ['resp_name', { field: 'contactName', editable: true }],
      ['resp_email', { field: 'contactEmail', editable: true }],
    ]);
  });
});
