/**
 * Questionnaire management: uploading a new draft (SurveyJS JSON or the spreadsheet CSV), publishing, closing and
 * reopening collection, and the collection window. A published version's content is never changed.
 */
import type { Actor } from '../db/repositories/audit-repository.ts';
import type { Repositories } from '../db/repositories/index.ts';
import type { Survey, SurveyVersion } from '../db/repositories/survey-repository.ts';
import { type ErrorDetail, errors } from '../errors.ts';
import { emailPattern } from '../invitations/create-invitation.ts';
import { checkDefinitionText, definitionHash, type JsonRecord, surveyTitle } from '../questionnaire/index.ts';
import { checkSpreadsheetText } from '../questionnaire/spreadsheet/index.ts';
import { refusedCharacterIn } from '../security/text-checks.ts';

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

/** What a researcher may change about a survey; omitted fields stay as they are, null removes a value. */
export interface SurveySettingsChange {
  opensAt?: string | null;
  closesAt?: string | null;
  minimumCellSize?: number;
  contactName?: string | null;
  contactEmail?: string | null;
}

const dateWords = { opensAt: 'opening date', closesAt: 'closing date' } as const;

/** An empty or blank text means "no value": a form's cleared input sends "". */
function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The collection window (open and close dates), k of small-cell suppression and the study's contact. Messages name
 * the field as the form does ("The closing date must be after the opening date"), with the field's key in details.
 */
export async function updateSurveySettings(
  repositories: Repositories,
  survey: Survey,
  change: SurveySettingsChange,
  actor: Actor,
): Promise<Survey> {
  const problems: ErrorDetail[] = [];
  const normalise = (field: 'opensAt' | 'closesAt'): string | null => {
    const value = change[field] === undefined ? survey[field] : change[field];
    if (value === null) return null;
    const time = strictDateTime(value);
    const words = dateWords[field];
    if (time === undefined) {
      problems.push({
        field,
        message: `The ${words} must be a real date and time, such as 1 December 2026 at 09:00`,
      });
      return null;
    }
    const iso = new Date(time).toISOString();
    if (iso < earliest || iso >= latest)
      problems.push({ field, message: `The ${words} must be between the years 2000 and 2099` });
    return iso;
  };
  const opensAt = normalise('opensAt');
  const closesAt = normalise('closesAt');
  if (opensAt && closesAt && closesAt <= opensAt)
    problems.push({ field: 'closesAt', message: 'The closing date must be after the opening date' });
  const contactName = optionalText(change.contactName);
  const contactEmail = optionalText(change.contactEmail);
  if (contactEmail && !emailPattern.test(contactEmail))
    problems.push({
      field: 'contactEmail',
      message: `The study contact's e-mail "${contactEmail}" is not an e-mail address`,
    });
  for (const [field, text, words] of [
    ['contactName', contactName, "The study contact's name"],
    ['contactEmail', contactEmail, "The study contact's e-mail"],
  ] as const) {
    const refused = text ? refusedCharacterIn(text) : undefined;
    if (refused) problems.push({ field, message: `${words} contains ${refused}, which is not allowed` });
  }
  if (problems.length > 0)
    throw errors.validationFailed(problems.map((problem) => problem.message).join('. '), problems);
  return (await repositories.surveys.updateSettings(
    survey.id,
    {
      opensAt,
      closesAt,
      ...(change.minimumCellSize === undefined ? {} : { minimumCellSize: change.minimumCellSize }),
      ...(contactName === undefined ? {} : { contactName }),
      ...(contactEmail === undefined ? {} : { contactEmail }),
    },
    actor,
  )) as Survey;
}
