/**
 * Rule by rule, on hand-made definitions: each case is validated by the fast validator and by survey-core
 * (a fresh Model, see fast-validation-corpus.ts) and must give exactly the same result, problems in the same order;
 * the expected outcome is also spelled out, so that a change in survey-core shows up here.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerProblem } from '../../../server/questionnaire/answer-check.ts';
import { compileDefinition } from '../../../server/questionnaire/compiled-version.ts';
import {
  compileFastValidator,
  supportsFastValidation,
  validateFast,
} from '../../../server/questionnaire/fast-validation/index.ts';
import { createSurveyModel } from '../../../server/questionnaire/survey-model.ts';
import {
  type SubmissionCheck,
  validateWithSurveyCore,
} from '../../../server/questionnaire/validate-submission.ts';
import { completedBySurveyCore } from './fast-validation-corpus.ts';

type Answers = Record<string, unknown>;

function page(...elements: unknown[]) {
  return { pages: [{ name: 'p1', elements }] };
}

/** Validates with both and checks they agree exactly; returns the (common) result. */
function both(definition: unknown, answers: Answers): SubmissionCheck {
  const version = compileDefinition(JSON.stringify(definition));
  const validator = compileFastValidator(version);
  expect(validator.unsupported).toEqual([]);
  const fast = validateFast(validator, answers);
  const surveyCore = validateWithSurveyCore(
    { ...version, model: createSurveyModel(version.definition) },
    structuredClone(answers),
  );
  expect(fast).toEqual(surveyCore);
  return fast;
}

function problems(definition: unknown, answers: Answers): AnswerProblem[] {
  const result = both(definition, answers);
  return result.ok ? [] : result.problems;
}

const required = 'Response required.';

describe('required', () => {
  const definition = page(
    { type: 'text', name: 'a', isRequired: true },
    { type: 'text', name: 'b', isRequired: true, requiredErrorText: 'Please fill b' },
    { type: 'text', name: 'c', isRequired: true, requiredIf: "{a} = 'x'" },
    { type: 'comment', name: 'd', requiredIf: "{a} = 'y'" },
    { type: 'boolean', name: 'e', isRequired: true },
    { type: 'checkbox', name: 'f', isRequired: true, choices: ['1', '2'] },
  );

  it('reports empty and whitespace answers, with the custom text', () => {
    expect(problems(definition, { a: '  ', e: false, f: [] })).toEqual([
      { question: 'a', message: required },
      { question: 'b', message: 'Please fill b' },
      { question: 'f', message: required },
    ]);
  });

  it('lets requiredIf decide, overriding isRequired', () => {
    expect(problems(definition, { a: 'y', b: 'b', e: false, f: ['1'] })).toEqual([
      { question: 'd', message: required },
    ]);
    expect(problems(definition, { a: 'x', b: 'b', e: true, f: ['1'] })).toEqual([
      { question: 'c', message: required },
    ]);
  });
});

describe('visibility and read-only', () => {
  const definition = {
    pages: [
      {
        name: 'p1',
        visibleIf: '{a} = 1',
        elements: [{ type: 'text', name: 'onHiddenPage', isRequired: true }],
      },
      {
        name: 'p2',
        elements: [
          { type: 'text', name: 'a', inputType: 'number' },
          { type: 'radiogroup', name: 'r', showOtherItem: true, visibleIf: '{a} = 2', choices: ['x'] },
          {
            type: 'panel',
            name: 'box',
            visibleIf: '{a} = 3',
            elements: [{ type: 'text', name: 'inPanel', isRequired: true }],
          },
          { type: 'text', name: 'enabled', isRequired: true, enableIf: '{a} = 4' },
          { type: 'text', name: 'locked', isRequired: true, readOnly: true },
          {
            type: 'panel',
            name: 'lockedBox',
            enableIf: '{a} = 5',
            elements: [{ type: 'text', name: 'inLockedBox', isRequired: true }],
          },
          { type: 'text', name: 'never', visible: false, isRequired: true },
        ],
      },
    ],
  };

  it('validates only questions whose own, panel and page conditions hold', () => {
    expect(problems(definition, { a: 1 })).toEqual([{ question: 'onHiddenPage', message: required }]);
    expect(problems(definition, { a: 3 })).toEqual([{ question: 'inPanel', message: required }]);
  });

  it('does not validate read-only or disabled questions', () => {
    expect(problems(definition, { a: 4 })).toEqual([{ question: 'enabled', message: required }]);
    expect(problems(definition, { a: 5 })).toEqual([{ question: 'inLockedBox', message: required }]);
  });

  it('drops answers to questions hidden by their own visibleIf, their page or their panel, with their comment', () => {
    const answers = { a: 6, r: 'other', 'r-Comment': 'text', inPanel: 'x', onHiddenPage: 'y', never: 'z' };
    expect(both(definition, answers)).toEqual({ ok: true, answers: { a: 6 } });
    expect(completedBySurveyCore(definition, answers)).toEqual({ a: 6 });
  });
});

