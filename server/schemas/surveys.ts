import Type from 'typebox';
import { slugPattern } from '../registry/survey-registry.ts';

export const SlugParams = Type.Object({
  slug: Type.String({ pattern: slugPattern, description: 'Survey slug, from the file name' }),
});

export const VersionParams = Type.Object({
  slug: Type.String({ pattern: slugPattern }),
  version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
});

export const LocaleTranslation = Type.Object({
  locale: Type.String(),
  translated: Type.Integer({ description: 'Translatable texts with a text in this locale' }),
  total: Type.Integer({ description: 'Translatable texts of the questionnaire' }),
  status: Type.Optional(
    Type.String({ description: "From the questionnaire's translationStatus, e.g. draft (not yet reviewed)" }),
  ),
});

export const VersionSummary = Type.Object({
  version: Type.Integer(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('closed')]),
  contentHash: Type.String(),
  createdAt: Type.String(),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
  closedAt: Type.Union([Type.String(), Type.Null()]),
  translations: Type.Array(LocaleTranslation, {
    description: 'Per locale (English first), how much is translated and whether it is a draft',
  }),
});

/** Whom respondents and coordinators write to about the study; null until a researcher sets it. */
export const StudyContact = Type.Union([
  Type.Object({
    name: Type.Union([Type.String(), Type.Null()]),
    email: Type.Union([Type.String(), Type.Null()]),
  }),
  Type.Null(),
]);

export const SurveySummary = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  currentVersion: Type.Union([Type.Integer(), Type.Null()], { description: 'Newest published version' }),
  opensAt: Type.Union([Type.String(), Type.Null()], {
    description: 'Collection opens (ISO 8601); null: no bound',
  }),
  closesAt: Type.Union([Type.String(), Type.Null()], {
    description: 'Collection closes (ISO 8601); null: no bound',
  }),
  minimumCellSize: Type.Integer({
    description: 'k: aggregate cells resting on fewer responses are withheld',
  }),
  contact: StudyContact,
  versions: Type.Array(VersionSummary),
});

export const SurveyDefinition = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  version: Type.Integer(),
  status: Type.String(),
  contentHash: Type.String(),
  definition: Type.Record(Type.String(), Type.Unknown(), { description: 'SurveyJS JSON' }),
});
