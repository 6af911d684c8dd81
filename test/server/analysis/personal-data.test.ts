import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aggregateResponses,
  isPersonalVariable,
  mergeCodebooks,
  personalAnswerNames,
  type ResponseRecord,
  withoutPersonalAnswers,
  withoutPersonalData,
} from '../../../server/analysis/index.ts';
import { buildCodebook } from '../../../server/questionnaire/codebook.ts';
import { fixturesDir, shippedSurveysDir } from '../../helpers/build-test-app.ts';

const definitionOf = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const personalStudy = definitionOf(path.join(fixturesDir, 'personal-data', 'personal-study.json'));
const variables = buildCodebook(personalStudy);
const codebook = mergeCodebooks([{ versionNumber: 1, variables }]);
type Marked = { name: string; personalData?: true; fields: Marked[] };
/** The marked variables as paths: `question`, or `panel.field` for a dynamic panel's field. */
const personalNames = (list: Marked[], panel?: string): string[] =>
  list.flatMap((variable) => [
    ...(variable.personalData ? [panel ? `${panel}.${variable.name}` : variable.name] : []),
    ...personalNames(variable.fields, variable.name),
  ]);

describe('the codebook of questions marked personal data', () => {
  it('marks the name, e-mail and telephone questions of the shipped questionnaires, and nothing else', () => {
    const marked = ['national-policy', 'agency-practice'].map((slug) =>
      personalNames(buildCodebook(definitionOf(path.join(shippedSurveysDir, `${slug}.json`)))),
    );
    expect(marked).toEqual([['resp_name', 'resp_email'], ['ag_resp_email']]);
  });

  it('marks a question, a dynamic panel field, and every field of a dynamic panel marked as a whole', () => {
    expect(personalNames(variables)).toEqual([
      'resp_name',
      'resp_email',
      'resp_phone',
      'resp_channel',
      'accounts.account_owner',
    ]);
    const wholePanel = buildCodebook({
      pages: [
        {
          name: 'p',
          elements: [
            {
              type: 'paneldynamic',
              name: 'helpers',
              personalData: true,
              templateElements: [{ type: 'text', name: 'helper_name' }],
            },
          ],
        },
      ],
    });
    expect(personalNames(wholePanel)).toEqual(['helpers', 'helpers.helper_name']);
    expect(variables.find((variable) => variable.name === 'agency_name')).not.toHaveProperty('personalData');
  });

  it('keeps a variable personal across versions when any version marks it', () => {
    const unmarked = structuredClone(personalStudy);
    delete unmarked.pages[0].elements[2].personalData;
    const merged = mergeCodebooks([
      { versionNumber: 1, variables },
      { versionNumber: 2, variables: buildCodebook(unmarked) },
    ]);
    expect(merged.find((entry) => entry.name === 'resp_email')?.personalData).toBe(true);
  });
});

describe('leaving personal data out', () => {
  const answers = {
    agency_name: 'Ministry of Digital Economy',
    resp_name: 'Somchai Kittisak',
    resp_channel: 'other',
    'resp_channel-Comment': 'LINE id somchai1975',
    accounts: [{ account_handle: '@mdes_th', account_owner: 'Pimchanok Srisuk' }, { account_handle: '@x' }],
  };

  it('drops personal variables from the codebook, and returns the same codebook when there are none', () => {
    const kept = withoutPersonalData(codebook);
    expect(personalNames(kept)).toEqual([]);
    expect(kept.map((entry) => entry.name)).toEqual([
      'agency_name',
      'uses_social_media',
      'final_comments',
      'accounts',
    ]);
    expect(kept.find((entry) => entry.name === 'accounts')?.fields.map((field) => field.name)).toEqual([
      'account_handle',
    ]);
    expect(withoutPersonalData(codebook)).toBe(kept);
    expect(withoutPersonalData(kept)).toBe(kept);
  });

  it('drops personal answers, other texts and panel fields from a copy, leaving the answers given untouched', () => {
    const before = structuredClone(answers);
    expect(withoutPersonalAnswers(codebook, answers)).toEqual({
      agency_name: 'Ministry of Digital Economy',
      accounts: [{ account_handle: '@mdes_th' }, { account_handle: '@x' }],
    });
    expect(answers).toEqual(before);
    const anonymous = { agency_name: 'Agency', accounts: [{ account_handle: '@y' }] };
    expect(withoutPersonalAnswers(codebook, anonymous)).toBe(anonymous);
    expect(personalAnswerNames(codebook, answers)).toEqual([
      'resp_name',
      'resp_channel',
      'accounts.account_owner',
    ]);
  });

  it('names the variable paths that are personal', () => {
    expect(
      [
        'resp_email',
        'resp_channel-Comment',
        'accounts.account_owner',
        'accounts.account_handle',
        'agency_name',
      ].map((name) => isPersonalVariable(codebook, name)),
    ).toEqual([true, true, true, false, false]);
  });

  it('never aggregates a personal question', () => {
    const record: ResponseRecord = {
      id: 1,
      countryCode: 'TH',
      organisationName: 'Ministry',
      organisationType: 'ministry',
      versionNumber: 1,
      locale: null,
      startedAt: '2026-01-01T00:00:00.000Z',
      submittedAt: '2026-01-01T00:00:00.000Z',
      isSynthetic: false,
      answers,
    };
    const report = aggregateResponses([record, record, record], variables, { minCellSize: 1 });
    const questions = report.questions.map((question) => question.question);
    expect(questions).toContain('agency_name');
    expect(questions).not.toContain('resp_name');
    expect(questions).not.toContain('resp_channel');
    expect(JSON.stringify(report)).not.toMatch(/Somchai|somchai1975|Pimchanok|account_owner/);
  });
});
