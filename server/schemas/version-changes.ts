/** What changed between two versions of a questionnaire, and per locale its missing and stale translations. */
import Type from 'typebox';

const ChoiceRef = Type.Object({ question: Type.String(), value: Type.String() });

const TextRef = Type.Object({
  key: Type.String({ description: 'Where the text sits, named by page, panel, question and choice' }),
  question: Type.Optional(Type.String()),
  source: Type.String({ description: 'The English text of the newer version' }),
});

const ItemChanges = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ added: Type.Array(item), removed: Type.Array(item), reworded: Type.Array(item) });

export const VersionChangesQuery = Type.Object({
  against: Type.Optional(
    Type.Integer({ minimum: 1, description: 'The older version to compare with; by default the one before' }),
  ),
});

export const VersionChanges = Type.Object({
  slug: Type.String(),
  version: Type.Integer(),
  against: Type.Union([Type.Integer(), Type.Null()], {
    description: 'The version compared with; null for a first version',
  }),
  questions: ItemChanges(Type.String()),
  choices: ItemChanges(ChoiceRef),
  translations: Type.Array(
    Type.Object({
      locale: Type.String(),
      status: Type.Optional(Type.String({ description: "From the questionnaire's translationStatus" })),
      missing: Type.Array(TextRef),
      stale: Type.Array(TextRef, {
        description: 'English reworded, translation unchanged since the older version',
      }),
    }),
  ),
});
