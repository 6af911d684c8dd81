/**
 * The respondent page's own words (everything outside the SurveyJS form:
 * loading, autosave status, submission receipt, error pages, etc.): their
 * keys here, the words of each locale in page-strings/<locale>.ts, one file
 * per language so that the page downloads only the one it shows
 * (page-strings-loader.ts). This module gathers all of them, for tests and
 * staff pages.
 *
 * Locale codes are ISO 639-1 where one exists and ISO 639-3 otherwise
 * (`fil` Filipino, `tet` Tetum). Burmese is `my` (ISO 639-1), not SurveyJS's
 * non-standard `mm`.
 *
 * English (`en`) is the source text. ALL OTHER LOCALES ARE DRAFT
 * TRANSLATIONS (id, ms, th, vi, fil, km, lo, my, tet, pt) — machine-assisted
 * and not yet reviewed by native-speaking translators. That is for staff to
 * know (the workspace and `cli validate` say so), not for respondents: the page
 * shows no draft notice. Keep `{placeholders}` unchanged when editing.
 *
 * Register: polite, formal wording suitable for government officers (e.g.
 * "Anda"/"anda", "ท่าน", "Quý vị", "inyo/po", "លោកអ្នក", "ທ່ານ", "ita-boot").
 * Tetum is Tetun Dili (INL orthography) with Portuguese loans for technical
 * terms. Portuguese is European Portuguese, as written in Timor-Leste, with
 * the neutral "as suas respostas" rather than a gendered form of address.
 */

import { type PageLocale, pageLocaleOf } from './page-locales.ts';
import { englishPageStrings } from './page-strings/en.ts';
import { filipinoPageStrings } from './page-strings/fil.ts';
import { indonesianPageStrings } from './page-strings/id.ts';
import { khmerPageStrings } from './page-strings/km.ts';
import { laoPageStrings } from './page-strings/lo.ts';
import { malayPageStrings } from './page-strings/ms.ts';
import { burmesePageStrings } from './page-strings/my.ts';
import { portuguesePageStrings } from './page-strings/pt.ts';
import { tetumPageStrings } from './page-strings/tet.ts';
import { thaiPageStrings } from './page-strings/th.ts';
import { vietnamesePageStrings } from './page-strings/vi.ts';

export { formatPageString, type PageLocale, pageLocales } from './page-locales.ts';

export interface PageStrings {
  readonly loading: string;
  readonly language: string;
  readonly saveSaved: string;
  readonly saveSaving: string;
  readonly saveOffline: string;
  readonly saveError: string;
  readonly submitting: string;
  readonly submitInvalid: string;
  readonly submitFailed: string;
  readonly receiptTitle: string;
  readonly receiptReference: string;
  readonly receiptSubmittedAt: string;
  readonly receiptKeep: string;
  readonly yourAnswers: string;
  readonly print: string;
  readonly notFoundTitle: string;
  readonly notFoundBody: string;
  readonly closedTitle: string;
  readonly closedBody: string;
  readonly notOpenTitle: string;
  /** Placeholder: `{date}` (already formatted for the locale). */
  readonly notOpenBody: string;
  readonly alreadySubmittedTitle: string;
  readonly resumed: string;
  readonly tooManyRequestsTitle: string;
  readonly tooManyRequestsBody: string;
  /** Placeholders: `{organisation}` and `{country}` (in the page's language), from the invitation. */
  readonly answeringFor: string;
  /** Under answeringFor when some questions are filled in from the invitation and cannot be changed. */
  readonly answeringForFixed: string;
  readonly skipToContent: string;
  /** Shown after the first page, where the questionnaire's introduction is folded to this one line. */
  readonly showIntroduction: string;
  readonly hideIntroduction: string;
  /** The last page's button that opens the review (SurveyJS's own word for it is "Preview"). */
  readonly reviewButton: string;
  readonly reviewTitle: string;
  /** The review page before submitting: every answer by page, with a way back to each page. */
  readonly reviewIntro: string;
  readonly reviewChange: string;
  readonly reviewNoAnswers: string;
  readonly reviewSubmit: string;
  readonly reviewBack: string;
  /** Answering stopped because the link was revoked or reissued while the page was open. */
  readonly linkEndedTitle: string;
  readonly linkEndedBody: string;
  readonly keptOnDeviceReopen: string;
  readonly keptOnDeviceNewLink: string;
  /** Placeholder: `{contact}`, the study's contact as the research team wrote it. */
  readonly studyContact: string;
}

export const pageStrings: Record<PageLocale, PageStrings> = {
  en: englishPageStrings,
  id: indonesianPageStrings,
  ms: malayPageStrings,
  th: thaiPageStrings,
  vi: vietnamesePageStrings,
  fil: filipinoPageStrings,
  km: khmerPageStrings,
  lo: laoPageStrings,
  my: burmesePageStrings,
  tet: tetumPageStrings,
  pt: portuguesePageStrings,
};

/** Strings for a BCP 47-ish locale tag (see pageLocaleOf); the respondent page loads one language instead. */
export function pageStringsFor(locale: string): PageStrings {
  return pageStrings[pageLocaleOf(locale)];
}
