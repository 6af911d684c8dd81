/**
 * The respondent page's own words, downloaded one language at a time: all eleven together weigh 11 KB compressed,
 * one about 1.5 KB. English, the source text and the fallback, is part of the page.
 */
import { type PageLocale, pageLocaleOf } from './page-locales.ts';
import { englishPageStrings } from './page-strings/en.ts';
import type { PageStrings } from './page-strings.ts';

const pageStringLoaders: Readonly<Record<PageLocale, () => Promise<PageStrings>>> = {
  en: async () => englishPageStrings,
  id: async () => (await import('./page-strings/id.ts')).indonesianPageStrings,
  ms: async () => (await import('./page-strings/ms.ts')).malayPageStrings,
  th: async () => (await import('./page-strings/th.ts')).thaiPageStrings,
  vi: async () => (await import('./page-strings/vi.ts')).vietnamesePageStrings,
  fil: async () => (await import('./page-strings/fil.ts')).filipinoPageStrings,
  km: async () => (await import('./page-strings/km.ts')).khmerPageStrings,
  lo: async () => (await import('./page-strings/lo.ts')).laoPageStrings,
  my: async () => (await import('./page-strings/my.ts')).burmesePageStrings,
  tet: async () => (await import('./page-strings/tet.ts')).tetumPageStrings,
  pt: async () => (await import('./page-strings/pt.ts')).portuguesePageStrings,
};

const loaded = new Map<PageLocale, PageStrings>([['en', englishPageStrings]]);

/** The strings for `locale` if they are already here, else undefined (load them with loadPageStrings). */
export function loadedPageStrings(locale: string): PageStrings | undefined {
  return loaded.get(pageLocaleOf(locale));
}

/** Downloads the strings for `locale` once; English when that fails (offline), so the page always has words. */
export async function loadPageStrings(locale: string): Promise<PageStrings> {
  const pageLocale = pageLocaleOf(locale);
  const known = loaded.get(pageLocale);
  if (known) return known;
  try {
    const strings = await pageStringLoaders[pageLocale]();
    loaded.set(pageLocale, strings);
    return strings;
  } catch {
    return englishPageStrings;
  }
}
