import Type from 'typebox';
import { organisationTypes } from '../reference/organisation-types.ts';
import { slugPattern } from '../registry/survey-registry.ts';

/** Filters, as URL query parameters so that a dashboard view can be shared as a link. */
const filterProperties = {
  versions: Type.Optional(
    Type.String({
      pattern: '^\\d{1,6}(,\\d{1,6})*$',
      description: 'Comma-separated version numbers, e.g. 1,2',
    }),
  ),
  countries: Type.Optional(
    Type.String({ pattern: '^[A-Z]{2}(,[A-Z]{2})*$', description: 'Comma-separated ISO codes, e.g. TH,VN' }),
  ),
  types: Type.Optional(
    Type.String({
      pattern: `^(${organisationTypes.join('|')})(,(${organisationTypes.join('|')}))*$`,
      description: 'Organisation types, comma-separated',
    }),
  ),
  from: Type.Optional(Type.String({ format: 'date', description: 'Submitted on or after (YYYY-MM-DD)' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Submitted on or before (YYYY-MM-DD)' })),
  synthetic: Type.Optional(Type.Boolean({ description: 'Include synthetic demo responses (default true)' })),
};

export const ResultsQuerySchema = Type.Object(filterProperties, { additionalProperties: false });

/** The one request flag for personal data, on every route that can return it. */
const personalDataProperty = {
  contacts: Type.Optional(
    Type.Boolean({
      description:
        "Include personal data (admins and researchers only): the answers to questions marked personalData and, in the wide export and responses, the invitee's contact name and e-mail",
    }),
  ),
};

/** Filters plus the personal data flag: the text drill-down. */
export const PersonalResultsQuery = Type.Object(
  { ...filterProperties, ...personalDataProperty },
  { additionalProperties: false },
);

export const ExportParams = Type.Object({
  slug: Type.String({ pattern: slugPattern }),
  format: Type.Union([
    Type.Literal('wide'),
    Type.Literal('long'),
    Type.Literal('codebook'),
    Type.Literal('countries'),
  ]),
});

export const ExportQuerySchema = Type.Object(
  {
    ...filterProperties,
    labels: Type.Optional(Type.Boolean({ description: 'Labels instead of codes' })),
    locale: Type.Optional(
      Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: 'Language of labels' }),
    ),
    bom: Type.Optional(Type.Boolean({ description: 'Start with a UTF-8 byte-order mark (for Excel)' })),
    ...personalDataProperty,
  },
  { additionalProperties: false },
);

export const TextParams = Type.Object({
  slug: Type.String({ pattern: slugPattern }),
  question: Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,120}$' }),
});

export const PageQuery = Type.Object(
  {
    ...filterProperties,
    ...personalDataProperty,
    offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 5000, default: 1000 }),
  },
  { additionalProperties: false },
);
