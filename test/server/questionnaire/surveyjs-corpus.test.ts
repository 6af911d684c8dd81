/**
 * Questionnaires written elsewhere (SurveyJS Creator, other teams' JSON): the corpus in test/fixtures/surveyjs-corpus
 * (written for these tests from SurveyJS's documented features) passes validation, what survey-core computes into the
 * answers is dropped instead of refused, and the features Tinjau cannot carry are refused naming the JSON path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { compileDefinition } from '../../../server/questionnaire/compiled-version.ts';
import { buildCodebook, checkDefinitionText, type JsonRecord } from '../../../server/questionnaire/index.ts';
import { validateSubmission } from '../../../server/questionnaire/validate-submission.ts';
import { fixturesDir } from '../../helpers/build-test-app.ts';

const corpusDir = path.join(fixturesDir, 'surveyjs-corpus');
const corpusText = (file: string) => readFileSync(path.join(corpusDir, file), 'utf8');
const oneQuestion = (element: JsonRecord): JsonRecord => ({
  pages: [{ name: 'page1', elements: [element] }],
});
const problemsOf = (definition: JsonRecord) => {
  const result = checkDefinitionText(JSON.stringify(definition));
  return result.ok ? [] : result.problems;
};
/** What the page sends: the answers as a survey-core Model holds them, computed values included. */
const asThePageSends = (text: string, answers: Record<string, unknown>) => {
  const model = new Model(JSON.parse(text));
  model.data = answers;
  return model.data as Record<string, unknown>;
};

describe('the SurveyJS corpus', () => {
  it.each(readdirSync(corpusDir).filter((file) => file.endsWith('.json')))('validates %s', (file) => {
    expect(checkDefinitionText(corpusText(file))).toMatchObject({ ok: true });
  });
});

describe('input masks', () => {
  it.each([
    ['pattern', { pattern: '+99 (999) 999-99-99' }],
    ['numeric', { thousandsSeparator: ',', decimalSeparator: '.', precision: 1, allowNegativeValues: false }],
    ['currency', { prefix: '$', suffix: ' USD', precision: 2, min: 0, max: 10000 }],
    ['datetime', { pattern: 'mm/dd/yyyy HH:MM', min: '2020-01-01', max: '2030-12-31' }],
  ])('accepts the settings of a %s mask, which belong to its own class', (maskType, maskSettings) => {
    expect(problemsOf(oneQuestion({ type: 'text', name: 'masked', maskType, maskSettings }))).toEqual([]);
  });

  it('still refuses a setting the mask type does not have', () => {
    expect(
      problemsOf(
        oneQuestion({ type: 'text', name: 'masked', maskType: 'pattern', maskSettings: { precision: 2 } }),
      ),
    ).toEqual([
      {
        path: '$.pages[0].elements[0].maskSettings.precision',
        message: 'Unknown property "precision" for "patternmask".',
      },
    ]);
  });

  it('codes a numeric or currency mask as a number, which is what survey-core stores', () => {
    const variables = buildCodebook(JSON.parse(corpusText('inputs-and-choices.json')));
    const kinds = Object.fromEntries(variables.map((variable) => [variable.name, variable.kind]));
    expect(kinds).toMatchObject({
      budget: 'number',
      followers: 'number',
      id_number: 'text',
      audit_date: 'text',
    });
  });
});

describe('refused features', () => {
  it.each([
    [{ type: 'file', name: 'upload' }, '$.pages[0].elements[0].type', /no storage for uploaded files/],
    [{ type: 'signaturepad', name: 'signature' }, '$.pages[0].elements[0].type', /data URL/],
    [{ type: 'imagemap', name: 'map', imageLink: '/map.png' }, '$.pages[0].elements[0].type', /Image map/],
    [
      { type: 'dropdown', name: 'country', choicesByUrl: { url: 'https://example.org/countries' } },
      '$.pages[0].elements[0].choicesByUrl',
      /Remote choices \(choicesByUrl\) are not supported.*List the choices in "choices"/,
    ],
    [
      {
        type: 'matrixdropdown',
        name: 'grid',
        rows: ['a'],
        columns: [{ name: 'c', cellType: 'dropdown', choicesByUrl: { url: 'https://example.org/list' } }],
      },
      '$.pages[0].elements[0].columns[0].choicesByUrl',
      /Remote choices/,
    ],
    [
      { type: 'matrixdropdown', name: 'grid', rows: ['a'], columns: [{ name: 'proof', cellType: 'file' }] },
      '$.pages[0].elements[0].columns[0].cellType',
      /File upload questions are not supported/,
    ],
    [
      { type: 'checkbox', name: 'picked', choices: ['a', { value: 'b', showCommentArea: true }] },
      '$.pages[0].elements[0].choices[1].showCommentArea',
      /A comment on a single choice/,
    ],
    [
      { type: 'checkbox', name: 'picked', choices: ['a'], valuePropertyName: 'item' },
      '$.pages[0].elements[0].valuePropertyName',
      /valuePropertyName is not supported/,
    ],
  ])('refuses %j naming its JSON path', (element, expectedPath, message) => {
    const problems = problemsOf(oneQuestion(element as JsonRecord));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(expectedPath);
    expect(problems[0]?.message).toMatch(message);
  });
});

