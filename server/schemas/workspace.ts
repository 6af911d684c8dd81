import Type from 'typebox';
import { organisationTypes } from '../reference/organisation-types.ts';
import { slugPattern } from '../registry/survey-registry.ts';
import { CountryCode } from './auth.ts';

export const UploadBody = Type.Object(
  {
    format: Type.Union([Type.Literal('json'), Type.Literal('csv')], {
      description: 'SurveyJS JSON or the questionnaire spreadsheet (CSV)',
    }),
    content: Type.String({ minLength: 1, maxLength: 2_000_000 }),
  },
  { additionalProperties: false },
);

export const DownloadQuery = Type.Object(
  { format: Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' }) },
  { additionalProperties: false },
);

const NullableDate = Type.Union([Type.String({ maxLength: 40 }), Type.Null()]);

export const SurveySettingsBody = Type.Object(
  {
    opensAt: Type.Optional(NullableDate),
    closesAt: Type.Optional(NullableDate),
    minimumCellSize: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 50,
        description: 'k: aggregate cells resting on fewer responses are withheld',
      }),
    ),
    contactName: Type.Optional(
      Type.Union([Type.String({ maxLength: 200 }), Type.Null()], {
        description: "The study contact's name; null or empty removes it",
      }),
    ),
    contactEmail: Type.Optional(
      Type.Union([Type.String({ maxLength: 254 }), Type.Null()], {
        description: "The study contact's e-mail; null or empty removes it",
      }),
    ),
  },
  { additionalProperties: false },
);

export const VersionAction = Type.Union([
  Type.Literal('publish'),
  Type.Literal('close'),
  Type.Literal('reopen'),
]);

export const VersionActionParams = Type.Object({
  slug: Type.String({ pattern: slugPattern }),
  version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  action: VersionAction,
});

export const OrganisationType = Type.Enum(organisationTypes);

const InvitationState = Type.Union([
  Type.Literal('not_opened'),
  Type.Literal('opened'),
  Type.Literal('in_progress'),
  Type.Literal('submitted'),
  Type.Literal('revoked'),
]);

/**
 * The results filters' `synthetic` flag, with the same meaning (true: demo data included), for tracking and
 * progress, where it is off unless asked for: they count whom the study is waiting for.
 */
const demoDataProperty = {
  synthetic: Type.Optional(
    Type.Boolean({ description: 'Include synthetic demo invitations and responses (default false)' }),
  ),
};

export const trackingPageSizes = { default: 50, max: 500 } as const;

export const InvitationQuery = Type.Object(
  {
    survey: Type.String({ pattern: slugPattern }),
    country: Type.Optional(CountryCode),
    state: Type.Optional(InvitationState),
    organisationType: Type.Optional(Type.Enum(organisationTypes)),
    search: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          "Part of the organisation's name, the receipt reference, or the contact's name or e-mail (contacts for admins and researchers only)",
      }),
    ),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: trackingPageSizes.max, default: trackingPageSizes.default }),
    ),
    ...demoDataProperty,
  },
  { additionalProperties: false },
);

export const ProgressQuery = Type.Object(demoDataProperty, { additionalProperties: false });

/** Demo data of one survey: what `cli demo` made, counted before removal and removed. */
export const DemoDataCounts = Type.Object({
  invitations: Type.Integer({ minimum: 0, description: 'Synthetic invitations' }),
  responses: Type.Integer({ minimum: 0, description: 'Synthetic responses' }),
});

export const TrackingRowSchema = Type.Object({
  invitationId: Type.Integer(),
  countryCode: Type.String(),
  organisationName: Type.String(),
  organisationType: Type.String(),
  contactName: Type.Union([Type.String(), Type.Null()], { description: 'Only for admins and researchers' }),
  contactEmail: Type.Union([Type.String(), Type.Null()], { description: 'Only for admins and researchers' }),
  preferredLocale: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  state: InvitationState,
  progressPercent: Type.Integer({ minimum: 0, maximum: 100 }),
  createdAt: Type.String(),
  lastActivityAt: Type.Union([Type.String(), Type.Null()]),
  submittedAt: Type.Union([Type.String(), Type.Null()]),
  synthetic: Type.Boolean({ description: 'Demo data made by cli demo, not a real invitation' }),
});

export const NewInvitationBody = Type.Object(
  {
    survey: Type.String({ pattern: slugPattern }),
    country: Type.String({ maxLength: 10 }),
    organisation: Type.String({ minLength: 1, maxLength: 200 }),
    organisationType: OrganisationType,
    contactName: Type.Optional(Type.String({ maxLength: 200 })),
    contactEmail: Type.Optional(Type.String({ maxLength: 254 })),
    locale: Type.Optional(Type.String({ maxLength: 35 })),
  },
  { additionalProperties: false },
);

export const InvitationImportBody = Type.Object(
  {
    survey: Type.Optional(Type.String({ pattern: slugPattern })),
    csv: Type.String({ minLength: 1, maxLength: 2_000_000 }),
    duplicates: Type.Optional(
      Type.Union([Type.Literal('skip'), Type.Literal('create')], {
        default: 'skip',
        description:
          'Rows inviting the same organisation (case and spacing aside), member state and e-mail to the same survey again: skip them (default) or create them anyway',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CreatedLink = Type.Object({ invitationId: Type.Integer(), link: Type.String() });

export const ImportDuplicateSchema = Type.Object({
  line: Type.Integer({ description: "The row's line in the file (the header is line 1)" }),
  countryCode: Type.String(),
  organisationName: Type.String(),
  contactEmail: Type.Union([Type.String(), Type.Null()]),
  existingInvitation: Type.Union(
    [
      Type.Object({
        invitationId: Type.Integer(),
        organisationName: Type.String(),
        createdAt: Type.String(),
      }),
      Type.Null(),
    ],
    {
      description: 'The invitation already made that this row repeats; null when it repeats an earlier line',
    },
  ),
  sameAsLine: Type.Union([Type.Integer(), Type.Null()], {
    description: 'The earlier line of the same file that this row repeats',
  }),
  skipped: Type.Boolean({ description: 'False when duplicates=create created it anyway' }),
  message: Type.String(),
});

export const CreatedLinks = Type.Object({
  created: Type.Integer(),
  links: Type.Array(Type.Object({ invitationId: Type.Integer(), link: Type.String(), line: Type.Integer() })),
  linksCsv: Type.String({ description: 'The links as CSV for a mail merge (shown once)' }),
  duplicates: Type.Array(ImportDuplicateSchema),
  skipped: Type.Integer({ description: 'Duplicate rows left out' }),
  message: Type.String({ description: 'What was created and what was skipped, in one sentence' }),
});

export const InvitationIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const CountryProgressSchema = Type.Object({
  countryCode: Type.String(),
  countryName: Type.String(),
  invited: Type.Integer(),
  started: Type.Integer(),
  submitted: Type.Integer(),
  responseRate: Type.Union([Type.Number(), Type.Null()]),
});
