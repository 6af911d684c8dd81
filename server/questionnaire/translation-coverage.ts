/**
 * How much of a questionnaire is translated: per locale, the localizable strings that have a text in that locale
 * out of all localizable strings (English, the `default`, is the reference).
 */
import { isJsonRecord, type JsonRecord, walkDefinition } from './definition-walker.ts';

export interface LocaleCoverage {
  locale: string;
  translated: number;
  total: number;
  /** From the survey's translationStatus, when it says so. */
  status?: string;
}

export interface CoverageOptions {
  /**
   * Also list the locales the translationStatus names that have no text yet (0 translated), so that staff see every
   * language the questionnaire promises. Respondents are offered only locales with texts, so the default is false.
   */
  includeDeclared?: boolean;
}

export function translationCoverage(definition: JsonRecord, options: CoverageOptions = {}): LocaleCoverage[] {
  const localizedTexts: JsonRecord[] = [];
  let total = 0;
  walkDefinition(definition, {
    property: (_object, _key, value, property) => {
      if (!property.isLocalizable) return;
      if (typeof value === 'string' && value !== '') total += 1;
      if (isJsonRecord(value)) {
        total += 1;
        localizedTexts.push(value);
      }
    },
  });
  const locales = new Set<string>(['en']);
  for (const text of localizedTexts)
    for (const key of Object.keys(text)) if (key !== 'default') locales.add(key);
  const statuses = isJsonRecord(definition.translationStatus) ? definition.translationStatus : {};
  if (options.includeDeclared) for (const locale of Object.keys(statuses)) locales.add(locale);
  return [...locales].sort(englishFirst).map((locale) => {
    const translated =
      locale === 'en'
        ? total
        : localizedTexts.filter((text) => typeof text[locale] === 'string' && text[locale] !== '').length;
    const status = statuses[locale];
    return { locale, translated, total, ...(typeof status === 'string' ? { status } : {}) };
  });
}

function englishFirst(a: string, b: string): number {
  if (a === 'en') return -1;
  if (b === 'en') return 1;
  return a.localeCompare(b);
}

export function formatCoverageTable(coverage: LocaleCoverage[]): string {
  const rows = coverage.map((entry) => {
    const percent = entry.total === 0 ? 100 : Math.round((entry.translated / entry.total) * 1000) / 10;
    return [entry.locale, `${entry.translated}/${entry.total}`, `${percent}%`, entry.status ?? ''];
  });
  const header = ['locale', 'translated', 'coverage', 'status'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
