import { describe, expect, it } from 'vitest';
import {
  checkSpreadsheetText,
  csvToDefinition,
  type SpreadsheetProblem,
} from '../../../../server/questionnaire/spreadsheet/index.ts';

const header = 'type,name,label,required,relevant,constraint,properties';

/** A sheet from its rows after the header, so row i of the array is line i + 2. */
function sheet(...rows: string[]): string {
  return [header, ...rows].join('\n');
}

function problemsReading(text: string): SpreadsheetProblem[] {
  const result = csvToDefinition(text);
  if (result.ok) throw new Error('The spreadsheet was expected to be rejected.');
  return result.problems;
}

function problemsChecking(text: string): SpreadsheetProblem[] {
  const result = checkSpreadsheetText(text);
  if (result.ok) throw new Error('The spreadsheet was expected to be rejected.');
  return result.problems;
}

describe('reading a spreadsheet with mistakes', () => {
  it('names the line and column of an unknown type', () => {
    expect(problemsReading(sheet('begin page,p1', 'text,q1,Name', 'texbox,q2,Other', 'end page'))).toEqual([
      { line: 4, column: 'type', message: 'Unknown type "texbox": survey-core has no such question type.' },
    ]);
  });

  it('names the line of a question without a name', () => {
    expect(problemsReading(sheet('begin page,p1', 'text,,No name here', 'end page'))).toEqual([
      { line: 3, column: 'name', message: 'Every question needs a name (its variable code).' },
    ]);
  });

  it('names the line of a duplicate question name and the line of its first use', () => {
    expect(
      problemsChecking(
        sheet('begin page,p1', 'text,agency,A', 'comment,notes,B', 'text,agency,C', 'end page'),
      ),
    ).toEqual([
      { line: 5, column: 'name', message: 'Duplicate question name "agency" (first used at line 3).' },
    ]);
  });

  it('names the relevant cell that refers to a question that does not exist', () => {
    expect(
      problemsChecking(sheet('begin page,p1', 'text,q1,A', "text,q2,B,,{q9} = 'yes'", 'end page')),
    ).toEqual([
      {
        line: 4,
        column: 'relevant',
        message: '"{q9}" refers to "q9", which is not a question in this questionnaire.',
      },
    ]);
  });

  it('names the line of an "end page" without "begin page"', () => {
    expect(problemsReading(sheet('text,q1,A', 'end page'))).toEqual([
      { line: 3, column: 'type', message: '"end page" without "begin page".' },
    ]);
  });

  it('names the line of an "end page" that closes an open panel', () => {
    expect(
      problemsReading(sheet('begin page,p1', 'begin panel,group', 'text,q1,A', 'end page', 'end panel')),
    ).toContainEqual({
      line: 5,
      column: 'type',
      message: '"end page" while "begin panel" on line 3 is still open.',
    });
  });

  it('names the line of a page that is never closed', () => {
    expect(problemsReading(sheet('begin page,p1', 'text,q1,A'))).toEqual([
      { line: 2, column: 'type', message: '"begin page" has no matching "end page".' },
    ]);
  });

  it('names the line of a choice row that follows no question with choices', () => {
    const message =
      'A choice row must follow a question with choices (radiogroup, checkbox, dropdown, rating, a matrix dropdown or its column…).';
    expect(
      problemsReading(sheet('choice,yes,Yes', 'begin page,p1', 'text,q1,A', 'choice,no,No', 'end page')),
    ).toEqual([
      { line: 2, column: 'type', message },
      { line: 5, column: 'type', message },
    ]);
  });

  it('names the line of a choice without a code', () => {
    expect(problemsReading(sheet('begin page,p1', 'radiogroup,q1,A', 'choice,,Yes', 'end page'))).toEqual([
      { line: 4, column: 'name', message: "Give the choice's code in the name column." },
    ]);
  });

  it('counts blank rows, so line numbers match what the spreadsheet shows', () => {
    expect(problemsReading(sheet('begin page,p1', '', ',,,,,,', 'text,q1,A', 'oops,q2', 'end page'))).toEqual(
      [{ line: 6, column: 'type', message: 'Unknown type "oops": survey-core has no such question type.' }],
    );
  });

  it('names the line of a row without a type', () => {
    expect(problemsReading(sheet('begin page,p1', ',q1,A', 'end page'))).toEqual([
      { line: 3, column: 'type', message: 'Every row needs a type.' },
    ]);
  });

  it('names the line of a question outside any page when the sheet has pages', () => {
    expect(problemsReading(sheet('begin page,p1', 'text,q1,A', 'end page', 'text,q2,B'))).toEqual([
      {
        line: 5,
        column: 'type',
        message: 'This element is outside any page: put it between "begin page" and "end page".',
      },
    ]);
  });

  it('names a constraint it cannot read', () => {
    expect(problemsReading(sheet('begin page,p1', 'text,q1,A,,,numeric:ten..20', 'end page'))).toEqual([
      { line: 3, column: 'constraint', message: '"ten" is not a number.' },
    ]);
  });

  it('names a required cell that is not yes or no', () => {
    expect(problemsReading(sheet('begin page,p1', 'text,q1,A,maybe', 'end page'))).toEqual([
      { line: 3, column: 'required', message: 'Write "yes" or "no" (or leave it blank), not "maybe".' },
    ]);
  });

  it('names properties that are not a JSON object', () => {
    const [problem] = problemsReading(sheet('begin page,p1', 'text,q1,A,,,,{inputType: number}', 'end page'));
    expect(problem).toMatchObject({ line: 3, column: 'properties' });
    expect(problem?.message).toMatch(/^Not valid JSON: /);
  });

  it('names a key given both in a column and in properties', () => {
    expect(
      problemsReading(sheet('begin page,p1', 'text,q1,A,yes,,,"{""isRequired"": false}"', 'end page')),
    ).toEqual([
      { line: 3, column: 'properties', message: '"isRequired" is already given in column required.' },
    ]);
  });

  it('points a property survey-core does not know at the properties cell of its row', () => {
    expect(
      problemsChecking(sheet('begin page,p1', 'text,q1,A,,,,"{""colour"": ""red""}"', 'end page')),
    ).toEqual([{ line: 3, column: 'properties', message: 'Unknown property "colour" for "text".' }]);
  });

  it('points a duplicate choice code at the choice row', () => {
    expect(
      problemsChecking(
        sheet('begin page,p1', 'radiogroup,q1,A', 'choice,yes,Yes', 'choice,yes,Also yes', 'end page'),
      ),
    ).toEqual([{ line: 5, message: 'Duplicate code "yes" in choices of "q1".' }]);
  });

  it('rejects an unknown column in the header, on line 1', () => {
    expect(problemsReading('type,name,label,relevent\nbegin page,p1,,\nend page,,,')).toEqual([
      { line: 1, column: 'relevent', message: 'Unknown column "relevent".' },
    ]);
  });

  it('rejects a cell in a column a row does not use', () => {
    expect(problemsReading(sheet('begin page,p1', 'end page,,,,{x} = 1'))).toEqual([
      { line: 3, column: 'relevant', message: 'Column relevant is not used on "end page" rows.' },
    ]);
  });

  it('reports broken CSV quoting with its line', () => {
    const [problem] = problemsReading(sheet('begin page,p1', 'text,q1,"unclosed', 'end page'));
    expect(problem?.line).toBe(3);
    expect(problem?.message).toMatch(/^Not valid CSV: /);
  });
});
