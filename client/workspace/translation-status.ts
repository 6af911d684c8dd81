/**
 * A version's languages as staff need them: each locale, how much of it is translated, and whether it is a draft
 * not yet reviewed by a native speaker. Drafts are marked here and in the preview, never to respondents.
 */
import { element } from '../shared/dom.ts';
import { nativeLanguageName } from '../shared/i18n/language-names.ts';
import type { VersionSummary } from './types.ts';
import { badge } from './ui.ts';

type Translation = VersionSummary['translations'][number];

export const draftTranslationNote =
  'Draft translation, not yet reviewed by a native speaker. Respondents are not told; have it reviewed before fieldwork.';

function percent(translation: Translation): number {
  return translation.total === 0 ? 100 : Math.floor((translation.translated / translation.total) * 100);
}

/** One line per locale: "ខ្មែរ (km) · 100% · Draft". */
export function translationList(translations: readonly Translation[]): HTMLElement {
  return element(
    'ul',
    { class: 'translation-list' },
    translations.map((translation) => {
      const share = percent(translation);
      const name = translation.locale === 'en' ? 'English' : nativeLanguageName(translation.locale);
      return element('li', { 'data-locale': translation.locale }, [
        element('span', { lang: translation.locale }, [name]),
        ` (${translation.locale})`,
        share < 100 ? ` · ${share}%` : null,
        translation.status === 'draft' ? ' ' : null,
        translation.status === 'draft'
          ? element('span', { title: draftTranslationNote }, [
              badge('Draft translation', 'translation-draft'),
            ])
          : null,
      ]);
    }),
  );
}

/** "11 languages, 7 draft translations", the summary a versions table shows before the list is opened. */
export function translationSummary(translations: readonly Translation[]): HTMLElement {
  const drafts = translations.filter((translation) => translation.status === 'draft').length;
  const languages = `${translations.length} language${translations.length === 1 ? '' : 's'}`;
  return element('details', { class: 'translations' }, [
    element('summary', {}, [
      drafts === 0 ? languages : `${languages}, ${drafts} draft translation${drafts === 1 ? '' : 's'}`,
    ]),
    translationList(translations),
  ]);
}

/** The translationStatus of a definition, as the preview reads it. */
export function translationStatusOf(definition: Record<string, unknown>): Record<string, string> {
  const status = definition.translationStatus;
  if (!status || typeof status !== 'object' || Array.isArray(status)) return {};
  return Object.fromEntries(
    Object.entries(status).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
