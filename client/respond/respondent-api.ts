/**
 * The respondent API (`/api/r/<token>`), as typed calls that never throw: every outcome is a value, so callers
 * must decide what a network failure or an error answer means for the respondent.
 */

import type { Static } from 'typebox';
import type { StudyContact } from '../../server/schemas/surveys.ts';

import type { PrefilledAnswer } from './invitation-prefill.ts';

export interface Receipt {
  reference: string;
  submittedAt: string;
}

export interface RespondentState {
  survey: {
    slug: string;
    version: number;
    title: string;
    definition: object;
    locales: string[];
    translationStatus: Record<string, string>;
    /** The language whose texts `definition` holds, besides the source text. */
    definitionLocale: string;
    /** Whom respondents contact about the study, as the research team set it; null when none is given. */
    contact: Static<typeof StudyContact>;
  };
  organisation: {
    name: string;
    type: string;
    countryCode: string;
    countryName: string;
    /** The country's name per locale, `en` for English. */
    countryNames: Record<string, string>;
  };
  /** Answers filled in from the invitation; `answers` already holds them. */
  prefill: PrefilledAnswer[];
  answers: Record<string, unknown>;
  page: number;
  status: 'new' | 'in_progress' | 'submitted';
  locale: string | null;
  collection: 'open' | 'closed' | 'not_yet_open';
  opensAt: string | null;
  closesAt: string | null;
  receipt: Receipt | null;
  /** When the server last stored answers, if it says. */
  savedAt?: string | null;
}

export interface ProblemDetail {
  question?: string;
  field?: string;
  /** For a field of a repeating panel: the panel question's name and the entry's index. */
  panel?: string;
  entry?: number;
  message: string;
}

export interface Problem {
  error: string;
  message?: string;
  details?: ProblemDetail[];
}

export type ApiResult<T> =
  | { kind: 'ok'; status: number; body: T }
  | { kind: 'problem'; status: number; problem: Problem }
  | { kind: 'network' };

export interface AnswersBody {
  answers: Record<string, unknown>;
  page: number;
  locale?: string;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).error === 'string';
}

async function requestJson<T>(
  method: 'GET' | 'PUT' | 'POST',
  url: string,
  body?: unknown,
  keepalive = false,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin',
      keepalive,
    });
  } catch {
    return { kind: 'network' };
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (response.ok) return { kind: 'ok', status: response.status, body: parsed as T };
  return {
    kind: 'problem',
    status: response.status,
    problem: isProblem(parsed) ? parsed : { error: `http_${response.status}` },
  };
}

export function createRespondentApi(invitationToken: string) {
  const base = `/api/r/${encodeURIComponent(invitationToken)}`;
  return {
    /** Without a locale, the server opens in the saved, the invitation's or the browser's language. */
    load: (locale?: string) =>
      requestJson<RespondentState>(
        'GET',
        locale === undefined ? base : `${base}?locale=${encodeURIComponent(locale)}`,
      ),
    /** `keepalive` lets a save started as the page is closed outlive the page. */
    saveAnswers: (body: AnswersBody, keepalive = false) =>
      requestJson<{ status: string; savedAt: string }>('PUT', `${base}/answers`, body, keepalive),
    submit: (body: { answers: Record<string, unknown>; locale?: string }) =>
      requestJson<Receipt>('POST', `${base}/submit`, body),
  };
}

export type RespondentApi = ReturnType<typeof createRespondentApi>;
