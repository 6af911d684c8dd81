/**
 * Which passwords staff may choose: at least 12 characters, and not guessable — not a common or breached
 * password, a repetition, a keyboard walk, a sequence or the user's own e-mail — as estimated by zxcvbn-ts with its
 * common-password and English dictionaries. A length rule alone lets "aaaaaaaaaaaa" and "123456789012" through.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as commonPackage from '@zxcvbn-ts/language-common';
import * as englishPackage from '@zxcvbn-ts/language-en';

export const minimumPasswordLength = 12;

/** zxcvbn's 0–4 scale: 3 means about 10^8 guesses or more ("safely unguessable"). */
const minimumScore = 3;
/** The estimate's cost grows steeply with length; a password's first 100 characters decide. */
const estimatedPrefixLength = 100;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use (~170 ms, the dictionaries), not at start-up: only adding a user needs it. */
function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonPackage.dictionary, ...englishPackage.dictionary },
    graphs: commonPackage.adjacencyGraphs,
    translations: englishPackage.translations,
  });
  return estimator;
}

/** Why the password may not be used, in plain words, or undefined when it may. */
export function passwordProblem(password: string, context: { email: string }): string | undefined {
  if (password.length < minimumPasswordLength) {
    return `The password must be at least ${minimumPasswordLength} characters long.`;
  }
  const estimate = passwordEstimator().check(password.slice(0, estimatedPrefixLength), [
    context.email,
    ...context.email.split(/[@.]/),
    'tinjau',
  ]);
  if (estimate.score >= minimumScore) return undefined;
  const reason = estimate.feedback.warning ?? 'It would be easy to guess.';
  return `The password is too easy to guess. ${reason} Use a longer phrase of unrelated words, or a password manager.`;
}
