/** The answers a respondent's invitation supplies (questionnaire/invitation-fields.ts), for one session. */
import { invitationPrefill, type PrefilledAnswer } from '../questionnaire/invitation-fields.ts';
import type { RespondentSession } from './respondent-session.ts';

export function sessionPrefill(session: RespondentSession): PrefilledAnswer[] {
  return invitationPrefill(session.compiled.variables, session.invitation);
}
