/**
 * Registers the SurveyJS UI dictionaries that survey-core does not ship for
 * the ASEAN languages Tinjau supports: Khmer (km), Lao (lo) and Tetum (tet).
 * All three are DRAFT translations (see the header of each file). Each is its
 * own chunk, loaded only when a page shows that language: a Khmer respondent
 * does not download Lao, Tetum and Burmese.
 *
 * It also registers `my` (Burmese, ISO 639-1) from survey-core's shipped
 * Burmese dictionary. survey-core registers Burmese under the non-standard
 * code `mm` (a country-code-like tag), but Tinjau uses ISO 639 codes
 * everywhere (survey JSON `locale`, page strings, Accept-Language), so a
 * survey with `locale: "my"` would otherwise silently fall back to English.
 * `mm` stays registered too, so existing JSON that uses `mm` keeps working.
 * survey-core's Burmese lacks 45 of its 122 strings; Tinjau's drafts of those
 * (burmese-completion.ts) are merged under it, so nothing falls back to English.
 *
 * Registering a locale more than once is harmless: `setupLocale` overwrites
 * the entry with the same strings.
 */
import { setupLocale, surveyLocalization } from 'survey-core';

/** Locale codes whose SurveyJS UI strings are (partly) Tinjau's own drafts. */
export const draftSurveyLocales = ['km', 'lo', 'tet', 'my'] as const;
export type DraftSurveyLocale = (typeof draftSurveyLocales)[number];

interface Dictionary {
  strings: Record<string, string>;
  nativeName: string;
  englishName: string;
}

const dictionaries: Record<DraftSurveyLocale, () => Promise<Dictionary>> = {
  km: async () => ({
    strings: (await import('./khmer.ts')).khmerSurveyStrings,
    nativeName: 'ខ្មែរ',
    englishName: 'Khmer',
  }),
  lo: async () => ({
    strings: (await import('./lao.ts')).laoSurveyStrings,
    nativeName: 'ລາວ',
    englishName: 'Lao',
  }),
  tet: async () => ({
    strings: (await import('./tetum.ts')).tetumSurveyStrings,
    nativeName: 'Tetun',
    englishName: 'Tetum',
  }),
  my: async () => {
    // survey-core's Burmese module calls setupLocale({ localeCode: "mm", ... }) on load; survey-core publishes no
    // type declarations for survey-core/i18n/*, so its strings are read back from surveyLocalization.locales.mm.
    const [{ burmeseCompletionStrings }] = await Promise.all([
      import('./burmese-completion.ts'),
      import('survey-core/i18n/burmese'),
    ]);
    const shipped: unknown = surveyLocalization.locales.mm;
    return {
      strings: { ...burmeseCompletionStrings, ...(isStrings(shipped) ? shipped : {}) },
      nativeName: 'မြန်မာ',
      englishName: 'Burmese',
    };
  },
};

function isStrings(value: unknown): value is Record<string, string> {
  return value !== null && typeof value === 'object';
}

export async function registerDraftSurveyLocale(locale: DraftSurveyLocale): Promise<void> {
  setupLocale({ localeCode: locale, ...(await dictionaries[locale]()) });
}
