/**
 * Hostile input corpus: a table of bad requests against every public and staff endpoint. Each must be refused with a
 * 4xx `{ error, message }` JSON error that a person can read (no stack trace, no server path, never a 5xx), the
 * server must stay healthy, and the database must be exactly as it was before the request: a refused request
 * writes nothing, not even an audit event.
 *
 * No column is excluded from the comparison: no request here is an accepted GET of a valid invitation link (the one
 * request that legitimately writes `last_activity_at`), and failed sign-ins are counted in memory, not in SQLite.
 */
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { buildTestApp, fixturesDir } from '../helpers/build-test-app.ts';
import { inviteForTest } from '../helpers/invitations.ts';
import { expectCleanClientError, snapshotDatabase, snapshotDifferences } from '../helpers/security-checks.ts';
import { type SignedIn, signIn, testPassword } from '../helpers/staff.ts';

type Caller = 'anonymous' | 'admin';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

interface HostileCase {
  name: string;
  method: Method;
  /**
   * `{token}`, `{submittedToken}`, `{invitationId}`, `{userId}` and `{adminId}` are filled in at run time. A
   * known-defect case on `{token}` gets a link of its own, so that what it wrongly writes cannot change the state
   * the other cases meet.
   */
  url: string;
  caller: Caller;
  /** A JavaScript value sent as JSON, or the raw bytes of the body. */
  body?: unknown;
  raw?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  /** The exact status when one is required (413, 415…); otherwise any 4xx. */
  status?: number;
  /** A server defect reported and not yet fixed: the case is expected to fail until it is. */
  knownDefect?: string;
}

const cases: HostileCase[] = [];
const add = (entry: HostileCase) => cases.push(entry);

// ---------------------------------------------------------------------------------------------------------------
// Payloads
// ---------------------------------------------------------------------------------------------------------------

const sqlPayloads = [
  "' OR 1=1 --",
  '; DROP TABLE responses;',
  "1' UNION SELECT password_hash FROM staff_users --",
];
const htmlPayloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];
const traversalPayloads = ['../../etc/passwd', '..\\..\\windows\\win.ini', '%2e%2e%2f%2e%2e%2fetc%2fpasswd'];
/** 10,000 nested arrays, written as text: JSON.stringify itself would overflow the test's stack. */
const deepArray = `${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`;
const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
const validDefinition = '{"pages":[{"name":"p","elements":[{"type":"text","name":"q"}]}]}';
const overLimit = 'x'.repeat(600 * 1024);
const hugeString = 'x'.repeat(300 * 1024);
/** Bytes that are not UTF-8: a lone continuation byte, 0xFF and a truncated sequence. */
const invalidUtf8 = Buffer.from([0xff, 0xfe, 0x80, 0xc3]);

/** The JSON text of a body with one field's value replaced by raw JSON text. */
function withRawField(body: Record<string, unknown>, field: string, rawJson: string): string {
  const marker = '"__raw_marker__"';
  return JSON.stringify({ ...body, [field]: '__raw_marker__' }).replace(marker, rawJson);
}

/** The bytes of a body with invalid UTF-8 inside one string field. */
function withInvalidUtf8(body: Record<string, unknown>, field: string, nested?: string): Buffer {
  const marker = '__utf8_marker__';
  const value = nested ? { ...(body[field] as object), [nested]: marker } : marker;
  const [head, tail] = JSON.stringify({ ...body, [field]: value }).split(marker) as [string, string];
  return Buffer.concat([Buffer.from(head), invalidUtf8, Buffer.from(tail)]);
}

// ---------------------------------------------------------------------------------------------------------------
// Endpoints that take a JSON body: each gets the generic body attacks.
// ---------------------------------------------------------------------------------------------------------------

interface BodyEndpoint {
  label: string;
  method: Method;
  url: string;
  caller: Caller;
  /** A body the endpoint would accept; every case below breaks it in one way. */
  valid: Record<string, unknown>;
  /** The string field that hostile text goes into, and, for answers, the question inside it. */
  textField: string;
  nestedQuestion?: string;
  /** Fields whose removal must be refused. */
  required: string[];
  /** Field → a value of the wrong type. */
  wrongTypes: Record<string, unknown[]>;
  /** Cases the server still gets wrong, by payload kind. */
  defects?: Partial<Record<string, string>>;
}

