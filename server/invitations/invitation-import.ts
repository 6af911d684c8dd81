/**
 * Importing invitations from a checked CSV file (workspace upload and `cli invite --from-csv`): finds the rows that
 * repeat an invitation already made or an earlier row, skips them unless asked to create them anyway, and creates
 * the rest (all or none, as createInvitations does). The same file uploaded twice creates nothing the second time.
 */
import type { Repositories } from '../db/repositories/index.ts';
import {
  type CreatedInvitation,
  type CreateOptions,
  createInvitations,
  type InvitationRequest,
} from './create-invitation.ts';
import { type DuplicateOf, findDuplicateRows } from './duplicate-invitations.ts';

/** What to do with duplicate rows: leave them out (the default) or create them as well. */
export type DuplicatePolicy = 'skip' | 'create';

export interface ImportedRow {
  /** The file's line (the header is line 1). */
  line: number;
  request: InvitationRequest;
}

export interface ImportDuplicate extends ImportedRow {
  duplicateOf: DuplicateOf;
  /** False when the policy was to create duplicates anyway. */
  skipped: boolean;
}

export interface ImportResult {
  created: Array<ImportedRow & { invitation: CreatedInvitation }>;
  duplicates: ImportDuplicate[];
}

const lineOf = (index: number) => index + 2;

export async function importInvitations(
  repositories: Repositories,
  requests: readonly InvitationRequest[],
  options: Omit<CreateOptions, 'describeRow'> & { duplicates: DuplicatePolicy },
): Promise<ImportResult> {
  const surveyIds = new Map<string, number>();
  for (const slug of new Set(requests.map((request) => request.surveySlug))) {
    const survey = await repositories.surveys.findBySlug(slug);
    if (survey) surveyIds.set(slug, survey.id);
  }
  const existing = await repositories.invitations.listDuplicateCandidates(
    [...surveyIds.values()],
    [...new Set(requests.map((request) => request.countryCode))],
  );
  const duplicateRows = findDuplicateRows(requests, (slug) => surveyIds.get(slug), existing);
  const skip = options.duplicates === 'skip';
  const skippedIndexes = new Set(skip ? duplicateRows.map((row) => row.index) : []);
  const kept = requests
    .map((request, index) => ({ request, line: lineOf(index) }))
    .filter((_row, index) => !skippedIndexes.has(index));
  const created =
    kept.length === 0
      ? []
      : await createInvitations(
          repositories,
          kept.map((row) => row.request),
          { ...options, describeRow: (index) => `line ${kept[index]?.line}` },
        );
  return {
    created: created.map((invitation, index) => ({ ...(kept[index] as ImportedRow), invitation })),
    duplicates: duplicateRows.map((row) => ({
      line: lineOf(row.index),
      request: requests[row.index] as InvitationRequest,
      duplicateOf: row.duplicateOf,
      skipped: skip,
    })),
  };
}

/** "line 4: Ministry of ICT (TH, a@b.go.th) is already invited (invitation 12, created 2026-12-01)". */
export function duplicateInWords(duplicate: ImportDuplicate): string {
  const { request } = duplicate;
  const who = `${request.organisationName} (${[request.countryCode, request.contactEmail].filter(Boolean).join(', ')})`;
  const of = duplicate.duplicateOf;
  const reason =
    of.kind === 'existing'
      ? `is already invited (invitation ${of.invitation.invitationId}, created ${of.invitation.createdAt.slice(0, 10)})`
      : `repeats line ${of.line}`;
  return `line ${duplicate.line}: ${who} ${reason}${duplicate.skipped ? ', skipped' : ', created anyway'}`;
}

/** One sentence for the whole import: what was created and what was skipped. */
export function importSummary(result: ImportResult): string {
  const skipped = result.duplicates.filter((duplicate) => duplicate.skipped);
  const created = result.created.length;
  const createdWords = `${created} invitation${created === 1 ? '' : 's'} created`;
  if (skipped.length === 0) {
    return result.duplicates.length === 0
      ? `${createdWords}.`
      : `${createdWords}, ${result.duplicates.length} of them duplicating invitations already made.`;
  }
  const lines = skipped.map((duplicate) => duplicate.line).join(', ');
  const skippedWords = `${skipped.length} duplicate${skipped.length === 1 ? '' : 's'} skipped (line${skipped.length === 1 ? '' : 's'} ${lines})`;
  return created === 0
    ? `Nothing was created: every row is already invited. ${skippedWords}.`
    : `${createdWords}; ${skippedWords}.`;
}
