/**
 * GET /api/r/:token sends the definition in one language: the respondent downloads the source text and the texts of
 * the language they answer in, never the other translations.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import {
  isJsonRecord,
  type JsonRecord,
  walkDefinition,
} from '../../../server/questionnaire/definition-walker.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';

/** The locale keys of every localized text record in a definition. */
function localeKeys(definition: JsonRecord): string[] {
  const keys = new Set<string>();
  walkDefinition(definition, {
    property: (_object, _key, value, property) => {
      if (property.isLocalizable && isJsonRecord(value)) for (const key of Object.keys(value)) keys.add(key);
    },
  });
  return [...keys].sort();
}

describe('GET /api/r/:token in one language', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'script-surveys') });
  });
  afterAll(async () => {
    await app.close();
  });

  const invite = (preferredLocale?: string) =>
    inviteForTest(app, {
      surveySlug: 'scripts',
      countryCode: 'KH',
      ...(preferredLocale ? { preferredLocale } : {}),
    });
  const open = (token: string, query = '', headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: `/api/r/${token}${query}`, headers });

  it('holds the asked language and the source text only, and still lists every language', async () => {
    const { token } = await invite();
    for (const locale of ['km', 'lo', 'my', 'th']) {
      const response = await open(token, `?locale=${locale}`);
      expect(response.statusCode).toBe(200);
      const { survey } = response.json();
      expect(survey.definitionLocale).toBe(locale);
      expect(localeKeys(survey.definition)).toEqual(['default', locale].sort());
      expect(survey.locales).toEqual(['en', 'km', 'lo', 'my', 'th']);
      expect(survey.translationStatus).toMatchObject({ km: 'draft', lo: 'draft', my: 'draft' });
    }
  });

  it('opens a Khmer invitation in Khmer without being asked', async () => {
    const { token } = await invite('km');
    const { survey } = (await open(token)).json();
    expect(survey.definitionLocale).toBe('km');
    expect(survey.definition.title).toEqual({
      default: 'Digital government survey',
      km: 'ការស្ទង់មតិអំពីរដ្ឋាភិបាលឌីជីថល',
    });
  });

  it("follows the browser's Accept-Language when neither the answers nor the invitation name a language", async () => {
    const { token } = await invite();
    const response = await open(token, '', { 'accept-language': 'my-MM,my;q=0.9,en;q=0.5' });
    expect(response.json().survey.definitionLocale).toBe('my');
    const english = await open(token, '', { 'accept-language': 'de-DE,de;q=0.9' });
    expect(english.json().survey.definitionLocale).toBe('en');
    expect(localeKeys(english.json().survey.definition)).toEqual(['default']);
  });

  it('opens in the language the answers were last saved in', async () => {
    const { token } = await invite('km');
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/r/${token}/answers`,
      payload: { answers: { agency_name: 'MPTC' }, page: 0, locale: 'lo' },
    });
    expect(saved.statusCode).toBe(200);
    expect((await open(token)).json().survey.definitionLocale).toBe('lo');
  });

  it('refuses a language the questionnaire does not carry with a 400 naming the parameter', async () => {
    const { token } = await invite();
    for (const locale of ['pt', 'km-KH', 'xx', '']) {
      const response = await open(token, `?locale=${encodeURIComponent(locale)}`);
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body).toMatchObject({ error: 'validation_failed', details: [{ field: 'locale' }] });
      expect(body.message).toContain('locale');
      expect(body.message).toContain('en, km, lo, my, th');
    }
  });

  it('gives the same reduced definition to every respondent of the version', async () => {
    const [first, second] = await Promise.all([invite(), invite()]);
    const a = (await open(first.token, '?locale=km')).json().survey.definition;
    const b = (await open(second.token, '?locale=km')).json().survey.definition;
    expect(a).toEqual(b);
  });
});
