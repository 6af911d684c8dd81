/**
 * The respondent's API and page: open an invitation, save progress, submit once. Shapes are fixed by DESIGN.md
 * ("Interfaces other tools rely on").
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { chooseLocale } from '../../client/shared/i18n/choose-locale.ts';
import { parseAnswers } from '../db/repositories/response-repository.ts';
import { nowIso } from '../db/timestamps.ts';
import { errors } from '../errors.ts';
import { storedAnswerCells } from '../export/index.ts';
import { type AnswerProblem, checkAnswers, defaultMaxTextLength } from '../questionnaire/answer-check.ts';
import { withoutComputedAnswers } from '../questionnaire/computed-answers.ts';
import {
  invitationCountryNames,
  openingAnswers,
  withFixedAnswers,
} from '../questionnaire/invitation-fields.ts';
import { validateSubmission } from '../questionnaire/validate-submission.ts';
import { findMemberState } from '../reference/member-states.ts';
import { acceptedLanguages } from '../respond/accepted-languages.ts';
import { sessionPrefill } from '../respond/invitation-answers.ts';
import { newReceiptReference } from '../respond/receipt-reference.ts';
import { createRespondentDefinitions } from '../respond/respondent-definitions.ts';
import { type RespondentSession, requireOpen, resolveRespondent } from '../respond/respondent-session.ts';
import { loadSurveyData } from '../results/survey-data.ts';
import { errorResponses } from '../schemas/common.ts';
import {
  Receipt,
  RespondentQuery,
  RespondentView,
  SaveAnswersBody,
  SaveResult,
  SubmitBody,
  TokenParams,
} from '../schemas/respond.ts';
import { createFailureLimiter } from '../security/failure-limiter.ts';
import { createFailureStore } from '../security/failure-store.ts';
import { sendRetryAfter } from '../security/retry-after.ts';

export interface RespondRoutesOptions {
  /** Failed token look-ups allowed per client address per window. */
  maxFailedLookups?: number;
  failedLookupWindowMs?: number;
  /** The limiter's clock, so that tests do not depend on where the current window ends. */
  now?: () => number;
}

