import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCodebook, flattenVariables } from '../../../server/questionnaire/index.ts';
import { fixturesDir, shippedSurveysDir } from '../../helpers/build-test-app.ts';

const load = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('buildCodebook', () => {
  it('lists each question as a variable with its kind, titles per locale and choice codes', () => {
    const variables = buildCodebook(load(path.join(fixturesDir, 'definitions', 'minimal-valid.json')));
    expect(variables.map((variable) => [variable.name, variable.kind])).toEqual([
      ['agency_name', 'text'],
      ['uses_social_media', 'single_choice'],
      ['platforms', 'multiple_choice'],
    ]);
    const [agency, uses, platforms] = variables;
    expect(agency?.title).toEqual({ default: 'Agency name', th: 'ชื่อหน่วยงาน' });
    expect(agency?.isRequired).toBe(true);
    expect(uses?.choices).toEqual([
      { code: 'yes', label: { default: 'Yes', th: 'ใช่' } },
      { code: 'no', label: { default: 'No', th: 'ไม่ใช่' } },
    ]);
    expect(platforms?.hasOther).toBe(true);
    expect(platforms?.choices.map((choice) => choice.code)).toEqual(['facebook', 'youtube', 'other']);
    expect(platforms?.choices.at(-1)?.special).toBe('other');
    expect(platforms?.page).toBe('about');
  });

  it('describes matrices, ratings, dynamic panels and multiple text', () => {
    const variables = buildCodebook({
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'matrix', name: 'instruments', rows: ['law', 'plan'], columns: ['exists', 'planned'] },
            {
              type: 'matrixdropdown',
              name: 'links',
              rows: ['telecom'],
              choices: ['yes', 'no'],
              columns: [{ name: 'linked' }, { name: 'note', cellType: 'text' }],
            },
            { type: 'rating', name: 'benefit', rateMin: 1, rateMax: 5 },
            { type: 'text', name: 'staff', inputType: 'number' },
            { type: 'boolean', name: 'has_unit' },
            {
              type: 'paneldynamic',
              name: 'accounts',
              templateElements: [{ type: 'dropdown', name: 'platform', choices: ['fb'] }],
            },
            { type: 'multipletext', name: 'contact', items: [{ name: 'phone' }, { name: 'email' }] },
            { type: 'html', name: 'intro', html: '<p>hi</p>' },
          ],
        },
      ],
    });
    const byName = new Map(flattenVariables(variables).map((variable) => [variable.name, variable]));
    expect(byName.has('intro')).toBe(false);
    expect(byName.get('instruments')).toMatchObject({ kind: 'matrix' });
    expect(byName.get('instruments')?.rows.map((row) => row.code)).toEqual(['law', 'plan']);
    expect(byName.get('instruments')?.choices.map((column) => column.code)).toEqual(['exists', 'planned']);
    expect(
      byName
        .get('links')
        ?.columns.map((column) => [column.name, column.kind, column.choices.map((c) => c.code)]),
    ).toEqual([
      ['linked', 'single_choice', ['yes', 'no']],
      ['note', 'text', []],
    ]);
    expect(byName.get('benefit')?.choices.map((choice) => choice.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(byName.get('staff')?.kind).toBe('number');
    expect(byName.get('has_unit')?.choices.map((choice) => choice.code)).toEqual(['true', 'false']);
    expect(byName.get('accounts')?.kind).toBe('panel_dynamic');
    expect(byName.get('platform')).toMatchObject({ kind: 'single_choice', parent: 'accounts', page: 'p1' });
    expect(byName.get('contact')?.columns.map((column) => column.name)).toEqual(['phone', 'email']);
  });

  it('gives every variable of the shipped questionnaires a unique name', () => {
    for (const file of ['national-policy.json', 'agency-practice.json']) {
      const names = flattenVariables(buildCodebook(load(path.join(shippedSurveysDir, file)))).map(
        (variable) => variable.name,
      );
      expect(names.length).toBeGreaterThan(30);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
