/**
 * The languages the respondent page speaks and how a browser's or questionnaire's language tag maps onto them,
 * apart from the words themselves (page-strings/<locale>.ts), so that code using them does not pull in all eleven.
 */

export const pageLocales = ['en', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my', 'tet', 'pt'] as const;
export type PageLocale = (typeof pageLocales)[number];

function isPageLocale(code: string): code is PageLocale {
  return (pageLocales as readonly string[]).includes(code);
}

/**
 * The page locale for a BCP 47-ish locale tag: exact match (case-insensitive, `_` treated as `-`), else the
 * language part before the first `-`, else English. e.g. "km" → km, "fil-PH" → fil, "pt-TL" → pt, "de" → en.
 */
export function pageLocaleOf(locale: string): PageLocale {
  const tag = locale.trim().replace(/_/g, '-').toLowerCase();
  if (isPageLocale(tag)) return tag;
  const language = tag.split('-')[0] ?? '';
  return isPageLocale(language) ? language : 'en';
}

/**
 * Replaces `{name}` placeholders with `values[name]`. Placeholders with no
 * matching value are left as they are.
 */
export function formatPageString(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match: string, name: string): string =>
    Object.hasOwn(values, name) ? (values[name] ?? match) : match,
  );
}
