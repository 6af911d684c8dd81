/**
 * Registers the SurveyJS UI dictionaries that survey-core does not ship for
 * the ASEAN languages Tinjau supports: Khmer (km), Lao (lo) and Tetum (tet).
 * All three are DRAFT translations (see the header of each file).
 *
 * It also registers `my` (Burmese, ISO 639-1) as an alias of survey-core's
 * shipped Burmese dictionary. survey-core registers Burmese under the
 * non-standard code `mm` (a country-code-like tag), but Tinjau uses ISO 639
 * codes everywhere (survey JSON `locale`, page strings, Accept-Language), so a
 * survey with `locale: "my"` would otherwise silently fall back to English.
 * `mm` stays registered too, so existing JSON that uses `mm` keeps working.
 * survey-core's Burmese lacks 45 of its 122 strings; Tinjau's drafts of those
 * (burmese-completion.ts) are merged over it, so nothing falls back to English.
 *
 * Calling `registerDraftSurveyLocales()` more than once is harmless:
 * `setupLocale` simply overwrites the same entries with the same objects.
 */
import { setupLocale, surveyLocalization } from 'survey-core';
// Side-effect import: survey-core's Burmese module calls
// `setupLocale({ localeCode: "mm", ... })` on load. survey-core publishes no
// type declarations for `survey-core/i18n/*`, so we import it only for its side
// effect and read the strings back from `surveyLocalization.locales.mm`.
// (package.json `exports` maps it to `fesm/i18n/burmese.mjs` for ESM.)
import 'survey-core/i18n/burmese';
import { burmeseCompletionStrings } from './burmese-completion';
import { khmerSurveyStrings } from './khmer';
import { laoSurveyStrings } from './lao';
import { tetumSurveyStrings } from './tetum';

/** Locale codes whose SurveyJS UI strings are Tinjau's own drafts. */
export const draftSurveyLocales = ['km', 'lo', 'tet'] as const;
export type DraftSurveyLocale = (typeof draftSurveyLocales)[number];

export function registerDraftSurveyLocales(): void {
  setupLocale({
    localeCode: 'km',
    strings: khmerSurveyStrings,
    nativeName: 'ខ្មែរ',
    englishName: 'Khmer',
  });
  setupLocale({
    localeCode: 'lo',
    strings: laoSurveyStrings,
    nativeName: 'ລາວ',
    englishName: 'Lao',
  });
  setupLocale({
    localeCode: 'tet',
    strings: tetumSurveyStrings,
    nativeName: 'Tetun',
    englishName: 'Tetum',
  });

  const burmese: unknown = surveyLocalization.locales.mm;
  if (burmese !== null && typeof burmese === 'object') {
    setupLocale({
      localeCode: 'my',
      strings: { ...burmeseCompletionStrings, ...burmese },
      nativeName: 'မြန်မာ',
      englishName: 'Burmese',
    });
  }
}