const bodyEndpoints: BodyEndpoint[] = [
  {
    label: 'PUT /api/r/:token/answers',
    method: 'PUT',
    url: '/api/r/{token}/answers',
    caller: 'anonymous',
    valid: { answers: { agency_name: 'Ministry' }, page: 0 },
    textField: 'answers',
    nestedQuestion: 'agency_name',
    required: ['answers', 'page'],
    wrongTypes: { answers: ['text', [1, 2], 5], page: ['0', -1, 1.5, 1e9, null] },
  },
  {
    label: 'POST /api/r/:token/submit',
    method: 'POST',
    url: '/api/r/{token}/submit',
    caller: 'anonymous',
    valid: {
      answers: {
        agency_name: 'Ministry',
        uses_social_media: 'yes',
        platforms: ['facebook'],
        instruments: { law: 'exists', plan: 'none' },
      },
    },
    textField: 'answers',
    nestedQuestion: 'agency_name',
    required: ['answers'],
    wrongTypes: { answers: ['text', [1, 2], null], locale: [12, '<script>'] },
  },
  {
    label: 'POST /api/auth/login',
    method: 'POST',
    url: '/api/auth/login',
    caller: 'anonymous',
    // The real credentials: a case the server wrongly accepted would start a session, which the snapshot shows.
    valid: { email: '{adminEmail}', password: testPassword },
    textField: 'email',
    required: ['email', 'password'],
    wrongTypes: { email: [42, ['a@b.org']], password: [12345678, { value: 'x' }, ''] },
  },
  {
    label: 'POST /api/users',
    method: 'POST',
    url: '/api/users',
    caller: 'admin',
    valid: { email: 'new.analyst@tinjau.test', role: 'analyst', password: 'a long enough password' },
    textField: 'email',
    required: ['email', 'role', 'password'],
    wrongTypes: {
      email: [42],
      role: ['superadmin', 1],
      password: ['short', 123456789012345],
      countryCodes: ['TH', ['XX'], ['th', 'TH']],
    },
  },
  {
    label: 'PATCH /api/users/:id',
    method: 'PATCH',
    url: '/api/users/{userId}',
    caller: 'admin',
    valid: { disabled: false },
    textField: 'disabled',
    required: ['disabled'],
    wrongTypes: { disabled: ['yes', 1, null] },
  },
  {
    label: 'POST /api/surveys/:slug/versions',
    method: 'POST',
    url: '/api/surveys/pilot/versions',
    caller: 'admin',
    valid: { format: 'json', content: validDefinition },
    textField: 'content',
    required: ['format', 'content'],
    wrongTypes: { format: ['xml', 1], content: [{ pages: [] }, ''] },
  },
  {
    label: 'PATCH /api/surveys/:slug',
    method: 'PATCH',
    url: '/api/surveys/pilot',
    caller: 'admin',
    valid: { opensAt: null },
    textField: 'opensAt',
    required: [],
    wrongTypes: { opensAt: [1_700_000_000, true], closesAt: [['2026-01-01'], { at: 'now' }] },
  },
  {
    label: 'POST /api/invitations',
    method: 'POST',
    url: '/api/invitations',
    caller: 'admin',
    valid: {
      survey: 'pilot',
      country: 'TH',
      organisation: 'Ministry of Hostility',
      organisationType: 'ministry',
    },
    textField: 'organisation',
    required: ['survey', 'country', 'organisation', 'organisationType'],
    wrongTypes: { country: [66, 'XX'], organisation: [7, ''], organisationType: ['admin', null] },
  },
  {
    label: 'POST /api/invitations/import',
    method: 'POST',
    url: '/api/invitations/import',
    caller: 'admin',
    valid: { survey: 'pilot', csv: 'country,organisation\nTH,Ministry of Imports\n' },
    textField: 'csv',
    required: ['csv'],
    wrongTypes: { csv: [['TH', 'x'], 1, ''], survey: [1, 'NOT A SLUG'] },
  },
];

