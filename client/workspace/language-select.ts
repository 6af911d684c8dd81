/** A labelled select of a questionnaire's languages, each named in itself. */
import { element } from '../shared/dom.ts';
import { nativeLanguageName } from '../shared/i18n/language-names.ts';
import { field } from './ui.ts';

export function languageSelect(
  locales: readonly string[],
  current: string,
  onChange: (locale: string) => void,
  label = 'Language',
): HTMLElement {
  const select = element(
    'select',
    { name: 'locale', class: 'language-select' },
    locales.map((code) =>
      element('option', { value: code, lang: code }, [
        code === 'en' ? 'English' : `${nativeLanguageName(code)} (${code})`,
      ]),
    ),
  );
  select.value = locales.includes(current) ? current : (locales[0] ?? 'en');
  select.addEventListener('change', () => onChange(select.value));
  return field(label, select);
}
