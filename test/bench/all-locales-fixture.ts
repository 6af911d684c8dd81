/**
 * The national questionnaire carrying every member state's language, for the page-weight benchmark, whether or not
 * the real translations have landed: each text keeps the translations it has, and a locale it lacks gets a stand-in
 * of the Thai text (or the English) behind a `[locale]` mark, so the definition weighs about what eleven real
 * scripts would. Written as `<dir>/national-policy-all-locales.json` for the survey loader.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/config.ts';
import {
  isJsonRecord,
  type JsonRecord,
  walkDefinition,
} from '../../server/questionnaire/definition-walker.ts';

export const allLocalesSlug = 'national-policy-all-locales';
export const memberStateLocales = ['en', 'id', 'th', 'vi', 'ms', 'fil', 'km', 'lo', 'my', 'tet', 'pt'];

export function allLocalesDefinition(): JsonRecord {
  const definition = JSON.parse(
    readFileSync(path.join(projectRoot, 'surveys', 'national-policy.json'), 'utf8'),
  ) as JsonRecord;
  walkDefinition(definition, {
    property: (object, key, value, property) => {
      if (!property.isLocalizable) return;
      const texts: JsonRecord = isJsonRecord(value)
        ? value
        : typeof value === 'string'
          ? { default: value }
          : {};
      const source = texts.default;
      if (typeof source !== 'string' || source === '') return;
      const standIn = typeof texts.th === 'string' ? texts.th : source;
      for (const locale of memberStateLocales.filter((each) => each !== 'en'))
        if (typeof texts[locale] !== 'string') texts[locale] = `[${locale}] ${standIn}`;
      object.json[key] = texts;
    },
  });
  const statuses = isJsonRecord(definition.translationStatus) ? definition.translationStatus : {};
  definition.translationStatus = Object.fromEntries(
    memberStateLocales.map((locale) => [locale, statuses[locale] ?? 'draft']),
  );
  return definition;
}

export function writeAllLocalesSurvey(dir: string): string {
  const file = path.join(dir, `${allLocalesSlug}.json`);
  writeFileSync(file, JSON.stringify(allLocalesDefinition()));
  return file;
}
