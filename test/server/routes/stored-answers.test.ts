/**
 * What the respondent API stores, through HTTP on a real SQLite database: text with a refused code point is refused
 * wherever an answer holds text (raw UTF-8 or \uXXXX escapes alike, on autosave and submit) and nothing is stored;
 * an answer's type follows its question; on submission, answers on a hidden page or in a hidden panel are dropped as
 * survey-core's completion drops them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { responses } from '../../../server/db/schema.ts';
import { buildTestApp } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/** One question of each kind that holds text, and a page and a panel that skip logic hides. */
const definition = {
  title: 'Stored answers',
  pages: [
    {
      name: 'start',
      elements: [
        { type: 'radiogroup', name: 'route', choices: ['page', 'panel', 'none'] },
        { type: 'text', name: 'agency' },
        { type: 'comment', name: 'remarks' },
        { type: 'text', name: 'staff', inputType: 'number' },
        { type: 'boolean', name: 'agrees' },
        { type: 'radiogroup', name: 'channel', choices: ['radio', 'tv'], showOtherItem: true },
        {
          type: 'matrixdropdown',
          name: 'budget',
          rows: ['y2024'],
          columns: [
            { name: 'note', cellType: 'text' },
            { name: 'amount', cellType: 'text', inputType: 'number' },
          ],
        },
        {
          type: 'multipletext',
          name: 'office',
          items: [{ name: 'street' }, { name: 'floors', inputType: 'number' }],
        },
        {
          type: 'paneldynamic',
          name: 'units',
          templateElements: [
            { type: 'text', name: 'unit_name' },
            { type: 'radiogroup', name: 'unit_kind', choices: ['desk'], showOtherItem: true },
          ],
        },
        {
          type: 'panel',
          name: 'details',
          visibleIf: "{route} = 'panel'",
          elements: [
            { type: 'text', name: 'detail' },
            { type: 'panel', name: 'deeper', elements: [{ type: 'text', name: 'deep' }] },
          ],
        },
      ],
    },
    { name: 'more', visibleIf: "{route} = 'page'", elements: [{ type: 'text', name: 'extra' }] },
  ],
};

/**
 * Every place of an answer that holds text, as the answers that put `text` there, the field autosave's message
 * names and the question the submission's details name.
 */
const textPlaces: Array<[string, (text: string) => Record<string, unknown>, string, string]> = [
  ['a text question', (text) => ({ agency: text }), 'answers.agency', 'agency'],
  ['a comment question', (text) => ({ remarks: text }), 'answers.remarks', 'remarks'],
  [
    'an "other" text',
    (text) => ({ channel: 'other', 'channel-Comment': text }),
    'answers.channel',
    'channel',
  ],
  ['a matrix cell', (text) => ({ budget: { y2024: { note: text } } }), 'answers.budget', 'budget'],
  ['a multiple text item', (text) => ({ office: { street: text } }), 'answers.office', 'office'],
  [
    'a dynamic panel field',
    (text) => ({ units: [{ unit_name: text }] }),
    'answers.units[0].unit_name',
    'unit_name',
  ],
  [
    'a dynamic panel "other" text',
    (text) => ({ units: [{ unit_kind: 'other', 'unit_kind-Comment': text }] }),
    'answers.units[0].unit_kind',
    'unit_kind',
  ],
];

/** One code point of each refused class, with the words the refusal uses. */
const refused: Array<[string, string, RegExp]> = [
  ['NUL', '\u0000', /control character \(U\+0000\)/],
  ['carriage return', '\r', /control character \(U\+000D\)/],
  ['ESC', '\u001b', /control character \(U\+001B\)/],
  ['DEL', '\u007f', /control character \(U\+007F\)/],
  ['NEXT LINE (C1)', '\u0085', /control character \(U\+0085\)/],
  ['C1 CSI', '\u009b', /control character \(U\+009B\)/],
  ['LINE SEPARATOR', '\u2028', /line or paragraph separator \(U\+2028\)/],
  ['RIGHT-TO-LEFT OVERRIDE', '\u202e', /bidirectional formatting character \(U\+202E\)/],
  ['LEFT-TO-RIGHT EMBEDDING', '\u202a', /bidirectional formatting character \(U\+202A\)/],
  ['FIRST STRONG ISOLATE', '\u2068', /bidirectional formatting character \(U\+2068\)/],
  ['a lone high surrogate', '\ud800', /lone surrogate .*\(U\+D800\)/],
  ['a lone low surrogate', '\udfff', /lone surrogate .*\(U\+DFFF\)/],
  ['noncharacter U+FFFE', '\ufffe', /noncharacter \(U\+FFFE\)/],
  ['noncharacter U+FDD0', '\ufdd0', /noncharacter \(U\+FDD0\)/],
  ['noncharacter U+10FFFF', '\u{10ffff}', /noncharacter \(U\+10FFFF\)/],
];

