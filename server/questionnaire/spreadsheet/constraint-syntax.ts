/**
 * The `constraint` column: a compact, readable form of the SurveyJS validators a researcher uses most, with the
 * error message in `constraint_message` (+ `constraint_message::<locale>`).
 *
 *   email                      → { type: 'email' }
 *   regex:<pattern>            → { type: 'regex', regex: <pattern> }
 *   expression:<expression>    → { type: 'expression', expression: <expression> }
 *   numeric:<min>..<max>       → { type: 'numeric', minValue, maxValue }      either bound may be left out
 *   text:<min>..<max>          → { type: 'text', minLength, maxLength }       e.g. text:..200
 *   answercount:<min>..<max>   → { type: 'answercount', minCount, maxCount }
 *
 * Several validators are separated by `;`. `regex:` and `expression:` take the rest of the cell, so they come
 * last. Validators that do not fit (other types, other options, messages on more than one validator) are kept
 * as JSON under "validators" in the `properties` column instead.
 */
import { isJsonRecord, type JsonRecord, type JsonValue } from '../definition-walker.ts';
import { type CellCodec, localizedCodec } from './cell-codecs.ts';
import { CellError, cell } from './columns.ts';

const rangeForms: Record<string, readonly [string, string]> = {
  numeric: ['minValue', 'maxValue'],
  text: ['minLength', 'maxLength'],
  answercount: ['minCount', 'maxCount'],
};
/** Forms whose argument is free text running to the end of the cell. */
const tailForms: Record<string, string> = { regex: 'regex', expression: 'expression' };

export const constraintSyntaxSummary =
  'email, regex:<pattern>, expression:<expression>, numeric:<min>..<max>, text:<min>..<max> or answercount:<min>..<max>';

const messageCodec = localizedCodec('constraint_message');

export const constraintCodec: CellCodec = {
  column: 'constraint',
  encode: (value) => {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    const withMessage = value.filter((validator) => isJsonRecord(validator) && 'text' in validator);
    // One message column can only belong to one validator.
    if (withMessage.length > 0 && value.length > 1) return undefined;
    const forms = value.map((validator) => (isJsonRecord(validator) ? compactForm(validator) : undefined));
    if (forms.some((form) => form === undefined)) return undefined;
    const message = withMessage[0];
    const messageCells =
      isJsonRecord(message) && message.text !== undefined ? messageCodec.encode(message.text) : {};
    if (!messageCells) return undefined;
    return { constraint: forms.join('; '), ...messageCells };
  },
  decode: (cells) => {
    const text = cell(cells, 'constraint');
    const message = messageCodec.decode(cells);
    if (text.trim() === '') {
      if (message !== undefined) throw new CellError('constraint_message', 'A message needs a constraint.');
      return undefined;
    }
    const validators = parseConstraint(text);
    const [first] = validators;
    if (message !== undefined && first) {
      if (validators.length > 1) {
        throw new CellError('constraint_message', 'A message can only be given for a single constraint.');
      }
      first.text = message;
    }
    return validators;
  },
};

function compactForm(validator: JsonRecord): string | undefined {
  const { type, text: _message, ...options } = validator;
  if (typeof type !== 'string') return undefined;
  const keys = Object.keys(options);
  if (type === 'email') return keys.length === 0 ? 'email' : undefined;
  const tailKey = tailForms[type];
  if (tailKey) {
    const argument = options[tailKey];
    return keys.length === 1 && typeof argument === 'string' ? `${type}:${argument}` : undefined;
  }
  const range = rangeForms[type];
  if (!range) return undefined;
  const [minKey, maxKey] = range;
  if (keys.some((key) => key !== minKey && key !== maxKey)) return undefined;
  const [min, max] = [options[minKey], options[maxKey]];
  if (!isBound(min) || !isBound(max)) return undefined;
  return min === undefined && max === undefined ? type : `${type}:${min ?? ''}..${max ?? ''}`;
}

function isBound(value: JsonValue | undefined): value is number | undefined {
  return value === undefined || (typeof value === 'number' && Number.isFinite(value));
}

/** Reads a constraint cell; throws CellError naming what is wrong. */
export function parseConstraint(text: string): JsonRecord[] {
  const validators: JsonRecord[] = [];
  let rest = text.trimStart();
  while (rest !== '') {
    const keywordEnd = rest.search(/[:;]|$/);
    const keyword = rest.slice(0, keywordEnd).trim().toLowerCase();
    const hasArgument = rest[keywordEnd] === ':';
    let argument: string | undefined;
    if (hasArgument && tailForms[keyword]) {
      argument = rest.slice(keywordEnd + 1);
      rest = '';
    } else {
      const end = rest.indexOf(';', keywordEnd);
      argument = hasArgument ? rest.slice(keywordEnd + 1, end === -1 ? undefined : end).trim() : undefined;
      rest = end === -1 ? '' : rest.slice(end + 1).trimStart();
    }
    validators.push(validatorFor(keyword, argument));
  }
  return validators;
}

function validatorFor(keyword: string, argument: string | undefined): JsonRecord {
  if (keyword === 'email') {
    if (argument !== undefined) throw new CellError('constraint', '"email" takes nothing after it.');
    return { type: 'email' };
  }
  const tailKey = tailForms[keyword];
  if (tailKey) {
    if (!argument) throw new CellError('constraint', `Write ${keyword}:<${tailKey}>.`);
    return { type: keyword, [tailKey]: argument };
  }
  const range = rangeForms[keyword];
  if (!range) {
    throw new CellError(
      'constraint',
      `Unknown constraint "${keyword}". Use ${constraintSyntaxSummary}; other validators go in properties as "validators".`,
    );
  }
  const validator: JsonRecord = { type: keyword };
  if (argument === undefined) return validator;
  const bounds = argument.split('..');
  if (bounds.length !== 2) {
    throw new CellError(
      'constraint',
      `Write ${keyword}:<min>..<max> (either may be left out), not "${argument}".`,
    );
  }
  bounds.forEach((bound, index) => {
    const trimmed = bound.trim();
    if (trimmed === '') return;
    const number = Number(trimmed);
    if (!Number.isFinite(number)) throw new CellError('constraint', `"${trimmed}" is not a number.`);
    validator[range[index] ?? ''] = number;
  });
  return validator;
}