for (const endpoint of bodyEndpoints) {
  const base = { method: endpoint.method, url: endpoint.url, caller: endpoint.caller };
  const named = (kind: string) => `${endpoint.label}: ${kind}`;
  const defect = (kind: string) => {
    const id = endpoint.defects?.[kind];
    return id ? { knownDefect: id } : {};
  };
  const hostileText = (text: string) =>
    endpoint.nestedQuestion
      ? { ...endpoint.valid, [endpoint.textField]: { [endpoint.nestedQuestion]: text } }
      : { ...endpoint.valid, [endpoint.textField]: text };

  add({ ...base, name: named('invalid JSON (unclosed brace)'), raw: '{"a": 1', status: 400 });
  add({ ...base, name: named('invalid JSON (trailing comma)'), raw: '{"a": 1,}', status: 400 });
  add({ ...base, name: named('invalid JSON (single quotes)'), raw: "{'a': 1}", status: 400 });
  add({ ...base, name: named('JSON null'), raw: 'null', status: 400 });
  add({ ...base, name: named('JSON array instead of an object'), raw: '[]', status: 400 });
  add({ ...base, name: named('JSON string instead of an object'), raw: '"hello"', status: 400 });
  add({ ...base, name: named('empty body declared as JSON'), raw: '', status: 400 });
  add({
    ...base,
    name: named('wrong content-type text/plain'),
    raw: JSON.stringify(endpoint.valid),
    contentType: 'text/plain',
  });
  add({
    ...base,
    name: named('wrong content-type form-urlencoded'),
    raw: 'a=1&b=2',
    contentType: 'application/x-www-form-urlencoded',
    status: 415,
  });
  add({
    ...base,
    name: named('wrong content-type XML'),
    raw: '<a/>',
    contentType: 'application/xml',
    status: 415,
  });
  add({
    ...base,
    name: named('body over 512 KB'),
    raw: JSON.stringify({ ...endpoint.valid, padding: overLimit }),
    status: 413,
  });
  add({ ...base, name: named('extra field'), body: { ...endpoint.valid, isAdmin: true } });
  add({
    ...base,
    name: named('__proto__ key'),
    raw: `{"__proto__":{"isAdmin":true},${JSON.stringify(endpoint.valid).slice(1)}`,
  });
  add({
    ...base,
    name: named('invalid UTF-8 bytes in a string'),
    raw: withInvalidUtf8(endpoint.valid, endpoint.textField, endpoint.nestedQuestion),
    ...defect('invalidUtf8'),
  });
  add({
    ...base,
    name: named('Content-Encoding: gzip'),
    headers: { 'content-encoding': 'gzip' },
    raw: JSON.stringify(endpoint.valid),
    status: 415,
  });
  add({
    ...base,
    name: named('NUL byte in a string'),
    body: hostileText('Ministry\u0000of NUL'),
    ...defect('nulByte'),
  });
  add({
    ...base,
    name: named('10,000-deep nested arrays'),
    raw: endpoint.nestedQuestion
      ? withRawField(endpoint.valid, endpoint.textField, `{"${endpoint.nestedQuestion}":${deepArray}}`)
      : withRawField(endpoint.valid, endpoint.textField, deepArray),
  });
  add({
    ...base,
    name: named('10,000-deep nested objects'),
    raw: withRawField(endpoint.valid, 'deep', deepObject),
  });
  if (endpoint.textField !== 'content' && endpoint.textField !== 'csv') {
    add({ ...base, name: named('300 KB string'), body: hostileText(hugeString) });
  }
  for (const field of endpoint.required) {
    const { [field]: _removed, ...rest } = endpoint.valid;
    add({ ...base, name: named(`missing ${field}`), body: rest, status: 400 });
  }
  for (const [field, values] of Object.entries(endpoint.wrongTypes)) {
    for (const value of values) {
      add({
        ...base,
        name: named(`${field} = ${JSON.stringify(value)}`),
        body: { ...endpoint.valid, [field]: value },
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// SQL, script and traversal text in every field that only takes a code, a slug, an e-mail or a locale.
// ---------------------------------------------------------------------------------------------------------------

const constrainedFields: Array<{
  label: string;
  url: string;
  caller: Caller;
  valid: Record<string, unknown>;
  field: string;
}> = [
  {
    label: 'POST /api/auth/login',
    url: '/api/auth/login',
    caller: 'anonymous',
    valid: { email: 'x', password: 'x' },
    field: 'email',
  },
  {
    label: 'POST /api/users',
    url: '/api/users',
    caller: 'admin',
    valid: { email: 'a@tinjau.test', role: 'analyst', password: 'a long enough password' },
    field: 'role',
  },
  {
    label: 'POST /api/surveys/:slug/versions',
    url: '/api/surveys/pilot/versions',
    caller: 'admin',
    valid: { format: 'json', content: validDefinition },
    field: 'format',
  },
  {
    label: 'POST /api/invitations',
    url: '/api/invitations',
    caller: 'admin',
    valid: { survey: 'pilot', country: 'TH', organisation: 'Ministry', organisationType: 'ministry' },
    field: 'country',
  },
  {
    label: 'POST /api/invitations',
    url: '/api/invitations',
    caller: 'admin',
    valid: { survey: 'pilot', country: 'TH', organisation: 'Ministry', organisationType: 'ministry' },
    field: 'organisationType',
  },
  {
    label: 'POST /api/invitations',
    url: '/api/invitations',
    caller: 'admin',
    valid: { survey: 'pilot', country: 'TH', organisation: 'Ministry', organisationType: 'ministry' },
    field: 'survey',
  },
  {
    label: 'POST /api/invitations/import',
    url: '/api/invitations/import',
    caller: 'admin',
    valid: { survey: 'pilot', csv: 'country,organisation\nTH,Ministry\n' },
    field: 'survey',
  },
];
const hostileTexts: Array<[string, string]> = [
  ...sqlPayloads.map((text): [string, string] => ['SQL', text]),
  ...htmlPayloads.map((text): [string, string] => ['HTML', text]),
  ...traversalPayloads.map((text): [string, string] => ['traversal', text]),
];
for (const target of constrainedFields) {
  for (const [kind, text] of hostileTexts) {
    add({
      name: `${target.label}: ${target.field} = ${kind} ${JSON.stringify(text)}`,
      method: 'POST',
      url: target.url,
      caller: target.caller,
      body: { ...target.valid, [target.field]: text },
    });
  }
}

// The questionnaire that once blocked the server for ~10 s and, published, ran it out of heap on every start.
const tenThousandQuestions = JSON.stringify({
  pages: [
    {
      name: 'p',
      elements: Array.from({ length: 10_000 }, (_, index) => ({ type: 'text', name: `q${index}` })),
    },
  ],
});
add({
  name: 'POST /api/surveys/:slug/versions: a questionnaire of 10,000 questions (above the size limits)',
  method: 'POST',
  url: '/api/surveys/pilot/versions',
  caller: 'admin',
  body: { format: 'json', content: tenThousandQuestions },
  status: 422,
});

// ---------------------------------------------------------------------------------------------------------------
// Respondent links: hostile tokens on every respondent route.
// ---------------------------------------------------------------------------------------------------------------

const hostileTokens: Array<[string, string, string?]> = [
  ['SQL payload', encodeURIComponent("' OR 1=1 --")],
  ['DROP TABLE', encodeURIComponent('; DROP TABLE responses;')],
  ['script tag', encodeURIComponent('<script>alert(1)</script>')],
  ['encoded traversal', '%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
  ['NUL byte', 'abc%00def'],
  ['300 characters', 'A'.repeat(300)],
  ['valid token plus SQL', `{token}${encodeURIComponent("' OR '1'='1")}`],
];
for (const [kind, token, knownDefect] of hostileTokens) {
  const defect = knownDefect ? { knownDefect } : {};
  add({
    name: `GET /api/r/:token: ${kind}`,
    method: 'GET',
    url: `/api/r/${token}`,
    caller: 'anonymous',
    ...defect,
  });
  add({
    name: `PUT /api/r/:token/answers: ${kind}`,
    method: 'PUT',
    url: `/api/r/${token}/answers`,
    caller: 'anonymous',
    body: { answers: { agency_name: 'x' }, page: 0 },
    ...defect,
  });
  add({
    name: `POST /api/r/:token/submit: ${kind}`,
    method: 'POST',
    url: `/api/r/${token}/submit`,
    caller: 'anonymous',
    body: { answers: { agency_name: 'x', uses_social_media: 'no', final_comments: 'x' } },
    ...defect,
  });
}

const answerCases: Array<[string, Record<string, unknown>]> = [
  ['unknown question', { no_such_question: 'x' }],
  ['SQL as a question name', { "' OR 1=1 --": 'x' }],
  ['script as a question name', { '<script>alert(1)</script>': 'x' }],
  ['choice given as an object', { uses_social_media: { value: "' OR 1=1 --" } }],
  ['checkbox answer as text', { platforms: 'facebook' }],
  ['number answer as text', { staff_count: 'twelve' }],
  ['text answer over 10,000 characters', { agency_name: 'x'.repeat(10_001) }],
  ['panel entries as an object', { accounts: { account_name: 'x' } }],
  ['matrix as a list', { instruments: ['law'] }],
  ['question name over 200 characters', { ['q'.repeat(201)]: 'x' }],
];
for (const [kind, answers] of answerCases) {
  add({
    name: `PUT /api/r/:token/answers: ${kind}`,
    method: 'PUT',
    url: '/api/r/{token}/answers',
    caller: 'anonymous',
    body: { answers, page: 0 },
  });
}
// Answers with a code point the text checks refuse (server/security/text-checks.ts) or a value of the wrong type, in
// each place that holds text, on autosave and submit; the JSON text is sent as written here (raw UTF-8 or \u escapes).
const refusedAnswerTexts: Array<[string, string]> = [
  ['NEXT LINE (U+0085) raw', '{"agency_name":"a\u0085b"}'],
  ['NEXT LINE (U+0085) escaped', '{"agency_name":"a\\u0085b"}'],
  ['right-to-left override (U+202E) raw', '{"final_comments":"\u202egnp.exe"}'],
  ['right-to-left override (U+202E) escaped', '{"final_comments":"\\u202Egnp.exe"}'],
  [
    'first strong isolate (U+2068) in an "other" text',
    '{"platforms":["other"],"platforms-Comment":"\\u2068x"}',
  ],
  ['lone surrogate (\\ud800) escaped', '{"agency_name":"\\ud800"}'],
  ['lone low surrogate (\\udc00) in a panel field', '{"accounts":[{"account_name":"x\\udc00"}]}'],
  ['noncharacter U+FFFE escaped', '{"agency_name":"\\uFFFE"}'],
  ['C1 control (U+009B) in a matrix answer', '{"instruments":{"law":"\\u009b"}}'],
  ['line separator (U+2028) raw', '{"agency_name":"a\u2028b"}'],
  ['a number for a text question', '{"agency_name":42}'],
  ['a number for a comment question', '{"final_comments":7}'],
  ['text for a number question', '{"staff_count":"12"}'],
  ['a number for an "other" text', '{"platforms":["other"],"platforms-Comment":5}'],
];
const validSubmissionJson = JSON.stringify({
  agency_name: 'Ministry',
  uses_social_media: 'yes',
  platforms: ['facebook'],
  instruments: { law: 'exists', plan: 'none' },
});
for (const [kind, answersJson] of refusedAnswerTexts) {
  add({
    name: `PUT /api/r/:token/answers: ${kind}`,
    method: 'PUT',
    url: '/api/r/{token}/answers',
    caller: 'anonymous',
    raw: `{"answers":${answersJson},"page":0}`,
    contentType: 'application/json',
    status: 400,
  });
  add({
    name: `POST /api/r/:token/submit: ${kind}`,
    method: 'POST',
    url: '/api/r/{token}/submit',
    caller: 'anonymous',
    // Over a valid submission (a repeated key's last value wins), so that only the case itself is wrong.
    raw: `{"answers":${validSubmissionJson.slice(0, -1)},${answersJson.slice(1)}}`,
    contentType: 'application/json',
    status: 422,
  });
}
for (const [kind, page] of [
  ['page beyond the last', 2],
  ['negative page', -1],
  ['page 1e9', 1e9],
] as const) {
  add({
    name: `PUT /api/r/:token/answers: ${kind}`,
    method: 'PUT',
    url: '/api/r/{token}/answers',
    caller: 'anonymous',
    body: { answers: {}, page },
  });
}
add({
  name: 'PUT /api/r/:token/answers: saving over submitted answers',
  method: 'PUT',
  url: '/api/r/{submittedToken}/answers',
  caller: 'anonymous',
  body: { answers: { agency_name: 'changed' }, page: 0 },
  status: 409,
});
add({
  name: 'POST /api/r/:token/submit: required answers missing',
  method: 'POST',
  url: '/api/r/{token}/submit',
  caller: 'anonymous',
  body: { answers: {} },
  status: 422,
});
add({
  name: 'POST /api/r/:token/submit: locale with script',
  method: 'POST',
  url: '/api/r/{token}/submit',
  caller: 'anonymous',
  body: { answers: {}, locale: '"><script>alert(1)</script>' },
  status: 400,
});

// ---------------------------------------------------------------------------------------------------------------
// Slugs in URLs: traversal, SQL, script and malformed values on every route that takes one.
// ---------------------------------------------------------------------------------------------------------------

const hostileSlugs: Array<[string, string]> = [
  ['encoded traversal', '%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
  ['traversal with encoded slashes', '..%2F..%2Fetc%2Fpasswd'],
  ['SQL payload', encodeURIComponent("pilot' OR 1=1 --")],
  ['DROP TABLE', encodeURIComponent('pilot; DROP TABLE responses;')],
  ['script tag', encodeURIComponent('<script>alert(1)</script>')],
  ['NUL byte', 'pilot%00'],
  ['upper case', 'PILOT'],
  ['unknown survey', 'no-such-survey'],
];
const slugRoutes: Array<{ label: string; method: Method; url: (slug: string) => string; body?: unknown }> = [
  { label: 'GET /api/surveys/:slug', method: 'GET', url: (slug) => `/api/surveys/${slug}` },
  {
    label: 'PATCH /api/surveys/:slug',
    method: 'PATCH',
    url: (slug) => `/api/surveys/${slug}`,
    body: { closesAt: null },
  },
  {
    label: 'GET /api/surveys/:slug/versions/:version',
    method: 'GET',
    url: (slug) => `/api/surveys/${slug}/versions/1`,
  },
  {
    label: 'POST /api/surveys/:slug/versions',
    method: 'POST',
    url: (slug) => `/api/surveys/${slug}/versions`,
    body: { format: 'json', content: validDefinition },
  },
  {
    label: 'POST /api/surveys/:slug/versions/:version/publish',
    method: 'POST',
    url: (slug) => `/api/surveys/${slug}/versions/1/publish`,
  },
  {
    label: 'GET /api/surveys/:slug/versions/:version/download',
    method: 'GET',
    url: (slug) => `/api/surveys/${slug}/versions/1/download`,
  },
  {
    label: 'GET /api/surveys/:slug/versions/:version/changes',
    method: 'GET',
    url: (slug) => `/api/surveys/${slug}/versions/1/changes`,
  },
  {
    label: 'GET /api/surveys/:slug/versions/:version/codebook',
    method: 'GET',
    url: (slug) => `/api/surveys/${slug}/versions/1/codebook`,
  },
  { label: 'GET /api/surveys/:slug/progress', method: 'GET', url: (slug) => `/api/surveys/${slug}/progress` },
  { label: 'GET /api/invitations?survey=', method: 'GET', url: (slug) => `/api/invitations?survey=${slug}` },
  {
    label: 'GET /api/results/:slug/aggregates',
    method: 'GET',
    url: (slug) => `/api/results/${slug}/aggregates`,
  },
  {
    label: 'GET /api/results/:slug/text/:question',
    method: 'GET',
    url: (slug) => `/api/results/${slug}/text/agency_name`,
  },
  { label: 'GET /api/results/:slug/codebook', method: 'GET', url: (slug) => `/api/results/${slug}/codebook` },
  {
    label: 'GET /api/results/:slug/responses',
    method: 'GET',
    url: (slug) => `/api/results/${slug}/responses`,
  },
  { label: 'GET /api/exports/:slug/wide', method: 'GET', url: (slug) => `/api/exports/${slug}/wide` },
];
for (const route of slugRoutes) {
  for (const [kind, slug] of hostileSlugs) {
    // Uploading to a new slug creates the survey: that is the feature, not an attack.
    if (kind === 'unknown survey' && route.label === 'POST /api/surveys/:slug/versions') continue;
    add({
      name: `${route.label}: slug ${kind}`,
      method: route.method,
      url: route.url(slug),
      caller: 'admin',
      ...(route.body ? { body: route.body } : {}),
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers and names in paths.
// ---------------------------------------------------------------------------------------------------------------

const badIds = ['0', '-1', '1.5', 'abc', '1e400', '99999999999999999999', encodeURIComponent('1 OR 1=1')];
for (const id of badIds) {
  add({
    name: `PATCH /api/users/:id: id ${id}`,
    method: 'PATCH',
    url: `/api/users/${id}`,
    caller: 'admin',
    body: { disabled: true },
  });
  for (const action of ['revoke', 'reissue']) {
    add({
      name: `POST /api/invitations/:id/${action}: id ${id}`,
      method: 'POST',
      url: `/api/invitations/${id}/${action}`,
      caller: 'admin',
    });
  }
}
for (const version of ['0', '-1', '1.5', 'abc', '1000001', '999']) {
  add({
    name: `GET /api/surveys/:slug/versions/:version: version ${version}`,
    method: 'GET',
    url: `/api/surveys/pilot/versions/${version}`,
    caller: 'admin',
  });
  add({
    name: `POST /api/surveys/:slug/versions/:version/publish: version ${version}`,
    method: 'POST',
    url: `/api/surveys/pilot/versions/${version}/publish`,
    caller: 'admin',
  });
}
for (const action of [
  'delete',
  'publish',
  'reopen',
  '..%2F..%2Fetc%2Fpasswd',
  encodeURIComponent("publish' --"),
]) {
  add({
    name: `POST /api/surveys/:slug/versions/1/:action: action ${action} (version 1 is published)`,
    method: 'POST',
    url: `/api/surveys/pilot/versions/1/${action}`,
    caller: 'admin',
  });
}
add({
  name: 'PATCH /api/users/:id: disabling oneself',
  method: 'PATCH',
  url: '/api/users/{adminId}',
  caller: 'admin',
  body: { disabled: true },
  status: 409,
});
for (const question of [
  'no_such_question',
  '..%2F..%2Fetc%2Fpasswd',
  encodeURIComponent("a' OR 1=1 --"),
  '%3Cscript%3E',
]) {
  add({
    name: `GET /api/results/:slug/text/:question: question ${question}`,
    method: 'GET',
    url: `/api/results/pilot/text/${question}`,
    caller: 'admin',
  });
}
for (const format of ['xlsx', '..%2F..%2Fetc%2Fpasswd', '%3Cscript%3E', 'wide%00']) {
  add({
    name: `GET /api/exports/:slug/:format: format ${format}`,
    method: 'GET',
    url: `/api/exports/pilot/${format}`,
    caller: 'admin',
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Query strings: unknown parameters and bad values.
// ---------------------------------------------------------------------------------------------------------------

const queryRoutes: Array<[string, string]> = [
  ['GET /api/invitations', '/api/invitations?survey=pilot'],
  ['GET /api/surveys/:slug/versions/:version/download', '/api/surveys/pilot/versions/1/download?format=json'],
  ['GET /api/results/:slug/aggregates', '/api/results/pilot/aggregates?countries=TH'],
  ['GET /api/results/:slug/text/:question', '/api/results/pilot/text/agency_name?countries=TH'],
  ['GET /api/results/:slug/responses', '/api/results/pilot/responses?offset=0'],
  ['GET /api/exports/:slug/:format', '/api/exports/pilot/wide?bom=true'],
  ['GET /api/audit', '/api/audit?limit=10'],
  ['GET /api/audit/export', '/api/audit/export?actor=cli'],
];
for (const [label, url] of queryRoutes) {
  add({ name: `${label}: unknown query parameter`, method: 'GET', url: `${url}&debug=1`, caller: 'admin' });
  add({
    name: `${label}: unknown query parameter with SQL`,
    method: 'GET',
    url: `${url}&${encodeURIComponent("x' OR 1=1 --")}=1`,
    caller: 'admin',
  });
}
const badQueries: Array<[string, string, string?]> = [
  ['/api/invitations?survey=pilot&country=th', 'lower-case country'],
  ['/api/invitations?survey=pilot&country=THA', 'three-letter country'],
  ['/api/invitations?survey=pilot&country=XX', 'country that is not a member state'],
  ['/api/invitations?survey=pilot&state=deleted', 'unknown state'],
  ['/api/invitations', 'missing survey'],
  ['/api/surveys/pilot/versions/1/download?format=xlsx', 'download format xlsx'],
  ['/api/surveys/pilot/versions/1/download?format=..%2F..%2Fetc%2Fpasswd', 'download format traversal'],
  ['/api/results/pilot/aggregates?countries=XX', 'countries not member states'],
  ['/api/results/pilot/aggregates?countries=TH%3BDROP%20TABLE%20responses', 'countries with SQL'],
  ['/api/results/pilot/aggregates?versions=1%20OR%201%3D1', 'versions with SQL'],
  ['/api/results/pilot/aggregates?versions=-1', 'negative version'],
  ['/api/results/pilot/aggregates?types=admin', 'unknown organisation type'],
  ['/api/results/pilot/aggregates?from=2026-02-30', 'from 30 February'],
  ['/api/results/pilot/aggregates?from=2026-13-01', 'from month 13'],
  ['/api/results/pilot/aggregates?to=99999-01-01', 'to year 99999'],
  ['/api/results/pilot/aggregates?from=2026-05-01&to=2026-01-01', 'to before from'],
  ['/api/results/pilot/aggregates?from=%3Cscript%3E', 'from with script'],
  ['/api/results/pilot/aggregates?synthetic=maybe', 'synthetic not a boolean'],
  ['/api/results/pilot/responses?offset=-1', 'negative offset'],
  ['/api/results/pilot/responses?limit=0', 'limit 0'],
  ['/api/results/pilot/responses?limit=5001', 'limit over 5000'],
  ['/api/results/pilot/responses?limit=1e9', 'limit 1e9'],
  ['/api/results/pilot/responses?offset=1e300', 'offset 1e300'],
  ['/api/results/pilot/responses?offset=abc', 'offset not a number'],
  ['/api/exports/pilot/wide?labels=maybe', 'labels not a boolean'],
  ['/api/exports/pilot/wide?locale=%3Cscript%3E', 'locale with script'],
  ['/api/exports/pilot/wide?bom=2', 'bom not a boolean'],
  ['/api/exports/pilot/long?countries=%27%20OR%201%3D1%20--', 'long export, countries with SQL'],
  ['/api/audit?limit=0', 'audit limit 0'],
  ['/api/audit?limit=-5', 'audit negative limit'],
  ['/api/audit?limit=1001', 'audit limit over 1000'],
  ['/api/audit?limit=1e9', 'audit limit 1e9'],
  ['/api/audit?limit=%27%20OR%201%3D1', 'audit limit with SQL'],
  ['/api/audit?before=0', 'audit page before id 0'],
  ['/api/audit?from=2026-13-45', 'audit impossible first day'],
  ['/api/audit?to=yesterday', 'audit last day not a date'],
  ['/api/audit?from=2026-02-01&to=2026-01-01', 'audit last day before the first'],
  ['/api/audit?action=%27%20OR%201%3D1', 'audit action with SQL'],
  [`/api/audit/export?actor=${'x'.repeat(300)}`, 'audit person over 254 characters'],
];
for (const [url, kind, knownDefect] of badQueries) {
  add({
    name: `GET ${url.split('?')[0]}: ${kind}`,
    method: 'GET',
    url,
    caller: 'admin',
    ...(knownDefect ? { knownDefect } : {}),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Collection window dates.
// ---------------------------------------------------------------------------------------------------------------

const badWindows: Array<[string, Record<string, unknown>, string?]> = [
  ['opensAt not a date', { opensAt: 'soon' }],
  ['opensAt in 1999', { opensAt: '1999-12-31T00:00:00Z' }],
  ['closesAt in 2100', { closesAt: '2100-01-01T00:00:00Z' }],
  ['opensAt at the end of JavaScript time', { opensAt: '+275760-09-13T00:00:00Z' }],
  ['opensAt in month 13', { opensAt: '2026-13-45' }],
  ['closesAt before opensAt', { opensAt: '2026-06-01T00:00:00Z', closesAt: '2026-05-01T00:00:00Z' }],
  ['opensAt over 40 characters', { opensAt: `2026-06-01T00:00:00Z${' '.repeat(30)}` }],
  ['opensAt with SQL', { opensAt: "2026-01-01' OR 1=1 --" }],
  ['opensAt with script', { opensAt: '<script>alert(1)</script>' }],
  ['opensAt on 30 February', { opensAt: '2026-02-30' }],
];
for (const [kind, body, knownDefect] of badWindows) {
  add({
    name: `PATCH /api/surveys/:slug: ${kind}`,
    method: 'PATCH',
    url: '/api/surveys/pilot',
    caller: 'admin',
    body,
    ...(knownDefect ? { knownDefect } : {}),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Questionnaire uploads: broken JSON and spreadsheets.
// ---------------------------------------------------------------------------------------------------------------

const badDefinitions: Array<[string, 'json' | 'csv', string, string?]> = [
  ['JSON that does not parse', 'json', '{"pages": ['],
  ['definition JSON null', 'json', 'null'],
  ['definition JSON array', 'json', '[]'],
  ['no pages', 'json', '{"title": "x"}'],
  [
    'unknown question type with script',
    'json',
    '{"pages":[{"name":"p","elements":[{"type":"<script>","name":"q"}]}]}',
  ],
  ['question without a name', 'json', '{"pages":[{"name":"p","elements":[{"type":"text"}]}]}'],
  [
    'duplicate question names',
    'json',
    '{"pages":[{"name":"p","elements":[{"type":"text","name":"q"},{"type":"text","name":"q"}]}]}',
  ],
  [
    'expression with SQL',
    'json',
    `{"pages":[{"name":"p","elements":[{"type":"text","name":"q","visibleIf":"{x} = '' OR 1=1 --"}]}]}`,
  ],
  ['__proto__ at the top', 'json', '{"__proto__":{"pages":[]}}'],
  [
    'title as a list',
    'json',
    '{"title":[1,2],"pages":[{"name":"p","elements":[{"type":"text","name":"q"}]}]}',
  ],
  [
    'title nested 10,000 deep',
    'json',
    `{"pages":[{"name":"p","elements":[{"type":"text","name":"q","title":${deepArray}}]}]}`,
  ],
  ['JSON nested 100,000 deep', 'json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ['spreadsheet with an unbalanced quote', 'csv', 'type,name,label\ntext,q1,"Unclosed\n'],
  ['spreadsheet with unknown columns', 'csv', 'colour,size\nred,large\n'],
  ['spreadsheet with a header only', 'csv', 'type,name,label\n'],
  ['spreadsheet of blank lines', 'csv', '\n\n\n'],
  ['spreadsheet with a formula as the type', 'csv', 'type,name,label\n"=HYPERLINK(""http://evil"")",q1,Q\n'],
  ['spreadsheet with a formula as the name', 'csv', 'type,name,label\ntext,=1+1,Q\n'],
  ['spreadsheet with SQL as the name', 'csv', "type,name,label\ntext,' OR 1=1 --,Q\n"],
  ['spreadsheet with a traversal as the name', 'csv', 'type,name,label\ntext,../../etc/passwd,Q\n'],
  ['spreadsheet with a NUL byte', 'csv', 'type,name,label\ntext\u0000,q1,Q\n'],
  ['spreadsheet with too many cells', 'csv', 'type,name,label\ntext,q1,Q,extra,more\n'],
];
for (const [kind, format, content, knownDefect] of badDefinitions) {
  add({
    name: `POST /api/surveys/:slug/versions: ${kind}`,
    method: 'POST',
    url: '/api/surveys/pilot/versions',
    caller: 'admin',
    body: { format, content },
    ...(knownDefect ? { knownDefect } : {}),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Invitations: bad fields and bad CSV files.
// ---------------------------------------------------------------------------------------------------------------

const validInvitation = {
  survey: 'pilot',
  country: 'TH',
  organisation: 'Ministry of Hostility',
  organisationType: 'ministry',
};
const badInvitations: Array<[string, Record<string, unknown>]> = [
  ['country XX', { country: 'XX' }],
  ['country GB (not ASEAN)', { country: 'GB' }],
  ['country THA', { country: 'THA' }],
  ['empty country', { country: '' }],
  ['country with SQL', { country: "' OR 1=1" }],
  ['country with script', { country: '<b>' }],
  ['organisation over 200 characters', { organisation: 'o'.repeat(201) }],
  ['organisation type with SQL', { organisationType: "ministry' --" }],
  ['survey slug traversal', { survey: '../../etc/passwd' }],
  ['unknown survey', { survey: 'no-such-survey' }],
  ['locale with script', { locale: '<script>' }],
  ['contact e-mail that is not one', { contactEmail: 'not an e-mail' }],
  ['contact e-mail with script', { contactEmail: '<script>alert(1)</script>' }],
  ['contact name over 200 characters', { contactName: 'n'.repeat(201) }],
];
for (const [kind, change] of badInvitations) {
  add({
    name: `POST /api/invitations: ${kind}`,
    method: 'POST',
    url: '/api/invitations',
    caller: 'admin',
    body: { ...validInvitation, ...change },
  });
}

const badCsvFiles: Array<[string, string]> = [
  ['unbalanced quotes', 'country,organisation\nTH,"Unclosed ministry\n'],
  ['wrong columns', 'name,place\nMinistry,Bangkok\n'],
  ['header only', 'country,organisation\n'],
  ['blank lines only', '\n\n\n'],
  ['too many cells in a row', 'country,organisation\nTH,Ministry,extra,cells\n'],
  ['formula as the country', 'country,organisation\n=1+1,Ministry\n'],
  [
    'formula as the organisation type',
    'country,organisation,organisation_type\nTH,Ministry,"=HYPERLINK(""http://evil"")"\n',
  ],
  ['country XX', 'country,organisation\nXX,Ministry\n'],
  ['country with SQL', "country,organisation\n' OR 1=1 --,Ministry\n"],
  ['survey column with traversal', 'survey,country,organisation\n../../etc/passwd,TH,Ministry\n'],
  ['survey column unknown', 'survey,country,organisation\nno-such-survey,TH,Ministry\n'],
  ['locale with script', 'country,organisation,locale\nTH,Ministry,<script>\n'],
  ['bad contact e-mail', 'country,organisation,contact_email\nTH,Ministry,not-an-email\n'],
  ['empty organisation', 'country,organisation\nTH,\n'],
  ['one good row and one bad row (all or none)', 'country,organisation\nTH,Good Ministry\nXX,Bad Ministry\n'],
  ['5,001 rows', `country,organisation\n${'TH,Ministry\n'.repeat(5001)}`],
  ['binary garbage', '\u0000\u0001\u0002\u00ff\ufffd,\u0000\n\u0003'],
];
for (const [kind, csv] of badCsvFiles) {
  add({
    name: `POST /api/invitations/import: ${kind}`,
    method: 'POST',
    url: '/api/invitations/import',
    caller: 'admin',
    body: { survey: 'pilot', csv },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Staff users and sign-in.
// ---------------------------------------------------------------------------------------------------------------

const validUser = { email: 'new.user@tinjau.test', role: 'analyst', password: 'a long enough password' };
const badUsers: Array<[string, Record<string, unknown>]> = [
  ['e-mail with SQL', { email: "' OR 1=1 --@tinjau.test" }],
  ['e-mail with script', { email: '<script>@tinjau.test' }],
  ['e-mail without @', { email: 'nobody' }],
  ['e-mail of an existing user', { email: '{adminEmail}' }],
  ['password of 11 characters', { password: 'elevenchars' }],
  ['password over 1024 characters', { password: 'p'.repeat(1025) }],
  ['coordinator without member states', { role: 'coordinator' }],
  ['analyst with member states', { countryCodes: ['TH'] }],
  ['coordinator of XX', { role: 'coordinator', countryCodes: ['XX'] }],
  ['coordinator of a lower-case code', { role: 'coordinator', countryCodes: ['th'] }],
  [
    'coordinator of 12 states',
    {
      role: 'coordinator',
      countryCodes: Array.from({ length: 12 }, (_, i) => `A${String.fromCharCode(65 + i)}`),
    },
  ],
];
for (const [kind, change] of badUsers) {
  add({
    name: `POST /api/users: ${kind}`,
    method: 'POST',
    url: '/api/users',
    caller: 'admin',
    body: { ...validUser, ...change },
  });
}

const badLogins: Array<[string, Record<string, unknown>, number?]> = [
  ['SQL as the e-mail', { email: "' OR 1=1 --", password: 'x' }],
  ['SQL as the password', { email: '{adminEmail}', password: "' OR '1'='1" }, 401],
  ['wrong password', { email: '{adminEmail}', password: 'wrong password' }, 401],
  ['unknown user', { email: 'ghost@tinjau.test', password: 'correct horse battery staple' }, 401],
  ['empty password', { email: '{adminEmail}', password: '' }, 400],
  ['password over 1024 characters', { email: '{adminEmail}', password: 'p'.repeat(1025) }, 400],
  ['e-mail over 254 characters', { email: `${'a'.repeat(250)}@tinjau.test`, password: 'x' }, 400],
];
for (const [kind, body, status] of badLogins) {
  add({
    name: `POST /api/auth/login: ${kind}`,
    method: 'POST',
    url: '/api/auth/login',
    caller: 'anonymous',
    body,
    ...(status ? { status } : {}),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Staff routes without a valid session or CSRF token.
// ---------------------------------------------------------------------------------------------------------------

const staffRoutes: Array<[Method, string, unknown?]> = [
  ['GET', '/api/auth/session'],
  ['POST', '/api/auth/logout'],
  ['GET', '/api/users'],
  ['POST', '/api/users', validUser],
  ['GET', '/api/surveys'],
  ['PATCH', '/api/surveys/pilot', { closesAt: null }],
  ['POST', '/api/surveys/pilot/versions', { format: 'json', content: validDefinition }],
  ['GET', '/api/invitations?survey=pilot'],
  ['POST', '/api/invitations', validInvitation],
  ['POST', '/api/invitations/{invitationId}/revoke'],
  ['GET', '/api/results/pilot/aggregates'],
  ['GET', '/api/exports/pilot/wide'],
  ['GET', '/api/audit'],
];
const forgedCookies: Array<[string, string]> = [
  ['no session cookie', ''],
  ['a made-up session cookie', 'tinjau_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ['a session cookie with SQL', `tinjau_session=${encodeURIComponent("' OR 1=1 --")}`],
];
for (const [method, url, body] of staffRoutes) {
  for (const [kind, cookie] of forgedCookies) {
    add({
      name: `${method} ${url.split('?')[0]}: ${kind}`,
      method,
      url,
      caller: 'anonymous',
      ...(cookie ? { headers: { cookie } } : {}),
      ...(body ? { body } : {}),
      status: 401,
    });
  }
}
for (const [method, url, body] of staffRoutes.filter(([method]) => method !== 'GET')) {
  add({
    name: `${method} ${url}: signed in without the CSRF header`,
    method,
    url,
    caller: 'admin',
    headers: { 'x-csrf-token': '' },
    ...(body ? { body } : {}),
    status: 403,
  });
  add({
    name: `${method} ${url}: signed in with a wrong CSRF token`,
    method,
    url,
    caller: 'admin',
    headers: { 'x-csrf-token': "' OR 1=1 --" },
    ...(body ? { body } : {}),
    status: 403,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Paths outside the API.
// ---------------------------------------------------------------------------------------------------------------

for (const url of [
  '/assets/../../package.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e%2f%2e%2e%2f.env',
  '/assets/..%5c..%5cpackage.json',
  '/../../etc/passwd',
  '/api/surveys/../../etc/passwd',
  '/data/tinjau.db',
  '/.git/config',
  '/api/%00',
]) {
  add({
    name: `GET ${url}: nothing outside the built client is served`,
    method: 'GET',
    url,
    caller: 'anonymous',
  });
}

// ---------------------------------------------------------------------------------------------------------------

const knownDefects: Record<string, string> = {
  F1: 'a questionnaire whose title is a list (or nested 10,000 deep) is accepted; 10,000 deep gives a 500',
  F2: 'invalid UTF-8 bytes in a JSON body are replaced by U+FFFD and the request is accepted',
  F3: 'a NUL byte in an organisation name is accepted',
  F4: 'offset has no maximum: offset=1e300 is accepted and echoed as 1e+300',
  F5: 'the tracking table accepts a country that is not a member state (the results API refuses it)',
  F6: 'an impossible date (30 February) is silently moved to 2 March',
  F7: 'a path parameter over 100 characters gets a 414 that bypasses the error handler ("error": "Bad Request", a "code" field)',
};

describe('hostile input corpus', () => {
  let app: App;
  let admin: SignedIn;
  const context: Record<string, string> = {};

  beforeAll(async () => {
    app = await buildTestApp({
      surveysDir: path.join(fixturesDir, 'surveys'),
      // Hundreds of bad links and sign-ins from one address: lift the brute-force limits so each case meets the
      // check it is aimed at rather than the limiter (which answers 429, also a clean 4xx).
      respond: { maxFailedLookups: 1_000_000 },
      auth: { maxFailedLogins: 1_000_000, failedLoginsBeforeDelay: 1_000_000 },
    });
    admin = await signIn(app, 'admin');
    const other = await signIn(app, 'analyst');
    const open = await inviteForTest(app);
    const sacrificial = await inviteForTest(app, { organisationName: 'Ministry of Known Defects' });
    const submitted = await inviteForTest(app, { organisationName: 'Ministry of Finished Work' });
    const submitResponse = await app.inject({
      method: 'POST',
      url: `/api/r/${submitted.token}/submit`,
      payload: {
        answers: {
          agency_name: 'Ministry of Finished Work',
          uses_social_media: 'yes',
          platforms: ['facebook'],
          instruments: { law: 'exists', plan: 'none' },
        },
      },
    });
    expect(submitResponse.statusCode, submitResponse.body).toBe(200);
    const users = (await app.repositories.staff.list()).filter((user) => user.email === other.email);
    const adminUser = await app.repositories.staff.findByEmail(admin.email);
    Object.assign(context, {
      token: open.token,
      submittedToken: submitted.token,
      sacrificialToken: sacrificial.token,
      invitationId: String(open.invitationId),
      userId: String(users[0]?.id),
      adminId: String(adminUser?.id),
      adminEmail: admin.email,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, key: string) => context[key] ?? whole);
  const fillDeep = (value: unknown): unknown =>
    typeof value === 'string'
      ? fill(value)
      : Array.isArray(value)
        ? value.map(fillDeep)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillDeep(item)]))
          : value;

  function requestOf(entry: HostileCase): InjectOptions {
    const headers: Record<string, string> = { ...(entry.caller === 'admin' ? admin.headers : {}) };
    for (const [name, value] of Object.entries(entry.headers ?? {})) headers[name] = value;
    if (entry.raw !== undefined || entry.contentType)
      headers['content-type'] = entry.contentType ?? 'application/json';
    const payload =
      entry.raw !== undefined
        ? entry.raw
        : entry.body !== undefined
          ? JSON.stringify(fillDeep(entry.body))
          : undefined;
    if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    return {
      method: entry.method,
      url: fill(entry.url),
      headers,
      ...(payload !== undefined ? { payload } : {}),
    };
  }

  it('has at least 200 cases, each with a distinct name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const names = cases.map((entry) => entry.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  for (const entry of cases) {
    const test = entry.knownDefect ? it.fails : it;
    const title = entry.knownDefect
      ? `${entry.name} [known defect ${entry.knownDefect}: ${knownDefects[entry.knownDefect]}]`
      : entry.name;
    test(title, async () => {
      const request = requestOf(
        entry.knownDefect ? { ...entry, url: entry.url.replace('{token}', '{sacrificialToken}') } : entry,
      );
      const before = snapshotDatabase(app.database.connection);
      const response = await app.inject(request);
      const after = snapshotDatabase(app.database.connection);
      expectCleanClientError(response, entry.status);
      expect(snapshotDifferences(before, after), 'the refused request changed the database').toEqual({});
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
    });
  }
});
