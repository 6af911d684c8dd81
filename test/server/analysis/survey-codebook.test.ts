import { describe, expect, it } from 'vitest';
import { mergeCodebooks } from '../../../server/analysis/survey-codebook.ts';
import { buildCodebook } from '../../../server/questionnaire/codebook.ts';

const version1 = buildCodebook({
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'radiogroup', name: 'uses', title: 'Uses social media?', choices: ['yes', 'no'] },
        { type: 'checkbox', name: 'platforms', title: 'Platforms', choices: ['facebook', 'line'] },
        { type: 'text', name: 'fax', title: 'Fax number' },
        {
          type: 'paneldynamic',
          name: 'accounts',
          templateElements: [{ type: 'dropdown', name: 'platform', choices: ['facebook', 'line'] }],
        },
      ],
    },
  ],
});

const version2 = buildCodebook({
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'radiogroup',
          name: 'uses',
          title: 'Does the agency use social media?',
          choices: ['yes', 'no'],
        },
        { type: 'checkbox', name: 'platforms', title: 'Platforms', choices: ['facebook', 'tiktok'] },
        { type: 'text', name: 'website', title: 'Website' },
        {
          type: 'paneldynamic',
          name: 'accounts',
          templateElements: [
            { type: 'dropdown', name: 'platform', choices: ['facebook', 'tiktok'] },
            { type: 'text', name: 'url' },
          ],
        },
      ],
    },
  ],
});

describe('mergeCodebooks', () => {
  const merged = mergeCodebooks([
    { versionNumber: 2, variables: version2 },
    { versionNumber: 1, variables: version1 },
  ]);
  const byName = new Map(merged.map((entry) => [entry.name, entry]));

  it('matches variables by name and lists the versions each appears in', () => {
    expect(merged.map((entry) => [entry.name, entry.versions])).toEqual([
      ['uses', [1, 2]],
      ['platforms', [1, 2]],
      ['fax', [1]],
      ['website', [2]],
      ['accounts', [1, 2]],
    ]);
  });

  it("takes the newest version's wording", () => {
    expect(byName.get('uses')?.title.default).toBe('Does the agency use social media?');
  });

  it('keeps codes that only older versions had, after the newest ones', () => {
    expect(byName.get('platforms')?.choices.map((choice) => choice.code)).toEqual([
      'facebook',
      'tiktok',
      'line',
    ]);
  });

  it('merges the fields of dynamic panels the same way', () => {
    const fields = byName.get('accounts')?.fields ?? [];
    expect(fields.map((field) => [field.name, field.versions])).toEqual([
      ['platform', [1, 2]],
      ['url', [2]],
    ]);
    expect(fields[0]?.choices.map((choice) => choice.code)).toEqual(['facebook', 'tiktok', 'line']);
  });

  it('does not depend on the order the versions are given in', () => {
    expect(
      mergeCodebooks([
        { versionNumber: 1, variables: version1 },
        { versionNumber: 2, variables: version2 },
      ]),
    ).toEqual(merged);
  });
});
