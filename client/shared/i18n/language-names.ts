/**
 * Each language's name in that language, for the language switcher. A fixed table for the languages Tinjau
 * ships, because browsers disagree on (or lack) names such as Tetum; Intl.DisplayNames covers anything else.
 */
const nativeNames: Readonly<Record<string, string>> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  th: 'ไทย',
  vi: 'Tiếng Việt',
  fil: 'Filipino',
  km: 'ខ្មែរ',
  lo: 'ລາວ',
  my: 'မြန်မာ',
  tet: 'Tetun',
  pt: 'Português',
};

export function nativeLanguageName(locale: string): string {
  const known = nativeNames[locale];
  if (known) return known;
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