describe('what is stored: what survey-core completion clears', () => {
  // One driver shows one container at a time; everything else is always visible.
  const definition = {
    pages: [
      {
        name: 'start',
        elements: [
          { type: 'radiogroup', name: 'show', choices: ['page', 'panel', 'dynamic', 'none'] },
          {
            type: 'panel',
            name: 'outer',
            visibleIf: "{show} = 'panel'",
            elements: [
              { type: 'text', name: 'inOuter' },
              {
                type: 'panel',
                name: 'inner',
                elements: [
                  { type: 'text', name: 'inInner' },
                  { type: 'radiogroup', name: 'innerChoice', choices: ['x'], showOtherItem: true },
                ],
              },
              { type: 'paneldynamic', name: 'listInOuter', templateElements: [{ type: 'text', name: 'f' }] },
            ],
          },
          {
            type: 'paneldynamic',
            name: 'hiddenList',
            visibleIf: "{show} = 'dynamic'",
            templateElements: [{ type: 'text', name: 'g', isRequired: true }],
          },
          {
            type: 'paneldynamic',
            name: 'list',
            templateElements: [
              { type: 'radiogroup', name: 'kind', choices: ['x', 'y'] },
              { type: 'text', name: 'detail', visibleIf: "{panel.kind} = 'x'" },
            ],
          },
          { type: 'radiogroup', name: 'channel', choices: ['radio', 'tv'], showOtherItem: true },
          { type: 'checkbox', name: 'tools', choices: ['a', 'b'], showOtherItem: true },
          { type: 'radiogroup', name: 'rated', choices: ['1', '2'], showCommentArea: true },
        ],
      },
      {
        name: 'extra',
        visibleIf: "{show} = 'page'",
        elements: [
          { type: 'text', name: 'onPage', isRequired: true },
          { type: 'panel', name: 'onPagePanel', elements: [{ type: 'text', name: 'inPagePanel' }] },
        ],
      },
    ],
  };
  const everything: Answers = {
    inOuter: 'o',
    inInner: 'i',
    innerChoice: 'other',
    'innerChoice-Comment': 'own words',
    listInOuter: [{ f: 'f' }],
    hiddenList: [{ g: 'g' }],
    onPage: 'p',
    inPagePanel: 'pp',
  };

  /** Both validators agree, and keep exactly what survey-core's completion leaves. */
  function stored(answers: Answers): Answers {
    const result = both(definition, answers);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.answers).toEqual(completedBySurveyCore(definition, answers));
    return result.answers;
  }

  it('drops the answers on a page hidden by its visibleIf, panels on it included', () => {
    expect(stored({ show: 'none', ...everything })).toEqual({ show: 'none' });
  });

  it('keeps the answers on a page that is visible again', () => {
    // Saved while the page was hidden (the respondent then changed the driver back): the page shows them again.
    expect(stored({ show: 'page', ...everything })).toEqual({
      show: 'page',
      onPage: 'p',
      inPagePanel: 'pp',
    });
  });

  it('drops the answers in a panel hidden by its visibleIf, nested panels and dynamic panels in it included', () => {
    expect(stored({ show: 'dynamic', ...everything })).toEqual({ show: 'dynamic', hiddenList: [{ g: 'g' }] });
    expect(stored({ show: 'panel', ...everything })).toEqual({
      show: 'panel',
      inOuter: 'o',
      inInner: 'i',
      innerChoice: 'other',
      'innerChoice-Comment': 'own words',
      listInOuter: [{ f: 'f' }],
    });
  });

  it('drops a hidden dynamic panel whole, its required fields unchecked', () => {
    expect(stored({ show: 'none', hiddenList: [{}, { g: 'g' }] })).toEqual({ show: 'none' });
  });

  it('drops a dynamic panel field hidden in its entry, and only in that entry', () => {
    const list = [
      { kind: 'x', detail: 'shown' },
      { kind: 'y', detail: 'hidden', 'detail-Comment': 'c' },
      { detail: 'hidden too' },
    ];
    expect(stored({ show: 'none', list })).toEqual({
      show: 'none',
      list: [{ kind: 'x', detail: 'shown' }, { kind: 'y' }, {}],
    });
  });

  it('drops an "other" text when "other" is not chosen, but not a comment area of its own', () => {
    const answers = {
      show: 'none',
      channel: 'tv',
      'channel-Comment': 'community radio',
      tools: ['a'],
      'tools-Comment': 'spreadsheets',
      rated: '1',
      'rated-Comment': 'a remark',
    };
    expect(stored(answers)).toEqual({
      show: 'none',
      channel: 'tv',
      tools: ['a'],
      rated: '1',
      'rated-Comment': 'a remark',
    });
    const chosen = { ...answers, channel: 'other', tools: ['a', 'other'] };
    expect(stored(chosen)).toEqual(chosen);
  });
});

