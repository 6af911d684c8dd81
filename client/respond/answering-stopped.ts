/**
 * Why answering stopped while the questionnaire was open, read from the server's answer to a save or a submit.
 * The respondent's link worked when the page opened, so an unknown token now means the research team revoked it
 * or issued a new one (the server answers both as invitation_not_found, like any unknown token).
 */
import type { Problem } from './respondent-api.ts';

export type StopReason = 'link_ended' | 'closed' | 'not_open';

/** The reason in a save's or submit's error answer, or null when the answer is not one that ends answering. */
export function stopReason(status: number, problem: Problem): StopReason | null {
  if (status === 404) return 'link_ended';
  if (status === 409 && problem.error === 'survey_closed') return 'closed';
  if (status === 409 && problem.error === 'survey_not_open') return 'not_open';
  return null;
}
