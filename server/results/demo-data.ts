/**
 * Synthetic demo data: N submitted responses per survey spread over the 11 member states, generated to be valid for
 * the survey's current version, and marked synthetic (in the data, the exports and the dashboard).
 */
import { randomBytes } from 'node:crypto';
import type { Repositories } from '../db/repositories/index.ts';
import { storedAnswerCells } from '../export/index.ts';
import { hashInvitationToken } from '../invitations/tokens.ts';
import { invitationPrefill, withFixedAnswers } from '../questionnaire/invitation-fields.ts';
import { createSeededRandom, generateSyntheticAnswers } from '../questionnaire/synthetic-answers.ts';
import { memberStates } from '../reference/member-states.ts';
import { organisationTypes } from '../reference/organisation-types.ts';
import { loadSurveyData } from './survey-data.ts';

const batchSize = 1000;

export interface DemoOptions {
  surveySlug: string;
  responses: number;
  seed: number;
  /** Called after each batch with the number written so far. */
  onProgress?: (written: number) => void;
}

export async function generateDemoResponses(
  repositories: Repositories,
  options: DemoOptions,
): Promise<number> {
  const survey = await repositories.surveys.findBySlug(options.surveySlug);
  const version = survey ? await repositories.surveys.currentPublishedVersion(survey.id) : undefined;
  if (!survey || !version) throw new Error(`There is no published survey "${options.surveySlug}".`);
  const compiled = repositories.compiledVersions.fromText(version);
  const { codebook } = await loadSurveyData(repositories, survey.slug);
  const random = createSeededRandom(`${options.seed}:${survey.slug}`);
  const now = Date.now();
  let written = 0;
  while (written < options.responses) {
    const size = Math.min(batchSize, options.responses - written);
    const rows = Array.from({ length: size }, (_, offset) => {
      const index = written + offset;
      // Uneven shares per country, as in a real study, but every member state present.
      const state =
        memberStates[
          index < memberStates.length ? index : Math.floor(random() ** 1.3 * memberStates.length)
        ] ?? memberStates[0];
      const countryCode = state?.code ?? 'TH';
      const locale = state?.languages[0] ?? 'en';
      const organisationType =
        organisationTypes[Math.floor(random() * organisationTypes.length)] ?? 'ministry';
      const organisationName = `Synthetic ${organisationType.replace('_', ' ')} ${String(index + 1).padStart(6, '0')} (demo data)`;
      // As for a real respondent, the questions filled from the invitation hold the invitation's values.
      const answers = withFixedAnswers(
        generateSyntheticAnswers(compiled, random, { countryCode, locale }),
        invitationPrefill(compiled.variables, {
          countryCode,
          organisationName,
          organisationType,
          contactName: null,
          contactEmail: null,
        }),
      );
      return {
        surveyVersionId: version.id,
        countryCode,
        organisationName,
        organisationType,
        tokenHash: hashInvitationToken(randomBytes(32).toString('base64url')),
        answers,
        exportCells: storedAnswerCells(codebook, answers),
        locale,
        reference: `DEMO-${countryCode}-${randomBytes(6).toString('hex').toUpperCase()}`,
        submittedAt: new Date(now - Math.floor(random() * 60 * 86_400_000)).toISOString(),
      };
    });
    await repositories.responses.insertSynthetic(rows);
    written += size;
    options.onProgress?.(written);
  }
  return written;
}
