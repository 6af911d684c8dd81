/**
 * Resolves an invitation token to everything a respondent request needs: the invitation, its compiled survey
 * version, the survey, and whether collection is open. Unknown, malformed and revoked tokens all look the same.
 */
import type { Repositories } from '../db/repositories/index.ts';
import type { Invitation } from '../db/repositories/invitation-repository.ts';
import type { Survey, SurveyVersionMeta } from '../db/repositories/survey-repository.ts';
import { errors } from '../errors.ts';
import { hashInvitationToken, isWellFormedToken } from '../invitations/tokens.ts';
import type { CompiledVersion } from '../questionnaire/compiled-version.ts';
import { rateLimitSubject } from '../security/client-address.ts';
import type { FailureLimiter } from '../security/failure-limiter.ts';
import { withRetryAfter } from '../security/retry-after.ts';

export type CollectionState = 'open' | 'closed' | 'not_yet_open';

export interface RespondentSession {
  invitation: Invitation;
  survey: Survey;
  version: SurveyVersionMeta;
  compiled: CompiledVersion;
  collection: CollectionState;
}

export async function resolveRespondent(
  repositories: Repositories,
  limiter: FailureLimiter,
  token: string,
  clientAddress: string,
): Promise<RespondentSession> {
  const context = isWellFormedToken(token)
    ? await repositories.invitations.findActiveContextByTokenHash(hashInvitationToken(token))
    : undefined;
  if (!context) {
    const subject = rateLimitSubject(clientAddress);
    const check = await limiter.check(subject);
    // A refused caller adds no failure: however long it keeps trying, it costs one read per request.
    if (check.blocked) throw withRetryAfter(errors.tooManyFailedLookups(), check.retryAfterSeconds);
    await limiter.recordFailure(subject);
    throw errors.invitationNotFound();
  }
  const { invitation, version, survey } = context;
  return {
    invitation,
    survey,
    version,
    compiled: await repositories.compiledVersions.of(version),
    collection: collectionState(survey, version, new Date().toISOString()),
  };
}

export function collectionState(survey: Survey, version: SurveyVersionMeta, now: string): CollectionState {
  if (version.status === 'closed') return 'closed';
  if (survey.opensAt && now < survey.opensAt) return 'not_yet_open';
  if (survey.closesAt && now >= survey.closesAt) return 'closed';
  return 'open';
}

/** Saving and submitting need open collection. */
export function requireOpen(session: RespondentSession): void {
  if (session.collection === 'closed') throw errors.surveyClosed();
  if (session.collection === 'not_yet_open') throw errors.surveyNotOpen(session.survey.opensAt ?? '');
}
