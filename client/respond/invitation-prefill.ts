/**
 * The answers the invitation supplies (server/questionnaire/invitation-fields.ts). The server already put them into
 * the answers it sent and enforces the fixed ones; here a fixed one is also put over a device copy and shown
 * read-only, so the respondent sees at once that it is not theirs to change.
 */
import type { Static } from 'typebox';
import type { RespondentView } from '../../server/schemas/respond.ts';
import type { Model } from './survey-library.ts';

export type PrefilledAnswer = Static<typeof RespondentView>['prefill'][number];

export function showFixedInvitationAnswers(model: Model, prefill: readonly PrefilledAnswer[]): void {
  for (const entry of prefill) {
    if (!entry.fixed) continue;
    const question = model.getQuestionByName(entry.question);
    if (!question) continue;
    model.setValue(entry.question, entry.value);
    question.readOnly = true;
  }
}