/** Text a respondent may write: tab and newline, Thai, Khmer with joiners, marks, emoji, private use. */
const allowed = 'Line one\n\tLine two ภาษาไทย ខ្មែរ\u200d\u200c \u200e\u200f 👩\u200d💻 \ue000 \u00a0';

type Encoding = 'raw' | 'escaped';

/**
 * The JSON text of a body, with every non-ASCII code unit either as UTF-8 (raw) or as a \uXXXX escape. Raw,
 * `character` is written as itself even where JSON.stringify escapes it (a control character).
 */
function jsonText(body: unknown, encoding: Encoding, character?: string): string {
  const text = JSON.stringify(body);
  if (encoding === 'escaped')
    return text.replace(
      /[\u007f-\uffff]/g,
      (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  return character ? text.split(JSON.stringify(character).slice(1, -1)).join(character) : text;
}

/** A lone surrogate has no UTF-8 form: written raw it is invalid UTF-8, refused as such (a test of its own). */
const isSurrogate = (character: string) => /^[\ud800-\udfff]$/.test(character);

describe('what the respondent API stores', () => {
  let app: App;
  let cleanup: () => void;
  beforeAll(async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    writeFileSync(path.join(temp.dir, 'stored-answers.json'), JSON.stringify(definition));
    app = await buildTestApp({ surveysDir: temp.dir });
  });
  afterAll(async () => {
    await app.close();
    cleanup();
  });

  const invite = async () => inviteForTest(app, { surveySlug: 'stored-answers' });
  const send = (method: 'PUT' | 'POST', token: string, payload: string | Buffer) =>
    app.inject({
      method,
      url: method === 'PUT' ? `/api/r/${token}/answers` : `/api/r/${token}/submit`,
      headers: { 'content-type': 'application/json' },
      payload,
    });
  const save = (token: string, answers: unknown, encoding: Encoding = 'raw', character?: string) =>
    send('PUT', token, jsonText({ answers, page: 0 }, encoding, character));
  const submit = (token: string, answers: unknown, encoding: Encoding = 'raw', character?: string) =>
    send('POST', token, jsonText({ answers }, encoding, character));
  const storedRows = async (invitationId: number) =>
    (await app.database.db.select().from(responses)).filter((row) => row.invitationId === invitationId);

  describe('refuses text with a refused code point, wherever it is and however it is written', () => {
    for (const [className, character, wording] of refused) {
      it(`${className}, on autosave and submit, raw and escaped, in every place that holds text`, async () => {
        const { invitationId, token } = await invite();
        for (const [, answersWith, field, question] of textPlaces) {
          const answers = answersWith(`before ${character} after`);
          for (const encoding of ['raw', 'escaped'] as const) {
            if (encoding === 'raw' && isSurrogate(character)) continue;
            const saved = await save(token, answers, encoding, character);
            const submitted = await submit(token, answers, encoding, character);
            // A raw control character is not JSON at all: refused by the parser, before any answer is read.
            if (encoding === 'raw' && (character.codePointAt(0) as number) < 0x20) {
              expect([saved.statusCode, submitted.statusCode], field).toEqual([400, 400]);
              expect(saved.json().message).toMatch(/JSON/);
              continue;
            }
            expect(saved.statusCode, `${field} ${encoding}`).toBe(400);
            expect(saved.json().message).toContain(`${field}: contains`);
            expect(saved.json().message).toMatch(wording);
            expect(saved.json().message).toMatch(/not allowed in answers/);
            expect(submitted.statusCode, `${field} ${encoding}`).toBe(422);
            expect(submitted.json().details).toEqual([
              expect.objectContaining({ question, message: expect.stringMatching(wording) }),
            ]);
          }
        }
        expect(await storedRows(invitationId)).toEqual([]);
      });
    }

    it('refuses a surrogate written as UTF-8 bytes (not UTF-8 at all) before reading the answers', async () => {
      const { invitationId, token } = await invite();
      const [head, tail] = JSON.stringify({ answers: { agency: '@' }, page: 0 }).split('@') as [
        string,
        string,
      ];
      // U+D800 encoded as if it were a character (CESU-8): ED A0 80.
      const body = Buffer.concat([Buffer.from(head), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(tail)]);
      const response = await send('PUT', token, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe('invalid_encoding');
      expect(await storedRows(invitationId)).toEqual([]);
    });

    it('stores allowed text exactly, raw or escaped, in every place that holds text', async () => {
      for (const encoding of ['raw', 'escaped'] as const) {
        for (const [place, answersWith] of textPlaces) {
          const { invitationId, token } = await invite();
          const answers = answersWith(allowed);
          expect((await save(token, answers, encoding)).statusCode, place).toBe(200);
          const response = await submit(token, answers, encoding);
          expect(response.statusCode, `${place}: ${response.body}`).toBe(200);
          const [row] = await storedRows(invitationId);
          expect(JSON.parse(row!.answers), place).toEqual(answers);
        }
      }
    });
  });

  describe('takes only values of the type the question stores', () => {
    const wrongTypes: Array<[string, Record<string, unknown>, string, string, string]> = [
      ['a number for a text question', { agency: 42 }, 'answers.agency', 'agency', 'must be text'],
      ['a number for a comment question', { remarks: 7 }, 'answers.remarks', 'remarks', 'must be text'],
      [
        'a number for an "other" text',
        { channel: 'other', 'channel-Comment': 3 },
        'answers.channel',
        'channel',
        'must be text',
      ],
      [
        'a number for a text cell',
        { budget: { y2024: { note: 5 } } },
        'answers.budget',
        'budget',
        'must be text',
      ],
      ['a number for a text item', { office: { street: 9 } }, 'answers.office', 'office', 'must be text'],
      [
        'a number for a dynamic panel text field',
        { units: [{ unit_name: 1 }] },
        'answers.units[0].unit_name',
        'unit_name',
        'must be text',
      ],
      ['text for a number input', { staff: '12' }, 'answers.staff', 'staff', 'must be a number'],
      [
        'text for a number cell',
        { budget: { y2024: { amount: '5' } } },
        'answers.budget',
        'budget',
        'must be a number',
      ],
      ['text for a number item', { office: { floors: '3' } }, 'answers.office', 'office', 'must be a number'],
      ['"true" for a boolean', { agrees: 'true' }, 'answers.agrees', 'agrees', 'must be true or false'],
      ['1 for a boolean', { agrees: 1 }, 'answers.agrees', 'agrees', 'must be true or false'],
    ];
    for (const [name, answers, field, question, wording] of wrongTypes) {
      it(`refuses ${name} on autosave (400) and submit (422), storing nothing`, async () => {
        const { invitationId, token } = await invite();
        const saved = await save(token, answers);
        expect(saved.statusCode).toBe(400);
        expect(saved.json().message).toBe(`${field}: ${wording}`);
        const submitted = await submit(token, answers);
        expect(submitted.statusCode).toBe(422);
        expect(submitted.json().details).toEqual([expect.objectContaining({ question, message: wording })]);
        expect(await storedRows(invitationId)).toEqual([]);
      });
    }

    it('stores numbers for number inputs, cells and items, and true/false for a boolean', async () => {
      const { invitationId, token } = await invite();
      const answers = {
        agency: '42',
        staff: 12,
        agrees: false,
        budget: { y2024: { note: 'core', amount: 1.5 } },
        office: { street: 'Jalan 1', floors: 3 },
      };
      expect((await submit(token, answers)).statusCode).toBe(200);
      expect(JSON.parse((await storedRows(invitationId))[0]!.answers)).toEqual(answers);
    });
  });

  describe('on submission, drops what survey-core completion drops', () => {
    const everywhere = {
      agency: 'MDES',
      detail: 'in the panel',
      deep: 'in a nested panel',
      extra: 'on page 2',
    };

    it('drops the answers on a hidden page and in a hidden panel and the panels nested in it', async () => {
      const { invitationId, token } = await invite();
      const response = await submit(token, { route: 'none', ...everywhere });
      expect(response.statusCode).toBe(200);
      const [row] = await storedRows(invitationId);
      expect(JSON.parse(row!.answers)).toEqual({ route: 'none', agency: 'MDES' });
    });

    it('keeps the answers of a page hidden while they were saved and visible again at submission', async () => {
      const { invitationId, token } = await invite();
      expect((await save(token, { route: 'none', extra: 'on page 2' })).statusCode).toBe(200);
      const response = await submit(token, { route: 'page', ...everywhere });
      expect(response.statusCode).toBe(200);
      const [row] = await storedRows(invitationId);
      expect(JSON.parse(row!.answers)).toEqual({ route: 'page', agency: 'MDES', extra: 'on page 2' });
    });

    it('keeps the answers of a visible panel, nested panels included', async () => {
      const { invitationId, token } = await invite();
      expect((await submit(token, { route: 'panel', ...everywhere })).statusCode).toBe(200);
      const [row] = await storedRows(invitationId);
      expect(JSON.parse(row!.answers)).toEqual({
        route: 'panel',
        agency: 'MDES',
        detail: 'in the panel',
        deep: 'in a nested panel',
      });
    });
  });
});
