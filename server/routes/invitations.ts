/**
 * Invitations in the workspace: the tracking table, creating one or many (CSV, same rules as the CLI), revoking and
 * reissuing, and progress by country. Coordinators see and invite only in their own member states; contact names
 * and e-mails are shown to admins and researchers only.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { can, canSeeCountry, countryScope } from '../auth/permissions.ts';
import type { Survey } from '../db/repositories/survey-repository.ts';
import { errors } from '../errors.ts';
import { createInvitations, type InvitationRequest } from '../invitations/create-invitation.ts';
import { invitationLinksCsv, parseInvitationCsv } from '../invitations/invitation-csv.ts';
import { duplicateInWords, importInvitations, importSummary } from '../invitations/invitation-import.ts';
import { generateInvitationToken, hashInvitationToken, invitationLink } from '../invitations/tokens.ts';
import { isMemberStateCode } from '../reference/member-states.ts';
import { errorResponses } from '../schemas/common.ts';
import { SlugParams } from '../schemas/surveys.ts';
import {
  CountryProgressSchema,
  CreatedLink,
  CreatedLinks,
  InvitationIdParams,
  InvitationImportBody,
  InvitationQuery,
  NewInvitationBody,
  ProgressQuery,
  TrackingRowSchema,
  trackingPageSizes,
} from '../schemas/workspace.ts';
import { progressByCountry, type TrackingRow, trackingRows } from '../workspace/tracking.ts';
import { actorOf } from './route-helpers.ts';

const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repositories } = app;
  const publicUrl = app.appOptions.publicUrl;

  function staffUser(request: FastifyRequest) {
    const user = request.staffSession?.user;
    if (!user) throw errors.unauthenticated();
    return user;
  }

  async function requireSurvey(slug: string): Promise<Survey> {
    const survey = await repositories.surveys.findBySlug(slug);
    if (!survey) throw errors.notFound(`Survey "${slug}"`);
    return survey;
  }

  /** A survey's versions, compiled (for progress percentages), by version id. */
  async function compiledVersionsOf(survey: Survey) {
    const versions = await repositories.surveys.listVersions(survey.id);
    return new Map(
      versions.map((version) => [
        version.id,
        { versionNumber: version.versionNumber, compiled: repositories.compiledVersions.fromText(version) },
      ]),
    );
  }

  /** The filter every tracking list starts from: the survey's versions within the user's member states. */
  function scopeFilter(request: FastifyRequest, versionIds: number[], country?: string) {
    const scope = countryScope(staffUser(request));
    const countryCodes = scope === 'all' ? undefined : scope;
    if (country)
      return {
        surveyVersionIds: versionIds,
        countryCodes: (countryCodes ?? [country]).filter((code) => code === country),
      };
    return { surveyVersionIds: versionIds, ...(countryCodes ? { countryCodes } : {}) };
  }

  function withoutHiddenContacts(request: FastifyRequest, rows: TrackingRow[]): TrackingRow[] {
    if (can(staffUser(request), 'contacts:read')) return rows;
    return rows.map((row) => ({ ...row, contactName: null, contactEmail: null }));
  }

  /** Tracking rows of a survey within the user's member states; demo invitations only when asked for. */
  async function rowsFor(
    request: FastifyRequest,
    survey: Survey,
    includeSynthetic = false,
  ): Promise<TrackingRow[]> {
    const compiled = await compiledVersionsOf(survey);
    const entries = await repositories.invitations.listWithResponses({
      ...scopeFilter(request, [...compiled.keys()]),
      includeSynthetic,
    });
    return withoutHiddenContacts(request, trackingRows(entries, compiled));
  }

  function requireCountries(request: FastifyRequest, countryCodes: string[]): void {
    const user = staffUser(request);
    const outside = countryCodes.filter((code) => !canSeeCountry(user, code));
    if (outside.length > 0) {
      throw errors.forbiddenWithReason(
        `You can invite only in your own member states (not ${[...new Set(outside)].join(', ')}).`,
      );
    }
  }

  app.get(
    '/api/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary:
          'Tracking table, one page at a time: invitations of a survey with their state and progress, searched and filtered (demo invitations only with synthetic=true), with the total the filters match',
        querystring: InvitationQuery,
        response: {
          200: Type.Object({
            invitations: Type.Array(TrackingRowSchema),
            total: Type.Integer({ description: 'Invitations matching the filters, on every page' }),
            offset: Type.Integer(),
            limit: Type.Integer(),
          }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
      onRequest: app.requireStaff('invitations:read'),
    },
    async (request) => {
      const { survey, country, state, organisationType, search, synthetic } = request.query;
      const offset = request.query.offset ?? 0;
      const limit = request.query.limit ?? trackingPageSizes.default;
      if (country && !isMemberStateCode(country)) throw errors.unknownCountry('country', country);
      const compiled = await compiledVersionsOf(await requireSurvey(survey));
      const page = await repositories.invitations.trackingPage({
        ...scopeFilter(request, [...compiled.keys()], country),
        includeSynthetic: synthetic === true,
        ...(state ? { state } : {}),
        ...(organisationType ? { organisationType } : {}),
        ...(search ? { search } : {}),
        searchContacts: can(staffUser(request), 'contacts:read'),
        offset,
        limit,
      });
      return {
        invitations: withoutHiddenContacts(request, trackingRows(page.entries, compiled)),
        total: page.total,
        offset,
        limit,
      };
    },
  );

  app.get(
    '/api/surveys/:slug/progress',
    {
      schema: {
        tags: ['invitations'],
        summary:
          'Invited, started, submitted and response rate per member state (real invitations only unless synthetic=true)',
        params: SlugParams,
        querystring: ProgressQuery,
        response: {
          200: Type.Object({ countries: Type.Array(CountryProgressSchema) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
      onRequest: app.requireStaff('results:read'),
    },
    async (request) => {
      const survey = await requireSurvey(request.params.slug);
      const rows = await rowsFor(request, survey, request.query.synthetic === true);
      return { countries: progressByCountry(rows, countryScope(staffUser(request))) };
    },
  );

  app.post(
    '/api/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Create one invitation; the link is returned once',
        body: NewInvitationBody,
        response: { 201: CreatedLink, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.requireStaff('invitations:write'),
    },
    async (request, reply) => {
      const body = request.body;
      const invitationRequest: InvitationRequest = {
        surveySlug: body.survey,
        countryCode: body.country.toUpperCase(),
        organisationName: body.organisation,
        organisationType: body.organisationType,
        ...(body.contactName ? { contactName: body.contactName } : {}),
        ...(body.contactEmail ? { contactEmail: body.contactEmail } : {}),
        ...(body.locale ? { preferredLocale: body.locale } : {}),
      };
      requireCountries(request, [invitationRequest.countryCode]);
      const [created] = await createInvitations(repositories, [invitationRequest], {
        ...actorOf(request),
        publicUrl,
      });
      return reply
        .status(201)
        .send({ invitationId: created?.invitationId as number, link: created?.link as string });
    },
  );

  app.post(
    '/api/invitations/import',
    {
      schema: {
        tags: ['invitations'],
        summary:
          'Create invitations from CSV (all or none; bad rows reported by line). Rows repeating an invitation already made or an earlier line (same survey, member state, organisation and e-mail) are skipped unless duplicates=create',
        body: InvitationImportBody,
        response: { 201: CreatedLinks, ...errorResponses(400, 401, 403, 413) },
      },
      onRequest: app.requireStaff('invitations:write'),
    },
    async (request, reply) => {
      const parsed = parseInvitationCsv(request.body.csv, request.body.survey);
      if (!parsed.ok)
        throw errors.validationFailed('No invitations were created: the file has errors.', parsed.problems);
      requireCountries(
        request,
        parsed.requests.map((row) => row.countryCode),
      );
      const result = await importInvitations(repositories, parsed.requests, {
        ...actorOf(request),
        publicUrl,
        duplicates: request.body.duplicates ?? 'skip',
      });
      return reply.status(201).send({
        created: result.created.length,
        links: result.created.map(({ line, invitation }) => ({
          invitationId: invitation.invitationId,
          link: invitation.link,
          line,
        })),
        linksCsv: invitationLinksCsv(
          result.created.map((row) => row.request),
          result.created.map((row) => row.invitation),
        ),
        duplicates: result.duplicates.map((duplicate) => ({
          line: duplicate.line,
          countryCode: duplicate.request.countryCode,
          organisationName: duplicate.request.organisationName,
          contactEmail: duplicate.request.contactEmail ?? null,
          existingInvitation:
            duplicate.duplicateOf.kind === 'existing'
              ? {
                  invitationId: duplicate.duplicateOf.invitation.invitationId,
                  organisationName: duplicate.duplicateOf.invitation.organisationName,
                  createdAt: duplicate.duplicateOf.invitation.createdAt,
                }
              : null,
          sameAsLine: duplicate.duplicateOf.kind === 'earlier_line' ? duplicate.duplicateOf.line : null,
          skipped: duplicate.skipped,
          message: duplicateInWords(duplicate),
        })),
        skipped: result.duplicates.filter((duplicate) => duplicate.skipped).length,
        message: importSummary(result),
      });
    },
  );

  async function requireInvitationInScope(request: FastifyRequest, id: number) {
    const invitation = await repositories.invitations.findById(id);
    if (!invitation || !canSeeCountry(staffUser(request), invitation.countryCode))
      throw errors.notFound(`Invitation ${id}`);
    return invitation;
  }

  app.post(
    '/api/invitations/:id/revoke',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Revoke an invitation: its link stops working at once',
        params: InvitationIdParams,
        response: {
          200: Type.Object({ invitationId: Type.Integer(), status: Type.String() }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
      onRequest: app.requireStaff('invitations:write'),
    },
    async (request) => {
      await requireInvitationInScope(request, request.params.id);
      const revoked = await repositories.invitations.revoke(request.params.id, actorOf(request));
      return { invitationId: request.params.id, status: revoked?.status ?? 'revoked' };
    },
  );

  app.post(
    '/api/invitations/:id/reissue',
    {
      schema: {
        tags: ['invitations'],
        summary:
          'Issue a new link for an invitation (the old link stops working; saved answers are kept). A revoked invitation is refused with 409.',
        params: InvitationIdParams,
        response: { 200: CreatedLink, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.requireStaff('invitations:write'),
    },
    async (request) => {
      await requireInvitationInScope(request, request.params.id);
      const token = generateInvitationToken();
      const reissued = await repositories.invitations.replaceToken(
        request.params.id,
        hashInvitationToken(token),
        actorOf(request),
      );
      if (reissued?.status === 'revoked') throw errors.invitationRevoked();
      return { invitationId: request.params.id, link: invitationLink(publicUrl, token) };
    },
  );
};

export default invitationRoutes;
