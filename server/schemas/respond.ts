import Type from 'typebox';
import { invitationFieldNames } from '../questionnaire/survey-extensions.ts';
import { StudyContact } from './surveys.ts';

export const TokenParams = Type.Object({
  token: Type.String({ maxLength: 200, description: 'The invitation token from the link /r/<token>' }),
});

const Answers = Type.Record(Type.String({ maxLength: 200 }), Type.Unknown(), {
  description: 'SurveyJS data object keyed by question name; null clears an answer',
});
const Locale = Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', maxLength: 35 });

export const RespondentQuery = Type.Object({
  locale: Type.Optional(
    Type.String({
      maxLength: 35,
      description:
        "The language to answer in, one of the questionnaire's locales: the definition holds only its texts and the source. Without it, the saved language, the invitation's or the browser's.",
    }),
  ),
});

export const SaveAnswersBody = Type.Object(
  {
    answers: Answers,
    page: Type.Integer({ minimum: 0, maximum: 1000, description: '0-based index of the current page' }),
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false },
);

export const SubmitBody = Type.Object(
  { answers: Answers, locale: Type.Optional(Locale) },
  { additionalProperties: false },
);

export const Receipt = Type.Object({ reference: Type.String(), submittedAt: Type.String() });

export const SaveResult = Type.Object({ status: Type.Literal('in_progress'), savedAt: Type.String() });

/** An answer taken from the invitation: a fixed one is shown read-only and always stored as this value. */
const PrefilledAnswer = Type.Object({
  question: Type.String(),
  field: Type.Enum(invitationFieldNames),
  value: Type.String(),
  fixed: Type.Boolean(),
});

export const RespondentView = Type.Object({
  survey: Type.Object({
    slug: Type.String(),
    version: Type.Integer(),
    title: Type.String(),
    definition: Type.Record(Type.String(), Type.Unknown()),
    locales: Type.Array(Type.String()),
    translationStatus: Type.Record(Type.String(), Type.String()),
    definitionLocale: Type.String({
      description: 'The locale whose texts the definition holds (besides the source text, `default`)',
    }),
    contact: StudyContact,
  }),
  organisation: Type.Object({
    name: Type.String(),
    type: Type.String(),
    countryCode: Type.String(),
    countryName: Type.String(),
    countryNames: Type.Record(Type.String(), Type.String(), {
      description:
        "The country's name per locale (en for English), as the questionnaire's country question names it",
    }),
  }),
  prefill: Type.Array(PrefilledAnswer, {
    description:
      'Answers filled in from the invitation (questions marked invitationField); `answers` already holds them',
  }),
  answers: Type.Record(Type.String(), Type.Unknown()),
  page: Type.Integer(),
  status: Type.Union([Type.Literal('new'), Type.Literal('in_progress'), Type.Literal('submitted')]),
  locale: Type.Union([Type.String(), Type.Null()]),
  collection: Type.Union([Type.Literal('open'), Type.Literal('closed'), Type.Literal('not_yet_open')]),
  opensAt: Type.Union([Type.String(), Type.Null()]),
  closesAt: Type.Union([Type.String(), Type.Null()]),
  receipt: Type.Union([Receipt, Type.Null()]),
});
