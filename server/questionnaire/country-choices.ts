/**
 * Which choice of a "country" question means a member state. Questionnaires written elsewhere use ISO codes
 * ("TH"), Tinjau's own use readable codes ("thailand", "lao_pdr"), so a choice matches by its ISO code, by its
 * English text being the member state's name, or by a code the name starts with ("brunei" for Brunei Darussalam).
 * Used to fill a question from an invitation's country, to check such a question covers every member state, and
 * by the synthetic answers.
 */
import { findMemberState } from '../reference/member-states.ts';
import type { Code } from './codebook.ts';

export type CountryChoice = Pick<Code, 'code' | 'label'>;

const asSlug = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, '_');

export function memberStateChoice<Choice extends CountryChoice>(
  choices: readonly Choice[],
  countryCode: string,
): Choice | undefined {
  const state = findMemberState(countryCode);
  if (!state) return undefined;
  const stateSlug = asSlug(state.name);
  return choices.find(
    (choice) =>
      choice.code.toUpperCase() === state.code ||
      asSlug(choice.label.en ?? choice.label.default ?? '') === stateSlug ||
      (choice.code.length >= 4 && stateSlug.startsWith(asSlug(choice.code))),
  );
}
