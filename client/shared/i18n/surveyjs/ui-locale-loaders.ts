/**
 * SurveyJS's own words (buttons, messages) per language, loaded only for the language in use: bundling all eleven
 * would cost a phone on a slow line ~10 KB more before the first question. Shipped ones by import (Malay, Filipino
 * and Portuguese under the codes the questionnaires use), Tinjau's drafts (Khmer, Lao, Tetum, and Burmese under its
 * ISO code) by registration, each its own chunk. English is built in.
 */
import { registerDraftSurveyLocale } from './register-draft-locales.ts';

export const surveyUiLocaleLoaders: Readonly<Record<string, () => Promise<unknown>>> = {
  id: () => import('survey-core/i18n/indonesian'),
  ms: () => import('survey-core/i18n/malay'),
  th: () => import('survey-core/i18n/thai'),
  vi: () => import('survey-core/i18n/vietnamese'),
  fil: () => import('survey-core/i18n/philippines'),
  pt: () => import('survey-core/i18n/portuguese'),
  km: () => registerDraftSurveyLocale('km'),
  lo: () => registerDraftSurveyLocale('lo'),
  tet: () => registerDraftSurveyLocale('tet'),
  my: () => registerDraftSurveyLocale('my'),
};

/** Resolves once SurveyJS's UI strings for a locale are registered. */
export async function ensureSurveyLocale(locale: string): Promise<void> {
  await surveyUiLocaleLoaders[locale.split('-')[0] ?? '']?.();
}
