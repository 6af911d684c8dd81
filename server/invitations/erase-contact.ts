/**
 * Erasing a person's data at their request: the invitation's contact name and e-mail, and their response's answers
 * to the questions marked personal data in the codebook (their name or e-mail asked inside the questionnaire). The
 * anonymous answers stay; the audit log names the questions erased, never what they held.
 */
import { personalAnswerNames, withoutPersonalAnswers } from '../analysis/index.ts';
import type { Actor } from '../db/repositories/audit-repository.ts';
import type { Repositories } from '../db/repositories/index.ts';
import type { Invitation } from '../db/repositories/invitation-repository.ts';
import { storedAnswerCells } from '../export/index.ts';
import { loadSurveyData } from '../results/survey-data.ts';

export async function eraseContactData(
  repositories: Repositories,
  invitationId: number,
  actor: Actor,
): Promise<Invitation | undefined> {
  const invitation = await repositories.invitations.findById(invitationId);
  if (!invitation) return undefined;
  const version = await repositories.surveys.findVersion(invitation.surveyVersionId);
  const survey = (await repositories.surveys.list()).find((candidate) => candidate.id === version?.surveyId);
  // Foreign keys make this impossible; the contact data are erased all the same.
  if (!survey) return repositories.invitations.eraseContact(invitationId, actor);
  // The survey's codebook across its versions: the same that decides what exports leave out.
  const { codebook } = await loadSurveyData(repositories, survey.slug);
  return repositories.invitations.eraseContact(invitationId, actor, (answers) => {
    const kept = withoutPersonalAnswers(codebook, answers);
    return {
      answers: kept,
      erasedQuestions: personalAnswerNames(codebook, answers),
      exportCells: storedAnswerCells(codebook, kept),
    };
  });
}
