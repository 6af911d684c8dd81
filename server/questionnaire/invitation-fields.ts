/**
 * Answers that come from the invitation rather than the respondent: the questions a version marks with
 * `invitationField` get the invitation's country (as the question's own choice code), organisation, organisation
 * type and contact. The server applies them, never the browser's word for them: a fixed field holds the
 * invitation's value in every saved and submitted answer set, whatever was sent, so the questionnaire's country is
 * always the invitation's; an editable one is only a starting value the respondent may change.
 */
import { findMemberState } from '../reference/member-states.ts';
import type { OrganisationType } from '../reference/organisation-types.ts';
import type { LocalizedText, Variable } from './codebook.ts';
import { memberStateChoice } from './country-choices.ts';
import type { InvitationFieldName } from './survey-extensions.ts';

/** What an invitation knows about who answers (the invitations table's columns). */
export interface InvitationValues {
  countryCode: string;
  organisationName: string;
  organisationType: OrganisationType;
  contactName: string | null;
  contactEmail: string | null;
}

export interface PrefilledAnswer {
  /** Question name. */
  question: string;
  field: InvitationFieldName;
  value: string;
  /**
   * Shown read-only and enforced by the server. False for an editable field, and for a fixed organisation type the
   * invitation only knows as "other": the question's other text must come from the respondent.
   */
  fixed: boolean;
}

/** The invitation's values for the version's marked questions; a field the invitation lacks is left out. */
export function invitationPrefill(
  variables: readonly Variable[],
  invitation: InvitationValues,
): PrefilledAnswer[] {
  return variables.flatMap((variable): PrefilledAnswer[] => {
    const mark = variable.invitationField;
    if (!mark) return [];
    const value = valueFor(variable, mark.field, invitation);
    if (value === undefined) return [];
    const fixed = !mark.editable && !(mark.field === 'organisationType' && value === 'other');
    return [{ question: variable.name, field: mark.field, value, fixed }];
  });
}

function valueFor(
  variable: Variable,
  field: InvitationFieldName,
  invitation: InvitationValues,
): string | undefined {
  switch (field) {
    case 'country':
      return memberStateChoice(variable.choices, invitation.countryCode)?.code;
    case 'organisationType': {
      const type = invitation.organisationType;
      const offered =
        variable.choices.some((choice) => choice.code === type) || (type === 'other' && variable.hasOther);
      return offered ? type : undefined;
    }
    case 'organisation':
      return invitation.organisationName;
    case 'contactName':
      return invitation.contactName ?? undefined;
    case 'contactEmail':
      return invitation.contactEmail ?? undefined;
    default:
      return field satisfies never;
  }
}

/**
 * The answers with every fixed field set to the invitation's value, whatever they held (a missing, changed or
 * cleared value alike). A copy; the given answers are untouched, and returned as they are when nothing is fixed.
 */
export function withFixedAnswers<Answers extends Record<string, unknown>>(
  answers: Answers,
  prefill: readonly PrefilledAnswer[],
): Answers {
  const fixed = prefill.filter((entry) => entry.fixed);
  if (fixed.length === 0) return answers;
  return { ...answers, ...Object.fromEntries(fixed.map((entry) => [entry.question, entry.value])) };
}

/**
 * What the respondent starts from: the stored answers with fixed fields enforced, and, before anything is stored,
 * the editable fields' starting values too (once answers are stored, a cleared editable field stays cleared).
 */
export function openingAnswers(
  stored: Record<string, unknown> | undefined,
  prefill: readonly PrefilledAnswer[],
): Record<string, unknown> {
  if (stored) return withFixedAnswers(stored, prefill);
  return Object.fromEntries(prefill.map((entry) => [entry.question, entry.value]));
}

/**
 * The invitation's country named in every language the version's country question names it (`en` for SurveyJS's
 * `default`), else in English from the reference list.
 */
export function invitationCountryNames(variables: readonly Variable[], countryCode: string): LocalizedText {
  const question = variables.find((variable) => variable.invitationField?.field === 'country');
  const label = question ? memberStateChoice(question.choices, countryCode)?.label : undefined;
  const english = findMemberState(countryCode)?.name ?? countryCode;
  if (!label) return { en: english };
  const { default: sourceText, ...translations } = label;
  return { en: label.en ?? sourceText ?? english, ...translations };
}
