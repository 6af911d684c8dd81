/**
 * Fast server-side validation of submissions: the rules of a version compiled once from its survey-core Model,
 * then checked without the Model (well over 10× faster), with the same result as validateSubmission. Versions
 * using survey-core features not mirrored here have `unsupported` reasons and must be validated by survey-core.
 */
export { type CompileInput, compileFastValidator } from './compile.ts';
export type { FastValidator, QuestionRule } from './rules.ts';
export { type FastCheck, validateFast } from './validate.ts';

import type { FastValidator } from './rules.ts';

/** Whether validateFast can validate this version (otherwise use survey-core, i.e. validateSubmission). */
export function supportsFastValidation(validator: FastValidator): boolean {
  return validator.unsupported.length === 0;
}