describe('validators', () => {
  it('numeric: non-numeric, range, default and custom texts', () => {
    const definition = page(
      { type: 'text', name: 'n', validators: [{ type: 'numeric', minValue: 1, maxValue: 5 }] },
      { type: 'text', name: 'm', validators: [{ type: 'numeric', minValue: 1, text: 'At least one' }] },
      { type: 'text', name: 'k', validators: [{ type: 'numeric', maxValue: 10 }] },
    );
    expect(problems(definition, { n: 'abc', m: '0', k: ' 11 ' })).toEqual([
      { question: 'n', message: 'The value should be numeric.' },
      { question: 'm', message: 'At least one' },
      { question: 'k', message: "The 'value' should be at most 10" },
    ]);
    expect(problems(definition, { n: '9' })).toEqual([
      { question: 'n', message: "The 'value' should be at least 1 and at most 5" },
    ]);
    expect(both(definition, { n: '3', m: '1', k: '-4' }).ok).toBe(true);
  });

  it('text: lengths and digits (survey-core only rejects digits at the end)', () => {
    const definition = page(
      {
        type: 'text',
        name: 't',
        validators: [{ type: 'text', minLength: 3, maxLength: 5, allowDigits: false }],
      },
      { type: 'comment', name: 'c', validators: [{ type: 'text', maxLength: 4, text: 'Too long' }] },
    );
    expect(problems(definition, { t: 'ab1', c: 'abcde' })).toEqual([
      { question: 't', message: 'Numbers are not allowed.' },
      { question: 'c', message: 'Too long' },
    ]);
    expect(problems(definition, { t: 'ab' })).toEqual([
      { question: 't', message: 'Please enter at least 3 and no more than 5 characters.' },
    ]);
    expect(both(definition, { t: '1ab', c: 'abcd' }).ok).toBe(true);
  });

  it('regex, email, answer count and expression', () => {
    const definition = page(
      { type: 'text', name: 'url', validators: [{ type: 'regex', regex: '^https?://' }] },
      {
        type: 'text',
        name: 'code',
        validators: [{ type: 'regex', regex: '^[a-z]+$', caseInsensitive: true, text: 'Letters' }],
      },
      { type: 'text', name: 'mail', validators: [{ type: 'email' }] },
      { type: 'text', name: 'mail2', inputType: 'email' },
      {
        type: 'checkbox',
        name: 'few',
        choices: ['a', 'b', 'c'],
        validators: [{ type: 'answercount', minCount: 2, maxCount: 2 }],
      },
      {
        type: 'text',
        name: 'big',
        inputType: 'number',
        validators: [{ type: 'expression', expression: '{few.length} > 0 or {big} > 2' }],
      },
    );
    expect(
      problems(definition, {
        url: 'www.x.org',
        code: 'ab1',
        mail: 'x@y',
        mail2: ' a@b.co',
        few: ['a'],
        big: 1,
      }),
    ).toEqual([
      // A regex validator without a text has an empty message in survey-core.
      { question: 'url', message: '' },
      { question: 'code', message: 'Letters' },
      { question: 'mail', message: 'Please enter a valid e-mail address.' },
      { question: 'mail2', message: 'Please enter a valid e-mail address.' },
      { question: 'few', message: 'Please select at least 2 option(s).' },
    ]);
    expect(problems(definition, { code: 'ABC', few: ['a', 'b', 'c'], big: 1 })).toEqual([
      { question: 'few', message: 'Please select no more than 2 option(s).' },
    ]);
    expect(problems(definition, { big: 1 })).toEqual([
      { question: 'big', message: "The expression: {few.length} > 0 or {big} > 2 should return 'true'." },
    ]);
  });

  it('runs validators only when the question has no required or type error', () => {
    const definition = page({
      type: 'radiogroup',
      name: 'r',
      isRequired: true,
      showOtherItem: true,
      choices: ['a'],
      validators: [{ type: 'expression', expression: 'false', text: 'never passes' }],
    });
    expect(problems(definition, { r: 'other' })).toEqual([
      { question: 'r', message: 'Response required: enter another value.' },
    ]);
    expect(problems(definition, { r: 'a' })).toEqual([{ question: 'r', message: 'never passes' }]);
  });
});