const respondRoutes: FastifyPluginAsyncTypebox<RespondRoutesOptions> = async (app, options) => {
  const { repositories } = app;
  const limiter = createFailureLimiter(
    createFailureStore(repositories.rateLimits),
    {
      limit: 'invitation-lookup',
      maxFailures: options.maxFailedLookups ?? 30,
      windowMs: options.failedLookupWindowMs ?? 10 * 60_000,
    },
    options.now,
  );
  app.addHook('onError', sendRetryAfter);
  const resolve = (token: string, address: string) =>
    resolveRespondent(repositories, limiter, token, address);
  // Per app, never per process: two apps in one process (tests, a second server) keep their own.
  const respondentDefinitions = createRespondentDefinitions();

  app.get(
    '/api/r/:token',
    {
      schema: {
        tags: ['respond'],
        summary: 'Open an invitation: the survey version in one language, saved answers and status',
        params: TokenParams,
        querystring: RespondentQuery,
        response: { 200: RespondentView, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const session = await resolve(request.params.token, request.ip);
      const { invitation, survey, version, compiled } = session;
      const response = await repositories.responses.findByInvitation(invitation.id);
      const definitionLocale =
        request.query.locale === undefined
          ? chooseLocale(compiled.locales, [
              response?.locale,
              invitation.preferredLocale,
              ...acceptedLanguages(request.headers['accept-language']),
            ])
          : requireQuestionnaireLocale(session, request.query.locale);
      await repositories.invitations.recordActivity(invitation.id, nowIso());
      const submitted = response?.status === 'submitted' && response.reference && response.submittedAt;
      // Submitted answers are shown as they were stored; until then the invitation's values fill their questions.
      const prefill = submitted ? [] : sessionPrefill(session);
      return {
        survey: {
          slug: survey.slug,
          version: version.versionNumber,
          title: survey.title,
          definition: respondentDefinitions.forLocale(
            version.contentHash,
            compiled.definition,
            definitionLocale,
          ),
          locales: compiled.locales,
          translationStatus: compiled.translationStatus,
          definitionLocale,
          // Read fresh, not from the cached session: a researcher may set it while respondents are answering.
          contact: await repositories.surveys.findStudyContactByVersion(version.id),
        },
        organisation: {
          name: invitation.organisationName,
          type: invitation.organisationType,
          countryCode: invitation.countryCode,
          countryName: findMemberState(invitation.countryCode)?.name ?? invitation.countryCode,
          countryNames: invitationCountryNames(compiled.variables, invitation.countryCode),
        },
        prefill,
        answers: openingAnswers(response ? parseAnswers(response) : undefined, prefill),
        page: response?.page ?? 0,
        status: submitted ? ('submitted' as const) : response ? ('in_progress' as const) : ('new' as const),
        locale: response?.locale ?? invitation.preferredLocale ?? null,
        collection: session.collection,
        opensAt: survey.opensAt,
        closesAt: survey.closesAt,
        receipt: submitted
          ? { reference: response.reference as string, submittedAt: response.submittedAt as string }
          : null,
      };
    },
  );

  app.put(
    '/api/r/:token/answers',
    {
      schema: {
        tags: ['respond'],
        summary: 'Save answers in progress (merged by question name; null clears an answer)',
        params: TokenParams,
        body: SaveAnswersBody,
        response: { 200: SaveResult, ...errorResponses(400, 404, 409, 413, 429) },
      },
      // The most frequent request: its reply is a few dozen bytes, never worth the compression hook.
      compress: false,
    },
    async (request) => {
      const session = await resolve(request.params.token, request.ip);
      requireOpen(session);
      const { page, locale } = request.body;
      // Whatever the page sent for a fixed field, the invitation's value is what is kept; values survey-core computes
      // (expressions, matrix totals) are not kept at all (computed-answers.ts).
      const answers = withoutComputedAnswers(
        session.compiled.computedAnswers,
        withFixedAnswers(request.body.answers, sessionPrefill(session)),
      );
      const problems = [
        ...(page >= session.compiled.pageCount
          ? [
              {
                field: 'page',
                message: `page must be below ${session.compiled.pageCount}, the number of pages`,
              },
            ]
          : []),
        ...checkAnswers(session.compiled.variables, answers, {
          requireKnownCodes: false,
          maxTextLength: defaultMaxTextLength,
        }).map((problem) => ({ ...problem, field: answerField(problem) })),
      ];
      if (problems.length > 0) throw errors.validationFailed(describeProblems(problems), problems);
      const result = await repositories.responses.saveProgress({
        invitationId: session.invitation.id,
        surveyVersionId: session.version.id,
        answers,
        page,
        locale: locale ?? null,
      });
      if (result.outcome === 'already_submitted') throw errors.alreadySubmitted();
      return { status: 'in_progress' as const, savedAt: result.savedAt };
    },
  );

  app.post(
    '/api/r/:token/submit',
    {
      schema: {
        tags: ['respond'],
        summary: 'Submit the final answers, validated with the survey-core model of this version',
        params: TokenParams,
        body: SubmitBody,
        response: { 200: Receipt, ...errorResponses(400, 404, 409, 413, 422, 429) },
      },
      compress: false,
    },
    async (request) => {
      const session = await resolve(request.params.token, request.ip);
      const existing = await repositories.responses.findByInvitation(session.invitation.id);
      // A retried submit gets the receipt it already has, even after collection has closed.
      if (existing?.status === 'submitted' && existing.reference && existing.submittedAt) {
        return { reference: existing.reference, submittedAt: existing.submittedAt };
      }
      requireOpen(session);
      // A fixed field is stored as the invitation says (never a 422: the respondent could not have changed it).
      const check = validateSubmission(
        session.compiled,
        withFixedAnswers(request.body.answers, sessionPrefill(session)),
      );
      if (!check.ok) throw errors.answersInvalid(check.problems);
      const { codebook } = await loadSurveyData(repositories, session.survey.slug);
      const result = await repositories.responses.submit({
        invitationId: session.invitation.id,
        surveyVersionId: session.version.id,
        answers: check.answers,
        // Answers never change once submitted, so their cells of the wide CSV are written now, once.
        exportCells: storedAnswerCells(codebook, check.answers),
        locale: request.body.locale ?? null,
        reference: newReceiptReference(session.invitation.countryCode),
      });
      return { reference: result.reference, submittedAt: result.submittedAt };
    },
  );

  app.get('/r/:token', { schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    // The page boots either way and asks the API; the status tells crawlers and tests the link is dead.
    const status = await resolve(request.params.token, request.ip).then(
      () => 200,
      () => 404,
    );
    return app.clientPages.send(reply, 'respond', status);
  });
};

/** A locale asked for in the query must be one the questionnaire carries; the refusal lists those it does. */
function requireQuestionnaireLocale(session: RespondentSession, locale: string): string {
  const { locales } = session.compiled;
  if (locales.includes(locale)) return locale;
  const message = `locale: "${locale}" is not a language of this questionnaire; it is available in ${locales.join(', ')}.`;
  throw errors.validationFailed(message, [{ field: 'locale', message }]);
}

/** The JSON path of an answer problem, e.g. answers.accounts[0].account_url. */
function answerField(problem: AnswerProblem): string {
  return problem.panel === undefined
    ? `answers.${problem.question}`
    : `answers.${problem.panel}[${problem.entry}].${problem.question}`;
}

function describeProblems(problems: Array<{ field: string; message: string }>): string {
  const first = problems.slice(0, 3).map((problem) => `${problem.field}: ${problem.message}`);
  return `${first.join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`;
}

export default respondRoutes;
