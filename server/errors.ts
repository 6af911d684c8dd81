/**
 * The one catalogue of domain errors. Each has a stable code, an HTTP status and a message a person can act on;
 * the error handler turns them into `{ error, message, details }` JSON.
 */

export interface ErrorDetail {
  /** The field, question name or JSON path at fault. */
  field?: string;
  question?: string;
  /** For a field of a dynamic panel: the panel and the 0-based entry. */
  panel?: string;
  entry?: number;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const errors = {
  notFound: (what: string) => new DomainError('not_found', 404, `${what} was not found.`),
  invitationNotFound: () =>
    new DomainError(
      'invitation_not_found',
      404,
      'This invitation link is not valid. Check the link or contact the research team.',
    ),
  validationFailed: (message: string, details: ErrorDetail[]) =>
    new DomainError('validation_failed', 400, message, details),
  answersInvalid: (details: ErrorDetail[]) =>
    new DomainError('answers_invalid', 422, 'Some answers are missing or not valid.', details),
  surveyClosed: () =>
    new DomainError('survey_closed', 409, 'This questionnaire is closed and no longer accepts answers.'),
  surveyNotOpen: (opensAt: string) =>
    new DomainError('survey_not_open', 409, `This questionnaire opens on ${opensAt}.`),
  alreadySubmitted: () =>
    new DomainError(
      'already_submitted',
      409,
      'These answers have already been submitted and can no longer be changed.',
    ),
  tooManyFailedLookups: () =>
    new DomainError(
      'too_many_requests',
      429,
      'Too many invalid links were tried from this address. Please wait a few minutes and try again.',
    ),
  /** Sign-in throttled for one e-mail from one address, or for every e-mail from one address (password spraying). */
  tooManySignIns: (scope: 'account_from_address' | 'address', retryAfterSeconds: number) =>
    new DomainError(
      'too_many_requests',
      429,
      scope === 'account_from_address'
        ? `Too many failed sign-ins for this e-mail from your address. Wait ${waitInWords(retryAfterSeconds)} and try again.`
        : `Too many failed sign-ins from your address. Wait ${waitInWords(retryAfterSeconds)} and try again.`,
    ),
  tooManyExports: (bound: 'perUser' | 'total') =>
    new DomainError(
      'too_many_exports',
      429,
      bound === 'perUser'
        ? 'You already have an export running. Wait until it has finished, then start the next one.'
        : 'The server is already running as many exports as it can while respondents are answering. Try again in a few seconds.',
    ),
  conflict: (message: string) => new DomainError('conflict', 409, message),
  invitationRevoked: () =>
    new DomainError(
      'invitation_revoked',
      409,
      'This invitation was revoked, so no new link can be issued for it. Create a new invitation instead.',
    ),
  invalidDefinition: (details: ErrorDetail[]) =>
    new DomainError('invalid_definition', 422, 'The questionnaire definition has errors.', details),
  /** A stored version that cannot be built (above the size limits, or survey-core throws): the server's fault. */
  versionUncompilable: (reason: string) =>
    new DomainError(
      'version_uncompilable',
      500,
      `This version of the questionnaire cannot be used: ${reason} Upload a corrected version.`,
    ),
  unknownCountry: (field: string, value: string) =>
    new DomainError('unknown_country', 400, `${field} "${value}" is not an ASEAN member state code.`, [
      { field, message: 'must be the ISO 3166-1 alpha-2 code of an ASEAN member state' },
    ]),
  unauthenticated: () => new DomainError('unauthenticated', 401, 'Please sign in.'),
  forbidden: () => new DomainError('forbidden', 403, 'You do not have access to this.'),
  forbiddenWithReason: (message: string) => new DomainError('forbidden', 403, message),
} as const;

/** '1 second', '40 seconds', '5 minutes': how long to wait, rounded up, in the words a person reads. */
function waitInWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
