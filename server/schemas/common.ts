/** Schemas shared by many routes. */
import Type from 'typebox';

export const ErrorResponse = Type.Object(
  {
    error: Type.String({ description: 'Stable machine-readable code' }),
    message: Type.String({ description: 'What went wrong, for a person' }),
    details: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.Optional(Type.String()),
          question: Type.Optional(Type.String()),
          panel: Type.Optional(Type.String({ description: 'Dynamic panel holding the question' })),
          entry: Type.Optional(Type.Integer({ description: '0-based entry of that panel' })),
          message: Type.String(),
        }),
      ),
    ),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);

/** Error responses every route may give, for the OpenAPI document. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, ErrorResponse]));
}
