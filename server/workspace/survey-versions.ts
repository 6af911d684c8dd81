/**
 * Questionnaire management: uploading a new draft (SurveyJS JSON or the spreadsheet CSV), publishing, closing and
 * reopening collection, and the collection window. A published version's content is never changed.
 */
import type { Actor } from '../db/repositories/audit-repository.ts';
import type { Repositories } from '../db/repositories/index.ts';
import type { Survey, SurveyVersion } from '../db/repositories/survey-repository.ts';
import { type ErrorDetail, errors } from '../errors.ts';
import { checkDefinitionText, definitionHash, type JsonRecord, surveyTitle } from '../questionnaire/index.ts';
import { checkSpreadsheetText } from '../questionnaire/spreadsheet/index.ts';

export type DefinitionFormat = 'json' | 'csv';

export interface UploadResult {
  survey: Survey;
  version: SurveyVersion;
  /** False when the same content was already a version: nothing new was stored. */
  created: boolean;
}

/** Problems with a definition, each naming the JSON path or the spreadsheet line and column at fault. */
export function checkUploadedDefinition(
  format: DefinitionFormat,
  content: string,
): { ok: true; definition: JsonRecord } | { ok: false; problems: ErrorDetail[] } {
  if (format === 'json') {
    const check = checkDefinitionText(content);
    return check.ok
      ? check
      : {
          ok: false,
          problems: check.problems.map((problem) => ({ field: problem.path, message: problem.message })),
        };
  }
  const check = checkSpreadsheetText(content);
  if (check.ok) return { ok: true, definition: check.definition };
  return {
    ok: false,
    problems: check.problems.map((problem) => ({
      field: `line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}`,
      message: problem.message,
    })),
  };
}

export async function uploadDraftVersion(
  repositories: Repositories,
  slug: string,
  format: DefinitionFormat,
  content: string,
  actor: Actor,
): Promise<UploadResult> {
  const check = checkUploadedDefinition(format, content);
  if (!check.ok) throw errors.invalidDefinition(check.problems);
  const existing = await repositories.surveys.findBySlug(slug);
  return repositories.surveys.addVersionIfNew({
    slug,
    title: surveyTitle(check.definition, slug),
    source: existing?.source ?? 'upload',
    definitionText: JSON.stringify(check.definition),
    contentHash: definitionHash(check.definition),
    status: 'draft',
    ...actor,
  });
}

const transitions: Record<
  'publish' | 'close' | 'reopen',
  { from: SurveyVersion['status']; to: SurveyVersion['status'] }
> = {
  publish: { from: 'draft', to: 'published' },
  close: { from: 'published', to: 'closed' },
  reopen: { from: 'closed', to: 'published' },
};

export async function changeVersionStatus(
  repositories: Repositories,
  version: SurveyVersion,
  action: keyof typeof transitions,
  actor: Actor,
): Promise<SurveyVersion> {
  const { from, to } = transitions[action];
  if (version.status !== from) {
    throw errors.conflict(
      `Version ${version.versionNumber} is ${version.status}; only a ${from} version can be ${action === 'publish' ? 'published' : action === 'close' ? 'closed' : 'reopened'}.`,
    );
  }
  return (await repositories.surveys.setVersionStatus(version.id, to, actor)) as SurveyVersion;
}

/**
 * A date (YYYY-MM-DD) or ISO 8601 date-time; impossible calendar dates such as 2026-02-30 are refused rather than
 * rolled over into March as Date.parse does.
 */
function strictDateTime(value: string): number | undefined {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  )
    return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

const earliest = '2000-01-01T00:00:00.000Z';
const latest = '2100-01-01T00:00:00.000Z';

/** The collection window (open and close dates) and k of small-cell suppression; omitted fields stay as they are. */
export async function updateSurveySettings(
  repositories: Repositories,
  survey: Survey,
  window: { opensAt?: string | null; closesAt?: string | null; minimumCellSize?: number },
  actor: Actor,
): Promise<Survey> {
  const problems: ErrorDetail[] = [];
  const normalise = (field: 'opensAt' | 'closesAt'): string | null => {
    const value = window[field] === undefined ? survey[field] : window[field];
    if (value === null) return null;
    const time = strictDateTime(value);
    if (time === undefined) {
      problems.push({ field, message: `${field} must be a date and time such as 2026-12-01T00:00:00Z` });
      return null;
    }
    const iso = new Date(time).toISOString();
    if (iso < earliest || iso >= latest)
      problems.push({ field, message: `${field} must be between 2000 and 2099` });
    return iso;
  };
  const opensAt = normalise('opensAt');
  const closesAt = normalise('closesAt');
  if (opensAt && closesAt && closesAt <= opensAt)
    problems.push({ field: 'closesAt', message: 'closesAt must be after opensAt' });
  if (problems.length > 0)
    throw errors.validationFailed(problems.map((problem) => problem.message).join('; '), problems);
  const minimumCellSize = window.minimumCellSize ?? survey.minimumCellSize;
  return (await repositories.surveys.updateSettings(
    survey.id,
    { opensAt, closesAt, minimumCellSize },
    actor,
  )) as Survey;
}
