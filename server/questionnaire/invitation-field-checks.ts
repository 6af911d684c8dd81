/**
 * The checks on `invitationField` / `invitationFieldEditable` (survey-extensions.ts) that validate, uploads and
 * `cli validate` run: survey-core takes any text for them, but a question can only be filled from an invitation when
 * the value names something the invitation has and the question can hold it. Each problem names the JSON path.
 */
import { Serializer } from 'survey-core';
import { memberStates } from '../reference/member-states.ts';
import { organisationTypes } from '../reference/organisation-types.ts';
import { type CountryChoice, memberStateChoice } from './country-choices.ts';
import { isJsonRecord, type JsonRecord, type WalkedObject, walkDefinition } from './definition-walker.ts';
import { type InvitationFieldName, invitationFieldNames } from './survey-extensions.ts';
import type { DefinitionProblem } from './validate-definition.ts';

const singleChoiceTypes = new Set(['radiogroup', 'dropdown']);
const textInputTypes = new Set(['text', 'email']);

export function invitationFieldProblems(definition: JsonRecord): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const firstPathByField = new Map<InvitationFieldName, string>();
  walkDefinition(definition, {
    object: (object) => {
      if (!Serializer.isDescendantOf(object.className, 'question')) return;
      const { json, path } = object;
      if (json.invitationField === undefined) {
        if (json.invitationFieldEditable !== undefined) {
          problems.push({
            path: `${path}.invitationFieldEditable`,
            message: `"invitationFieldEditable" only has a meaning on a question with "invitationField" (${nameOf(object)} has none).`,
          });
        }
        return;
      }
      const field = json.invitationField;
      if (!isInvitationFieldName(field)) {
        problems.push({
          path: `${path}.invitationField`,
          message: `"invitationField" must be one of ${invitationFieldNames.join(', ')}, not ${JSON.stringify(field)}.`,
        });
        return;
      }
      const panel = object.ancestors.find((ancestor) => ancestor.className === 'paneldynamic');
      if (panel) {
        problems.push({
          path: `${path}.invitationField`,
          message: `${nameOf(object)} is inside the dynamic panel "${String(panel.json.name)}": an invitation has one ${field}, not one per entry, so it cannot fill a panel's field.`,
        });
        return;
      }
      const first = firstPathByField.get(field);
      if (first) {
        problems.push({
          path: `${path}.invitationField`,
          message: `Only one question can be filled from the invitation's ${field}, and the question at ${first} already is.`,
        });
        return;
      }
      firstPathByField.set(field, path);
      const problem = fitProblem(object, field);
      if (problem) problems.push({ path: `${path}.invitationField`, message: problem });
    },
  });
  return problems;
}

function isInvitationFieldName(value: unknown): value is InvitationFieldName {
  return typeof value === 'string' && (invitationFieldNames as readonly string[]).includes(value);
}

function nameOf(object: WalkedObject): string {
  return typeof object.json.name === 'string' ? `"${object.json.name}"` : 'this question';
}

/** Why the question cannot hold the invitation's value, or undefined when it can. */
function fitProblem(object: WalkedObject, field: InvitationFieldName): string | undefined {
  const { json, className } = object;
  const lead = `"invitationField": "${field}" on ${nameOf(object)}`;
  switch (field) {
    case 'country':
    case 'organisationType': {
      if (!singleChoiceTypes.has(className)) {
        return `${lead} needs a single-choice question (radiogroup or dropdown), not a ${className}.`;
      }
      if (json.choicesByUrl !== undefined || json.choicesFromQuestion !== undefined) {
        return `${lead} needs its choices listed in the questionnaire, not taken from ${json.choicesByUrl !== undefined ? 'choicesByUrl' : 'choicesFromQuestion'}, so that every value the invitation can hold is known to be among them.`;
      }
      const choices = literalChoices(json);
      return field === 'country' ? missingCountries(lead, choices) : missingTypes(lead, json, choices);
    }
    case 'organisation':
    case 'contactName':
    case 'contactEmail': {
      const inputType = typeof json.inputType === 'string' ? json.inputType : 'text';
      const holdsText = className === 'comment' || (className === 'text' && textInputTypes.has(inputType));
      return holdsText
        ? undefined
        : `${lead} needs a text question (text, with inputType text or email, or comment), not a ${className}${className === 'text' ? ` with inputType ${inputType}` : ''}.`;
    }
    default:
      return field satisfies never;
  }
}

function literalChoices(json: JsonRecord): CountryChoice[] {
  const list = Array.isArray(json.choices) ? json.choices : [];
  return list.flatMap((item): CountryChoice[] => {
    if (typeof item === 'string' || typeof item === 'number') {
      return [{ code: String(item), label: { default: String(item) } }];
    }
    if (!isJsonRecord(item) || item.value === undefined || item.value === null) return [];
    const text = item.text;
    const label =
      typeof text === 'string'
        ? { default: text }
        : isJsonRecord(text)
          ? Object.fromEntries(
              Object.entries(text).flatMap(([locale, value]) =>
                typeof value === 'string' ? [[locale, value]] : [],
              ),
            )
          : { default: String(item.value) };
    return [{ code: String(item.value), label }];
  });
}

function missingCountries(lead: string, choices: CountryChoice[]): string | undefined {
  const missing = memberStates.filter((state) => !memberStateChoice(choices, state.code));
  if (missing.length === 0) return undefined;
  const named = missing.map((state) => `${state.name} (${state.code})`).join(', ');
  return `${lead} needs a choice for every member state, and it has none for ${named}: give each the ISO code as its value (e.g. "TH") or the member state's English name as its text.`;
}

function missingTypes(lead: string, json: JsonRecord, choices: CountryChoice[]): string | undefined {
  const codes = new Set(choices.map((choice) => choice.code));
  if (json.showOtherItem === true) codes.add('other');
  const missing = organisationTypes.filter((type) => !codes.has(type));
  if (missing.length === 0) return undefined;
  return `${lead} needs a choice for every organisation type an invitation can have (${organisationTypes.join(', ')}); it lacks ${missing.map((type) => `"${type}"`).join(', ')} ("other" may be the question's showOtherItem).`;
}