describe('text inputs', () => {
  it('checks min, max and step of a number input with the raw value', () => {
    const definition = page({ type: 'text', name: 'n', inputType: 'number', min: 0, max: 10, step: 2 });
    expect(problems(definition, { n: 11 })).toEqual([
      { question: 'n', message: 'The value should not be greater than 10' },
      { question: 'n', message: 'Please enter a value that matches the step size of 2.' },
    ]);
    expect(problems(definition, { n: -1 })).toEqual([
      { question: 'n', message: 'The value should not be less than 0' },
      { question: 'n', message: 'Please enter a value that matches the step size of 2.' },
    ]);
    expect(both(definition, { n: 4 }).ok).toBe(true);
  });

  it('compares dates with the date bounds (survey-core has a default maximum)', () => {
    const definition = page({ type: 'text', name: 'd', inputType: 'date', min: '2020-01-01' });
    expect(problems(definition, { d: '2019-12-31' })).toHaveLength(1);
    expect(problems(definition, { d: '3000-01-01' })).toHaveLength(1);
    expect(both(definition, { d: '2024-05-01' }).ok).toBe(true);
  });

  it('ignores maxLength (only the browser enforces it)', () => {
    expect(both(page({ type: 'text', name: 't', maxLength: 3 }), { t: 'abcdef' }).ok).toBe(true);
  });
});

describe('choices', () => {
  const definition = page(
    {
      type: 'checkbox',
      name: 'c',
      showOtherItem: true,
      showNoneItem: true,
      minSelectedChoices: 2,
      maxSelectedChoices: 2,
      choices: ['a', 'b', 'x'],
    },
    { type: 'dropdown', name: 'd', showOtherItem: true, choices: ['a'] },
  );

  it('needs the comment of "other" (whitespace is enough for survey-core)', () => {
    expect(problems(definition, { c: ['a', 'other'], 'c-Comment': '', d: 'other' })).toEqual([
      { question: 'c', message: 'Response required: enter another value.' },
      { question: 'd', message: 'Response required: enter another value.' },
    ]);
    expect(both(definition, { c: ['a', 'other'], 'c-Comment': 'x', d: 'other', 'd-Comment': '  ' }).ok).toBe(
      true,
    );
  });

  it('checks minSelectedChoices (a lone "none" passes, no answer does not) but not maxSelectedChoices', () => {
    expect(problems(definition, { c: ['a'] })).toEqual([
      { question: 'c', message: 'Please select at least 2 option(s).' },
    ]);
    expect(problems(definition, {})).toEqual([
      { question: 'c', message: 'Please select at least 2 option(s).' },
    ]);
    expect(both(definition, { c: ['none'] }).ok).toBe(true);
    expect(both(definition, { c: ['a', 'b', 'x'] }).ok).toBe(true);
  });
});

describe('matrices and multiple text', () => {
  const definition = page(
    { type: 'matrix', name: 'm', eachRowRequired: true, rows: ['r1', 'r2'], columns: ['c1', 'c2'] },
    {
      type: 'matrix',
      name: 'u',
      eachRowUnique: true,
      isRequired: true,
      rows: ['r1', 'r2'],
      columns: ['c1', 'c2'],
    },
    {
      type: 'matrixdropdown',
      name: 'md',
      rows: ['r1', 'r2'],
      columns: [
        { name: 'a', isRequired: true, cellType: 'text', validators: [{ type: 'numeric', minValue: 1 }] },
        { name: 'b', cellType: 'dropdown', choices: [1, 2] },
      ],
    },
    {
      type: 'multipletext',
      name: 'mt',
      items: [
        { name: 'x', isRequired: true },
        { name: 'y', inputType: 'email' },
        { name: 'z', validators: [{ type: 'text', minLength: 3 }] },
      ],
    },
  );

  it('reports rows, cells (by column name, every row) and items', () => {
    expect(
      problems(definition, {
        m: { r1: 'c1' },
        u: { r1: 'c1', r2: 'c1' },
        md: { r1: { a: '0' } },
        mt: { y: 'bad', z: 'ab' },
      }),
    ).toEqual([
      { question: 'm', message: 'Response required: answer questions in all rows.' },
      { question: 'u', message: 'Each row must have a unique value.' },
      { question: 'a', message: "The 'value' should be at least 1" },
      { question: 'a', message: required },
      { question: 'x', message: required },
      { question: 'y', message: 'Please enter a valid e-mail address.' },
      { question: 'z', message: 'Please enter at least 3 character(s).' },
    ]);
    expect(problems(definition, { m: { r1: 'c1', r2: 'c2' } })).toEqual([
      { question: 'u', message: required },
      { question: 'a', message: required },
      { question: 'a', message: required },
      { question: 'x', message: required },
    ]);
    expect(
      both(definition, {
        m: { r1: 'c1', r2: 'c2' },
        u: { r1: 'c1' },
        md: { r1: { a: '1' }, r2: { a: '2' } },
        mt: { x: 'a' },
      }).ok,
    ).toBe(true);
  });
});