describe('values survey-core computes into the answers', () => {
  it('drops column totals, expression cells and expressions (in a dynamic panel too) before checking and storing', () => {
    const text = corpusText('matrices-and-panels.json');
    const version = compileDefinition(text);
    const model = new Model(JSON.parse(text));
    model.data = {
      staffing: { comms: { people: 3 }, it: { people: 4 } },
      budget_print: 10,
      budget_online: 5,
    };
    // Typed into the entry, as on the page: survey-core computes the entry's expression then.
    const campaigns = model.getQuestionByName('campaigns') as unknown as {
      panels: Array<{ getQuestionByName(name: string): { value: unknown } }>;
    };
    const entry = campaigns.panels[0];
    if (!entry) throw new Error('the dynamic panel starts with one entry');
    entry.getQuestionByName('campaign_name').value = 'Vaccines';
    entry.getQuestionByName('reach').value = 12000;
    // The page also computes the rows' expression cells as they are typed into.
    const sent = {
      ...(model.data as Record<string, unknown>),
      staffing: { comms: { people: 3, per_head: 6 }, it: { people: 4, per_head: 8 } },
    };
    expect(sent).toMatchObject({
      'staffing-total': { people: 7 },
      budget_total: 15,
      campaigns: [{ reach_thousands: 12 }],
    });
    expect(validateSubmission(version, sent)).toEqual({
      ok: true,
      answers: {
        staffing: { comms: { people: 3 }, it: { people: 4 } },
        budget_print: 10,
        budget_online: 5,
        campaigns: [{ campaign_name: 'Vaccines', reach: 12000 }],
      },
    });
  });

  it('drops calculated values included into the result and top-level expressions', () => {
    const text = corpusText('logic-and-validation.json');
    const version = compileDefinition(text);
    const sent = asThePageSends(text, {
      staff: 20,
      has_unit: 'no',
      budget_a: 1,
      budget_b: 2,
      goals: ['inform'],
    });
    expect(sent).toMatchObject({ full_budget: 3, large_label: 'small' });
    const check = validateSubmission(version, sent);
    expect(check).toMatchObject({ ok: true });
    expect(check.ok && Object.keys(check.answers).sort()).toEqual([
      'budget_a',
      'budget_b',
      'goals',
      'has_unit',
      'staff',
    ]);
  });
});

describe('comment areas and "other" texts', () => {
  it('gives a matrix its comment area, and keeps "other" in the value when a choice question has both', () => {
    const matrices = buildCodebook(JSON.parse(corpusText('matrices-and-panels.json')));
    expect(matrices.find((variable) => variable.name === 'agreement')).toMatchObject({ hasComment: true });
    const choices = buildCodebook(JSON.parse(corpusText('inputs-and-choices.json')));
    expect(choices.find((variable) => variable.name === 'channel')).toMatchObject({
      hasOther: true,
      hasComment: true,
      otherInValue: true,
    });
    expect(choices.find((variable) => variable.name === 'sector')).toMatchObject({ hasOther: true });
    expect(choices.find((variable) => variable.name === 'sector')?.otherInValue).toBeUndefined();
  });

  it('accepts the "other" text survey-core keeps in the value, and a comment beside it', () => {
    const text = corpusText('inputs-and-choices.json');
    const version = compileDefinition(text);
    const answers = { full_name: 'Ana', channel: 'community radio', 'channel-Comment': 'weekly slot' };
    expect(validateSubmission(version, asThePageSends(text, answers))).toEqual({ ok: true, answers });
    expect(validateSubmission(version, { full_name: 'Ana', sector: 'not a code' })).toMatchObject({
      ok: false,
      problems: [{ question: 'sector', message: '"not a code" is not one of the choices' }],
    });
  });
});
