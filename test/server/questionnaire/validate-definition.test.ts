import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDefinitionText } from '../../../server/questionnaire/index.ts';
import { fixturesDir, shippedSurveysDir } from '../../helpers/build-test-app.ts';

function check(fixture: string) {
  return checkDefinitionText(readFileSync(path.join(fixturesDir, 'definitions', fixture), 'utf8'));
}

function problemsOf(fixture: string) {
  const result = check(fixture);
  if (result.ok) throw new Error(`${fixture} was expected to fail`);
  return result.problems;
}

describe('validating a questionnaire definition', () => {
  it('accepts a small valid questionnaire', () => {
    expect(check('minimal-valid.json').ok).toBe(true);
  });

  it('rejects text that is not JSON, with the line and column', () => {
    const [problem] = problemsOf('bad-json.json');
    expect(problem?.path).toBe('$');
    expect(problem?.message).toMatch(/Not valid JSON: .* at line \d+, column \d+/);
  });

  it('rejects duplicate question names and names the second occurrence', () => {
    expect(problemsOf('duplicate-names.json')).toEqual([
      {
        path: '$.pages[0].elements[2].name',
        message: 'Duplicate question name "agency_name" (first used at $.pages[0].elements[0]).',
      },
    ]);
  });

  it('rejects an expression naming a question that does not exist', () => {
    expect(problemsOf('missing-expression-reference.json')).toEqual([
      {
        path: '$.pages[0].elements[2].visibleIf',
        message: '"{uses_twitter}" refers to "uses_twitter", which is not a question in this questionnaire.',
      },
    ]);
  });

  it('rejects an unknown question type without a cascade of follow-on errors', () => {
    expect(problemsOf('unknown-question-type.json')).toEqual([
      {
        path: '$.pages[0].elements[1].type',
        message: 'Unknown type "starrating": survey-core has no such element or item.',
      },
    ]);
  });

  it('rejects an unknown property', () => {
    expect(problemsOf('unknown-property.json')).toEqual([
      { path: '$.pages[0].elements[0].colour', message: 'Unknown property "colour" for "text".' },
    ]);
  });

  it('rejects duplicate choice codes within a question', () => {
    expect(problemsOf('duplicate-choice-codes.json')).toEqual([
      {
        path: '$.pages[0].elements[1].choices[1]',
        message: 'Duplicate code "yes" in choices of "uses_social_media".',
      },
    ]);
  });

  it('rejects an expression that does not parse', () => {
    const result = checkDefinitionText(
      JSON.stringify({
        pages: [{ name: 'p', elements: [{ type: 'text', name: 'a', visibleIf: '{a} = = 1' }] }],
      }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(/cannot be parsed/);
  });

  it('checks {panel.field} references against the dynamic panel template', () => {
    const definition = (field: string) =>
      JSON.stringify({
        pages: [
          {
            name: 'p',
            elements: [
              {
                type: 'paneldynamic',
                name: 'accounts',
                templateElements: [
                  { type: 'text', name: 'account_name' },
                  { type: 'text', name: 'account_url', visibleIf: `{panel.${field}} notempty` },
                ],
              },
            ],
          },
        ],
      });
    expect(checkDefinitionText(definition('account_name')).ok).toBe(true);
    const broken = checkDefinitionText(definition('account_nme'));
    expect(!broken.ok && broken.problems[0]?.path).toBe(
      '$.pages[0].elements[0].templateElements[1].visibleIf',
    );
  });

  it('rejects a definition with no pages', () => {
    const result = checkDefinitionText('{"title": "Empty"}');
    expect(!result.ok && result.problems[0]).toEqual({
      path: '$.pages',
      message: 'A questionnaire needs at least one page.',
    });
  });
});

describe('the shipped questionnaires', () => {
  const files = readdirSync(shippedSurveysDir).filter((file) => file.endsWith('.json'));

  it('include the national and the agency questionnaire', () => {
    expect(files.sort()).toEqual(['agency-practice.json', 'national-policy.json']);
  });

  it.each(files)('%s passes validation', (file) => {
    const result = checkDefinitionText(readFileSync(path.join(shippedSurveysDir, file), 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('validating hostile definitions', () => {
  it('rejects a localizable text that is not text, naming its path', () => {
    const result = checkDefinitionText(
      JSON.stringify({ pages: [{ name: 'p', elements: [{ type: 'text', name: 'q', title: [1, 2] }] }] }),
    );
    expect(!result.ok && result.problems[0]?.path).toBe('$.pages[0].elements[0].title');
  });

  it('rejects nesting far deeper than a questionnaire needs, without overflowing the stack', () => {
    const deep = `${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`;
    const result = checkDefinitionText(
      `{"pages":[{"name":"p","elements":[{"type":"text","name":"q","title":${deep}}]}]}`,
    );
    expect(!result.ok && result.problems[0]?.message).toMatch(/nested more than 64 levels/);
  });
});

describe('the personalData property', () => {
  const withMark = (personalData: unknown, type = 'text') =>
    checkDefinitionText(
      JSON.stringify({
        pages: [
          {
            name: 'p',
            elements: [
              { type, name: 'resp_name', personalData },
              {
                type: 'paneldynamic',
                name: 'helpers',
                templateElements: [{ type: 'text', name: 'helper_phone', inputType: 'tel', personalData }],
              },
            ],
          },
        ],
      }),
    );

  it('is accepted as true or false on any question, dynamic panel fields included', () => {
    for (const value of [true, false]) {
      for (const type of ['text', 'comment', 'dropdown', 'boolean', 'paneldynamic']) {
        const result = withMark(value, type);
        expect(result.ok ? [] : result.problems).toEqual([]);
      }
    }
  });

  it('is refused with any other type, naming its path', () => {
    for (const value of ['yes', 'true', 1, null, {}]) {
      const result = withMark(value);
      expect(result.ok ? [] : result.problems).toEqual([
        {
          path: '$.pages[0].elements[0].personalData',
          message: `"personalData" must be true or false, not ${JSON.stringify(value)}.`,
        },
        {
          path: '$.pages[0].elements[1].templateElements[0].personalData',
          message: `"personalData" must be true or false, not ${JSON.stringify(value)}.`,
        },
      ]);
    }
  });
});
