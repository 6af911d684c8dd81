import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonRecord } from '../../../server/questionnaire/definition-walker.ts';
import { localizedTexts } from '../../../server/questionnaire/localized-texts.ts';
import { translationCoverage } from '../../../server/questionnaire/translation-coverage.ts';
import { versionChanges } from '../../../server/questionnaire/version-changes.ts';

function questionnaire(): JsonRecord {
  return {
    title: { default: 'Study', th: 'การศึกษา', vi: 'Nghiên cứu' },
    translationStatus: { en: 'complete', th: 'draft', vi: 'draft' },
    pages: [
      {
        name: 'adoption',
        title: { default: 'Adoption', th: 'การนำมาใช้', vi: 'Áp dụng' },
        elements: [
          {
            type: 'radiogroup',
            name: 'uses_social_media',
            title: {
              default: 'Does the government use social media?',
              th: 'รัฐบาลใช้สื่อสังคมหรือไม่',
              vi: 'Chính phủ có dùng không?',
            },
            choices: [
              { value: 'yes', text: { default: 'Yes', th: 'ใช่', vi: 'Có' } },
              { value: 'no', text: { default: 'No', th: 'ไม่', vi: 'Không' } },
            ],
          },
          {
            type: 'panel',
            name: 'platforms_panel',
            elements: [
              {
                type: 'checkbox',
                name: 'platforms',
                title: { default: 'Which platforms?', th: 'แพลตฟอร์มใด', vi: 'Nền tảng nào?' },
                choices: [
                  { value: 'facebook', text: 'Facebook' },
                  { value: 'line', text: 'LINE' },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

type Page = { elements: Array<Record<string, unknown>> };
function firstPage(definition: JsonRecord): Page {
  return (definition.pages as unknown as Page[])[0] as Page;
}

describe('version changes', () => {
  it('finds nothing between a version and itself, and lists no stale text', () => {
    const changes = versionChanges(questionnaire(), questionnaire());
    expect(changes.questions).toEqual({ added: [], removed: [], reworded: [] });
    expect(changes.choices).toEqual({ added: [], removed: [], reworded: [] });
    expect(changes.translations.map((locale) => [locale.locale, locale.stale.length])).toEqual([
      ['th', 0],
      ['vi', 0],
    ]);
  });

  it('lists an added question and an added choice, whose texts then have no translation', () => {
    const next = questionnaire();
    const page = firstPage(next);
    page.elements.push({ type: 'comment', name: 'remarks', title: 'Any remarks?' });
    const question = page.elements[0] as { choices: unknown[] };
    question.choices.push({ value: 'planned', text: { default: 'Planned', th: 'วางแผนไว้' } });

    const changes = versionChanges(questionnaire(), next);
    expect(changes.questions.added).toEqual(['remarks']);
    expect(changes.choices.added).toEqual([{ question: 'uses_social_media', value: 'planned' }]);
    const vi = changes.translations.find((locale) => locale.locale === 'vi');
    expect(vi?.missing.map((text) => text.source).sort()).toEqual([
      'Any remarks?',
      'Facebook',
      'LINE',
      'Planned',
    ]);
    const th = changes.translations.find((locale) => locale.locale === 'th');
    expect(th?.missing.map((text) => text.source).sort()).toEqual(['Any remarks?', 'Facebook', 'LINE']);
  });

  it('calls a reworded question and choice reworded, and their unchanged translations stale', () => {
    const next = questionnaire();
    const question = firstPage(next).elements[0] as {
      title: Record<string, string>;
      choices: Array<{ text: Record<string, string> }>;
    };
    question.title.default = 'Does the national government use social media officially?';
    question.title.vi = 'Chính phủ trung ương có dùng chính thức không?';
    (question.choices[1] as { text: Record<string, string> }).text.default = 'No, not at all';

    const changes = versionChanges(questionnaire(), next);
    expect(changes.questions.reworded).toEqual(['uses_social_media']);
    expect(changes.choices.reworded).toEqual([{ question: 'uses_social_media', value: 'no' }]);
    const staleOf = (locale: string) =>
      changes.translations.find((entry) => entry.locale === locale)?.stale.map((text) => text.source);
    // Thai kept both old translations; Vietnamese updated the title only.
    expect(staleOf('th')).toEqual([
      'Does the national government use social media officially?',
      'No, not at all',
    ]);
    expect(staleOf('vi')).toEqual(['No, not at all']);
  });

  it('lists a removed question and its choices, also from inside a panel, and moving a question is no change', () => {
    const next = questionnaire();
    const page = firstPage(next);
    const panel = page.elements[1] as { elements: unknown[] };
    const [platforms] = panel.elements.splice(0, 1);
    expect(platforms).toBeDefined();
    const changes = versionChanges(questionnaire(), next);
    expect(changes.questions.removed).toEqual(['platforms']);
    expect(changes.choices.removed).toEqual([
      { question: 'platforms', value: 'facebook' },
      { question: 'platforms', value: 'line' },
    ]);

    const moved = questionnaire();
    const movedPage = firstPage(moved);
    movedPage.elements.reverse();
    const movedChanges = versionChanges(questionnaire(), moved);
    expect(movedChanges.questions).toEqual({ added: [], removed: [], reworded: [] });
    expect(movedChanges.translations.every((locale) => locale.stale.length === 0)).toBe(true);
  });

  it('keys every text of the shipped questionnaires uniquely, owned by the question it belongs to', () => {
    for (const file of ['surveys/national-policy.json', 'surveys/agency-practice.json']) {
      const definition = JSON.parse(readFileSync(file, 'utf8')) as JsonRecord;
      const texts = localizedTexts(definition);
      // Unique keys: as many as the localizable strings translation coverage counts.
      expect(texts.size).toBe(translationCoverage(definition)[0]?.total);
      const versionWithItself = versionChanges(definition, definition);
      expect(versionWithItself.questions.reworded).toEqual([]);
      expect(versionWithItself.translations.every((locale) => locale.stale.length === 0)).toBe(true);
    }
  });
});
