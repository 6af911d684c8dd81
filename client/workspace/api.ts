/**
 * The workspace's one way to talk to the server: JSON in and out, the session cookie sent by the browser, and the
 * CSRF token (kept in memory only, from sign-in or the session check) on every request that changes something.
 * Failures become an ApiError carrying the server's `{ error, message, details }`.
 */

export interface ProblemDetail {
  field?: string;
  question?: string;
  panel?: string;
  entry?: number;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ProblemDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken = '';
let signedOutHandler: (() => void) | undefined;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when the server says the session has ended (expired, or signed out in another tab). */
export function onSignedOut(handler: () => void): void {
  signedOutHandler = handler;
}

/** A path with its query string; empty and undefined values are left out. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const sessionPaths = new Set(['/api/auth/login', '/api/auth/session']);

export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached. Check the connection and try again.');
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const problem = (json ?? {}) as { error?: string; message?: string; details?: ProblemDetail[] };
    if (response.status === 401 && !sessionPaths.has(path)) signedOutHandler?.();
    throw new ApiError(
      response.status,
      problem.error ?? 'http_error',
      problem.message ?? `The server answered with status ${response.status}.`,
      problem.details ?? [],
    );
  }
  return json as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
};
