import { describe, expect, it } from 'vitest';
import { compileDefinition, createCompiledVersions } from '../../../server/questionnaire/compiled-version.ts';
import { definitionLimits, measureDefinition } from '../../../server/questionnaire/definition-limits.ts';
import { checkDefinitionText } from '../../../server/questionnaire/index.ts';
import { checkSpreadsheetText } from '../../../server/questionnaire/spreadsheet/index.ts';

const textQuestions = (count: number, prefix = 'q') =>
  Array.from({ length: count }, (_, index) => ({ type: 'text', name: `${prefix}${index}` }));

/** `questions` text questions on one page, plus `choices` choices on one more radiogroup question. */
function definition(questions: number, choices = 0) {
  const elements: object[] = textQuestions(questions);
  if (choices > 0) {
    elements.push({
      type: 'radiogroup',
      name: 'pick',
      choices: Array.from({ length: choices }, (_, index) => `c${index}`),
    });
  }
  return { pages: [{ name: 'page1', elements }] };
}

function nested(depth: number) {
  // Each panel adds two levels (the panel object and its elements array) to the page's four ($, pages, page, elements).
  let element: object = { type: 'text', name: 'deep' };
  let levels = 5;
  while (levels + 2 <= depth) {
    element = { type: 'panel', name: `panel${levels}`, elements: [element] };
    levels += 2;
  }
  return { definition: { pages: [{ name: 'page1', elements: [element] }] }, levels };
}

const messagesOf = (text: string) => {
  const check = checkDefinitionText(text);
  return check.ok ? [] : check.problems.map((problem) => problem.message);
};

describe('questionnaire size limits', () => {
  it('counts questions inside panels and dynamic-panel templates, but not the panels and pages', () => {
    const size = measureDefinition({
      pages: [
        {
          name: 'p',
          elements: [
            { type: 'panel', name: 'box', elements: textQuestions(2, 'a') },
            { type: 'paneldynamic', name: 'people', templateElements: textQuestions(3, 'b') },
            { type: 'matrix', name: 'grid', rows: ['r1', 'r2'], columns: [{ value: 1 }, { value: 2 }] },
          ],
        },
      ],
    });
    // page + panel + 2 + paneldynamic + 3 + matrix + 2 rows + 2 columns
    expect(size).toMatchObject({ questions: 7, elements: 13 });
  });

  it(`accepts ${definitionLimits.questions} questions and refuses one more, naming the limit`, () => {
    expect(checkDefinitionText(JSON.stringify(definition(definitionLimits.questions))).ok).toBe(true);
    expect(messagesOf(JSON.stringify(definition(definitionLimits.questions + 1)))).toEqual([
      'The questionnaire has 501 questions; at most 500 are allowed.',
    ]);
  });

  it(`accepts ${definitionLimits.elements} elements and refuses one more, naming the limit`, () => {
    // One page and one radiogroup question besides the choices.
    const choicesAtLimit = definitionLimits.elements - 2;
    expect(checkDefinitionText(JSON.stringify(definition(0, choicesAtLimit))).ok).toBe(true);
    expect(messagesOf(JSON.stringify(definition(0, choicesAtLimit + 1)))).toEqual([
      'The questionnaire has 4,001 elements (pages, panels, questions, choices, matrix rows and columns); at most 4,000 are allowed.',
    ]);
  });

  it(`accepts nesting ${definitionLimits.nestingDepth} levels deep and refuses deeper`, () => {
    const atLimit = nested(definitionLimits.nestingDepth);
    expect(measureDefinition(atLimit.definition).nestingDepth).toBe(atLimit.levels);
    expect(atLimit.levels).toBeGreaterThanOrEqual(definitionLimits.nestingDepth - 1);
    expect(checkDefinitionText(JSON.stringify(atLimit.definition)).ok).toBe(true);
    const deeper = {
      pages: [
        {
          name: 'page1',
          elements: [{ type: 'panel', name: 'outer', elements: [atLimit.definition.pages[0]?.elements[0]] }],
        },
      ],
    };
    expect(measureDefinition(deeper).nestingDepth).toBeGreaterThan(definitionLimits.nestingDepth);
    expect(messagesOf(JSON.stringify(deeper))).toEqual([
      'The questionnaire is nested more than 64 levels deep; at most 64 are allowed.',
    ]);
  });

  it(`accepts ${definitionLimits.characters.toLocaleString('en-GB')} characters and refuses one more, before parsing`, () => {
    const small = JSON.stringify(definition(1));
    const atLimit = small + ' '.repeat(definitionLimits.characters - small.length);
    expect(checkDefinitionText(atLimit).ok).toBe(true);
    // Not even valid JSON: the length alone is reported, so nothing was parsed.
    expect(messagesOf(`${atLimit} x`)).toEqual([
      'The questionnaire is 2,000,002 characters long; at most 2,000,000 are allowed.',
    ]);
  });

  it('refuses a spreadsheet with too many questions, at line 1, naming the limit', () => {
    const rows = [
      'type,name,label',
      ...Array.from({ length: 501 }, (_, index) => `text,q${index},Question ${index}`),
    ];
    const check = checkSpreadsheetText(rows.join('\n'));
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems).toEqual([
      { line: 1, message: 'The questionnaire has 501 questions; at most 500 are allowed.' },
    ]);
  });

  it('refuses to compile a stored definition above the limits, with the reason, and never builds it', async () => {
    const oversized = JSON.stringify(definition(1_000));
    const expected =
      'This version of the questionnaire cannot be used: The questionnaire has 1,000 questions; at most 500 are allowed. Upload a corrected version.';
    expect(() => compileDefinition(oversized)).toThrow(expected);
    // An app's compiled versions remember the refusal: a second request gets the same answer without reading the
    // text again.
    let reads = 0;
    const compiledVersions = createCompiledVersions(async () => {
      reads += 1;
      return oversized;
    });
    const version = { id: 7, contentHash: 'oversized' };
    await expect(compiledVersions.of(version)).rejects.toThrow(expected);
    await expect(compiledVersions.of(version)).rejects.toThrow(expected);
    expect(reads).toBe(1);
  });
});
