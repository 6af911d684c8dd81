/**
 * A questionnaire as one respondent needs it: every translatable text keeps only its source (`default`) and the
 * language being answered in. With eleven languages a definition is mostly translations nobody on that phone will
 * read; dropping them keeps the respondent's download near the size of a one-language questionnaire.
 */
import { isJsonRecord, type JsonRecord, type JsonValue, walkDefinition } from './definition-walker.ts';

/** SurveyJS's key for a text in the questionnaire's own language. */
const sourceKey = 'default';
/** The source language's code, kept when a text has no `default` (SurveyJS then reads the `en` key). */
const sourceLocale = 'en';

/**
 * A copy of the definition with every localized text record reduced to `default` plus `locale`; the definition
 * itself is left untouched (it is shared by every request for its version).
 */
export function definitionForLocale(definition: JsonRecord, locale: string): JsonRecord {
  const reduced = structuredClone(definition);
  walkDefinition(reduced, {
    property: (object, key, value, property) => {
      if (!property.isLocalizable || !isJsonRecord(value)) return;
      object.json[key] = textsForLocale(value, locale);
    },
  });
  return reduced;
}

function textsForLocale(texts: JsonRecord, locale: string): JsonRecord {
  const kept: JsonRecord = {};
  const keep = (key: string) => {
    const text: JsonValue | undefined = texts[key];
    if (text !== undefined) kept[key] = text;
  };
  keep(sourceKey);
  if (!(sourceKey in texts)) keep(sourceLocale);
  keep(locale);
  return kept;
}
