/** Reading one version of a survey (definition or codebook) and the languages it is written in. */
import { api } from './api.ts';
import type { CodebookVariable, LocalizedText, SurveySummary, SurveyVersionDetail } from './types.ts';

export function versionApiPath(slug: string, version: number | string): string {
  return `/api/surveys/${encodeURIComponent(slug)}/versions/${encodeURIComponent(String(version))}`;
}

export function fetchVersion(slug: string, version: number | string): Promise<SurveyVersionDetail> {
  return api.get<SurveyVersionDetail>(versionApiPath(slug, version));
}

export async function fetchCodebook(slug: string, version: number | string): Promise<CodebookVariable[]> {
  const { variables } = await api.get<{ variables: CodebookVariable[] }>(
    `${versionApiPath(slug, version)}/codebook`,
  );
  return variables;
}

export async function fetchSurveys(): Promise<SurveySummary[]> {
  return (await api.get<{ surveys: SurveySummary[] }>('/api/surveys')).surveys;
}

/** The text in a locale, else English (`default`, or `en`), else any text there is. */
export function textIn(text: LocalizedText | string | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text.default ?? text.en ?? Object.values(text)[0] ?? '';
}

/** The locales the codebook's texts are written in, English first (`default` is English). */
export function codebookLocales(variables: readonly CodebookVariable[]): string[] {
  const locales = new Set<string>(['en']);
  const add = (text: LocalizedText) => {
    for (const key of Object.keys(text)) if (key !== 'default') locales.add(key);
  };
  const visit = (variable: CodebookVariable) => {
    add(variable.title);
    for (const code of [...variable.choices, ...variable.rows]) add(code.label);
    for (const column of variable.columns) add(column.title);
    variable.fields.forEach(visit);
  };
  variables.forEach(visit);
  return ['en', ...[...locales].filter((locale) => locale !== 'en').sort()];
}

/** The survey chosen in the address, else the first with a published version, else the first. */
export function pickSurvey(
  surveys: readonly SurveySummary[],
  wanted: string | null,
): SurveySummary | undefined {
  return (
    surveys.find((survey) => survey.slug === wanted) ??
    surveys.find((survey) => survey.currentVersion !== null) ??
    surveys[0]
  );
}
