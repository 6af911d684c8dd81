import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.ts';
import { definitionForLocale } from '../../../server/questionnaire/definition-for-locale.ts';
import {
  isJsonRecord,
  type JsonRecord,
  walkDefinition,
} from '../../../server/questionnaire/definition-walker.ts';
import { createSurveyModel } from '../../../server/questionnaire/survey-model.ts';
import { translationCoverage } from '../../../server/questionnaire/translation-coverage.ts';

const load = (...parts: string[]) =>
  JSON.parse(readFileSync(path.join(projectRoot, ...parts), 'utf8')) as JsonRecord;
const scripts = load('test', 'fixtures', 'script-surveys', 'scripts.json');
const shipped = ['national-policy', 'agency-practice'].map((slug) => load('surveys', `${slug}.json`));

/** The keys of every localized text record in a definition. */
function localizedKeys(definition: JsonRecord): Set<string> {
  const keys = new Set<string>();
  walkDefinition(definition, {
    property: (_object, _key, value, property) => {
      if (property.isLocalizable && isJsonRecord(value)) for (const key of Object.keys(value)) keys.add(key);
    },
  });
  return keys;
}

/** Every text survey-core shows in a locale: titles, descriptions and choice texts of the survey, pages, questions. */
function shownTexts(definition: JsonRecord, locale: string): string[] {
  const model = createSurveyModel(definition);
  model.locale = locale;
  return [
    model.title,
    model.description,
    ...model.pages.flatMap((page) => [page.title, page.description]),
    ...model
      .getAllQuestions()
      .flatMap((question) => [
        question.title,
        question.description,
        ...((question as unknown as { choices?: Array<{ text: string }> }).choices ?? []).map(
          (choice) => choice.text,
        ),
      ]),
  ];
}

describe('definitionForLocale', () => {
  it('keeps only the source text and the chosen language in every text', () => {
    for (const locale of ['km', 'lo', 'my']) {
      expect([...localizedKeys(definitionForLocale(scripts, locale))].sort()).toEqual(
        ['default', locale].sort(),
      );
    }
  });

  it('keeps only the source text for English', () => {
    expect([...localizedKeys(definitionForLocale(scripts, 'en'))]).toEqual(['default']);
  });

  it('shows a respondent exactly the texts the full definition shows in that language', () => {
    for (const definition of [scripts, ...shipped]) {
      for (const { locale } of translationCoverage(definition)) {
        expect(shownTexts(definitionForLocale(definition, locale), locale)).toEqual(
          shownTexts(definition, locale),
        );
      }
    }
  });

  it('keeps the English text of a record written with `en` instead of `default`', () => {
    const definition: JsonRecord = {
      pages: [
        {
          name: 'p1',
          elements: [{ type: 'text', name: 'q1', title: { en: 'Agency', km: 'ស្ថាប័ន', th: 'หน่วยงาน' } }],
        },
      ],
    };
    expect(definitionForLocale(definition, 'km')).toMatchObject({
      pages: [{ elements: [{ title: { en: 'Agency', km: 'ស្ថាប័ន' } }] }],
    });
    expect(JSON.stringify(definitionForLocale(definition, 'km'))).not.toContain('หน่วยงาน');
  });

  it('leaves the shared definition as it was', () => {
    const before = JSON.stringify(scripts);
    definitionForLocale(scripts, 'km');
    expect(JSON.stringify(scripts)).toBe(before);
  });
});
