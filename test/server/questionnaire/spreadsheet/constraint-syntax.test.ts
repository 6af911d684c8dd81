import { describe, expect, it } from 'vitest';
import {
  constraintCodec,
  parseConstraint,
} from '../../../../server/questionnaire/spreadsheet/constraint-syntax.ts';

describe('the constraint column', () => {
  it.each([
    ['email', [{ type: 'email' }]],
    ['numeric:0..100', [{ type: 'numeric', minValue: 0, maxValue: 100 }]],
    ['numeric:-1.5..', [{ type: 'numeric', minValue: -1.5 }]],
    ['numeric', [{ type: 'numeric' }]],
    ['text:..200', [{ type: 'text', maxLength: 200 }]],
    ['answercount:1..3', [{ type: 'answercount', minCount: 1, maxCount: 3 }]],
    ['regex:^[0-9]{4};$', [{ type: 'regex', regex: '^[0-9]{4};$' }]],
    ['expression:{a} > {b}', [{ type: 'expression', expression: '{a} > {b}' }]],
    [
      'text:..20; email ;regex:@gov\\.',
      [{ type: 'text', maxLength: 20 }, { type: 'email' }, { type: 'regex', regex: '@gov\\.' }],
    ],
  ])('reads %s', (text, validators) => {
    expect(parseConstraint(text)).toEqual(validators);
  });

  it.each([
    ['between:1..2', /^Unknown constraint "between"/],
    ['numeric:5', /^Write numeric:<min>..<max>/],
    ['text:a..b', /"a" is not a number/],
    ['email:x', /"email" takes nothing after it/],
    ['regex:', /Write regex:<regex>/],
  ])('rejects %s', (text, message) => {
    expect(() => parseConstraint(text)).toThrow(message);
  });

  it('puts the message of a single validator in constraint_message', () => {
    const validators = [{ type: 'numeric', maxValue: 9, text: { default: 'Too big', th: 'มากเกินไป' } }];
    expect(constraintCodec.encode(validators)).toEqual({
      constraint: 'numeric:..9',
      constraint_message: 'Too big',
      'constraint_message::th': 'มากเกินไป',
    });
  });

  it('leaves validators without a compact form to the properties column', () => {
    expect(constraintCodec.encode([{ type: 'text', maxLength: 5, allowDigits: false }])).toBeUndefined();
    expect(constraintCodec.encode([{ type: 'numeric', minValue: '1' }])).toBeUndefined();
    expect(
      constraintCodec.encode([
        { type: 'email', text: 'Bad e-mail' },
        { type: 'text', maxLength: 5 },
      ]),
    ).toBeUndefined();
  });
});
