/**
 * The respondent's copy of a version's definition, reduced to one language (definition-for-locale.ts), kept per app
 * and keyed by what it is made of: the version's content hash and the locale. Versions never change once
 * published, so an entry is never stale; the bound only keeps memory flat while many versions and languages are in
 * use.
 */

import { definitionForLocale } from '../questionnaire/definition-for-locale.ts';
import type { JsonRecord } from '../questionnaire/definition-walker.ts';

/** Eleven languages of a handful of live versions. */
const defaultMaxEntries = 64;

export function createRespondentDefinitions(maxEntries = defaultMaxEntries) {
  const reduced = new Map<string, JsonRecord>();
  return {
    forLocale(contentHash: string, definition: JsonRecord, locale: string): JsonRecord {
      const key = `${contentHash}\u0000${locale}`;
      const cached = reduced.get(key);
      if (cached) {
        // Most recently used last, so the oldest entry is the one that goes.
        reduced.delete(key);
        reduced.set(key, cached);
        return cached;
      }
      const made = definitionForLocale(definition, locale);
      reduced.set(key, made);
      if (reduced.size > maxEntries) reduced.delete(reduced.keys().next().value as string);
      return made;
    },
  };
}

export type RespondentDefinitions = ReturnType<typeof createRespondentDefinitions>;
