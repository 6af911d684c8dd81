/**
 * Every word the respondent page shows exists in each of the eleven languages: the page's own words, SurveyJS's
 * words (buttons, messages) and the language's name in the language menu, for every locale a shipped or fixture
 * questionnaire carries too, so that translations merged later are covered without changing this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { surveyLocalization } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../client/shared/i18n/choose-locale.ts';
import { nativeLanguageName } from '../../client/shared/i18n/language-names.ts';
import { pageLocales, pageStrings, pageStringsFor } from '../../client/shared/i18n/page-strings.ts';
import {
  ensureSurveyLocale,
  surveyUiLocaleLoaders,
} from '../../client/shared/i18n/surveyjs/ui-locale-loaders.ts';
import { projectRoot } from '../../server/config.ts';
import type { JsonRecord } from '../../server/questionnaire/definition-walker.ts';
import { translationCoverage } from '../../server/questionnaire/translation-coverage.ts';

const memberStateLocales = ['en', 'id', 'th', 'vi', 'ms', 'fil', 'km', 'lo', 'my', 'tet', 'pt'];

function questionnaireLocales(directory: string): string[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) =>
      translationCoverage(JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as JsonRecord).map(
        (entry) => entry.locale,
      ),
    );
}
const locales = [
  ...new Set([
    ...memberStateLocales,
    ...questionnaireLocales(path.join(projectRoot, 'surveys')),
    ...questionnaireLocales(path.join(projectRoot, 'test', 'fixtures', 'script-surveys')),
  ]),
].sort();

/** Page words that are the same in English by custom (loan words), not left untranslated. */
const sameAsEnglish: Record<string, string[]> = { fil: ['receiptReference'] };

describe('the respondent page in every language', () => {
  it.each(locales)("has the page's own words in %s", (locale) => {
    expect(pageLocales).toContain(locale);
    const strings = pageStringsFor(locale);
    for (const [key, english] of Object.entries(pageStrings.en)) {
      const text = strings[key as keyof typeof strings];
      expect(text, `${locale}.${key}`).toMatch(/\S/);
      if (locale !== 'en' && !sameAsEnglish[locale]?.includes(key))
        expect(text, `${locale}.${key} is still English`).not.toBe(english);
      for (const placeholder of english.match(/\{\w+\}/g) ?? []) expect(text).toContain(placeholder);
    }
  });

  it.each(locales.filter((locale) => locale !== 'en'))(
    "has every one of SurveyJS's words in %s",
    async (locale) => {
      expect(Object.keys(surveyUiLocaleLoaders)).toContain(locale);
      await ensureSurveyLocale(locale);
      const english = surveyLocalization.locales.en as Record<string, string>;
      const strings = surveyLocalization.locales[locale] as Record<string, string> | undefined;
      expect(strings, `no SurveyJS dictionary registered as ${locale}`).toBeDefined();
      const missing = Object.keys(english).filter((key) => !(typeof strings?.[key] === 'string'));
      expect(missing, `SurveyJS strings missing in ${locale}`).toEqual([]);
    },
  );

  it.each(locales)('names %s in itself in the language menu', (locale) => {
    expect(nativeLanguageName(locale)).not.toBe(locale);
  });

  it('names the new languages as their speakers do', () => {
    expect(['ms', 'fil', 'pt', 'tet', 'km', 'lo', 'my'].map(nativeLanguageName)).toEqual([
      'Bahasa Melayu',
      'Filipino',
      'Português',
      'Tetun',
      'ខ្មែរ',
      'ລາວ',
      'မြန်မာ',
    ]);
  });

  it("chooses the questionnaire's language from a browser's tags", () => {
    expect(chooseLocale(memberStateLocales, ['km-KH', 'en'])).toBe('km');
    expect(chooseLocale(memberStateLocales, ['tl-PH'])).toBe('fil');
    expect(chooseLocale(memberStateLocales, ['pt-TL'])).toBe('pt');
    expect(chooseLocale(memberStateLocales, ['my-MM'])).toBe('my');
    expect(chooseLocale(memberStateLocales, ['de-DE'])).toBe('en');
  });
});