describe('dynamic panels', () => {
  const definition = page(
    {
      type: 'paneldynamic',
      name: 'pd',
      minPanelCount: 2,
      maxPanelCount: 3,
      templateElements: [
        { type: 'radiogroup', name: 'kind', showOtherItem: true, choices: ['x', 'y'] },
        { type: 'text', name: 'when', isRequired: true, visibleIf: "{panel.kind} = 'x'" },
        { type: 'text', name: 'second', requiredIf: '{panelIndex} = 1' },
        { type: 'text', name: 'outer', requiredIf: '{top} = 1' },
      ],
    },
    { type: 'text', name: 'top' },
    { type: 'paneldynamic', name: 'req', isRequired: true, templateElements: [{ type: 'text', name: 'f' }] },
  );

  it('validates the fresh entry count when there is no answer or []', () => {
    const missing = [
      { question: 'second', panel: 'pd', entry: 1, message: required },
      { question: 'req', message: required },
    ];
    expect(problems(definition, {})).toEqual(missing);
    expect(problems(definition, { pd: [], req: [] })).toEqual(missing);
    expect(problems(definition, { req: [{}] })).toEqual(missing);
  });

  it('runs field conditions in the entry (panel, panelIndex) and the survey', () => {
    expect(
      problems(definition, { pd: [{ kind: 'x' }, { kind: 'other' }, {}], top: '1', req: [{ f: ' ' }] }),
    ).toEqual([
      { question: 'when', panel: 'pd', entry: 0, message: required },
      { question: 'outer', panel: 'pd', entry: 0, message: required },
      { question: 'kind', panel: 'pd', entry: 1, message: 'Response required: enter another value.' },
      { question: 'second', panel: 'pd', entry: 1, message: required },
      { question: 'outer', panel: 'pd', entry: 1, message: required },
      { question: 'outer', panel: 'pd', entry: 2, message: required },
    ]);
  });

  it('does not enforce min/maxPanelCount on answers', () => {
    // One entry where minPanelCount is 2, four where maxPanelCount is 3: survey-core validates the entries given.
    expect(both(definition, { pd: [{ second: 'a' }], req: [{ f: 'x' }] }).ok).toBe(true);
    expect(both(definition, { pd: [{}, { second: 'b' }, {}, {}], req: [{ f: 'x' }] }).ok).toBe(true);
  });
});

describe('answer checks and unsupported features', () => {
  it('returns checkAnswers problems first, as validateWithSurveyCore does', () => {
    const definition = page({ type: 'radiogroup', name: 'r', isRequired: true, choices: ['a'] });
    expect(problems(definition, { r: 'b', extra: 1 })).toEqual([
      { question: 'r', message: '"b" is not one of the choices' },
      { question: 'extra', message: '"extra" is not a question of this questionnaire' },
    ]);
  });

  it('lists what it cannot mirror, and refuses to validate such a version', () => {
    const definition = {
      triggers: [{ type: 'setvalue', expression: '{a} = 1', setToName: 'b', setValue: 2 }],
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'text', name: 'a' },
            { type: 'text', name: 'b', defaultValue: 1 },
            { type: 'checkbox', name: 'c', choices: ['x'], choicesVisibleIf: '{a} = 1' },
            { type: 'matrixdynamic', name: 'md', columns: [{ name: 'k' }] },
            { type: 'text', name: 'd', visibleIf: '{nowhere} = 1' },
          ],
        },
      ],
    };
    const version = compileDefinition(JSON.stringify(definition));
    const validator = compileFastValidator(version);
    expect(supportsFastValidation(validator)).toBe(false);
    expect(validator.unsupported).toEqual([
      'the survey has triggers',
      'question "b" has a defaultValue',
      'question "c" uses choicesVisibleIf',
      'question "md" has type "matrixdynamic"',
      '"{nowhere} = 1" refers to {nowhere}, which is not a question',
    ]);
    expect(() => validateFast(validator, {})).toThrow(/needs survey-core/);
  });
});
