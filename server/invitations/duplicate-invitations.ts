/**
 * Duplicate invitations on import: a row that invites the same organisation (case and spacing aside) of the same
 * member state to the same survey, at the same e-mail, as a live invitation or an earlier row of the same file.
 * Uploading a file twice is the usual cause; the import skips such rows unless asked to create them anyway.
 */
import type { DuplicateCandidate } from '../db/repositories/invitation-repository.ts';
import type { InvitationRequest } from './create-invitation.ts';

/** What an imported row is a duplicate of: an invitation already made, or an earlier line of the file. */
export type DuplicateOf =
  | { kind: 'existing'; invitation: DuplicateCandidate }
  | { kind: 'earlier_line'; line: number };

export interface DuplicateRow {
  /** Index of the row among the requests (line = index + 2 in a CSV file with a header). */
  index: number;
  duplicateOf: DuplicateOf;
}

/** "Ministry of  Digital Economy " and "ministry of digital economy" are one organisation. */
function normalisedText(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export function duplicateKey(
  surveyId: number,
  countryCode: string,
  organisationName: string,
  contactEmail: string | null | undefined,
): string {
  return JSON.stringify([
    surveyId,
    countryCode.toUpperCase(),
    normalisedText(organisationName),
    normalisedText(contactEmail),
  ]);
}

/**
 * The rows of an import that repeat an existing invitation or an earlier row. `surveyIdOf` gives the survey of a
 * row's slug (undefined for an unknown survey, whose rows are left for creation to refuse).
 */
export function findDuplicateRows(
  requests: readonly InvitationRequest[],
  surveyIdOf: (slug: string) => number | undefined,
  existing: readonly DuplicateCandidate[],
): DuplicateRow[] {
  const existingByKey = new Map<string, DuplicateCandidate>();
  for (const invitation of existing) {
    const key = duplicateKey(
      invitation.surveyId,
      invitation.countryCode,
      invitation.organisationName,
      invitation.contactEmail,
    );
    if (!existingByKey.has(key)) existingByKey.set(key, invitation);
  }
  const firstIndexByKey = new Map<string, number>();
  const duplicates: DuplicateRow[] = [];
  requests.forEach((request, index) => {
    const surveyId = surveyIdOf(request.surveySlug);
    if (surveyId === undefined) return;
    const key = duplicateKey(surveyId, request.countryCode, request.organisationName, request.contactEmail);
    const invitation = existingByKey.get(key);
    const earlier = firstIndexByKey.get(key);
    if (invitation) duplicates.push({ index, duplicateOf: { kind: 'existing', invitation } });
    else if (earlier !== undefined)
      duplicates.push({ index, duplicateOf: { kind: 'earlier_line', line: earlier + 2 } });
    else firstIndexByKey.set(key, index);
  });
  return duplicates;
}
