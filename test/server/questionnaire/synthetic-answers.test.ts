import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateResponses } from '../../../server/analysis/aggregate.ts';
import type { ResponseRecord } from '../../../server/analysis/response-record.ts';
import { compileDefinition } from '../../../server/questionnaire/compiled-version.ts';
import {
  createSeededRandom,
  generateSyntheticAnswers,
} from '../../../server/questionnaire/synthetic-answers.ts';
import { validateSubmission } from '../../../server/questionnaire/validate-submission.ts';
import { memberStates } from '../../../server/reference/member-states.ts';
import { fixturesDir, shippedSurveysDir } from '../../helpers/build-test-app.ts';

const questionnaires = [
  { name: 'national-policy', file: path.join(shippedSurveysDir, 'national-policy.json') },
  { name: 'agency-practice', file: path.join(shippedSurveysDir, 'agency-practice.json') },
  { name: 'pilot', file: path.join(fixturesDir, 'surveys', 'pilot.json') },
];
const compile = (file: string) => compileDefinition(readFileSync(file, 'utf8'));

describe('createSeededRandom', () => {
  it('repeats its sequence for the same seed and stays in [0, 1)', () => {
    const first = createSeededRandom(42);
    const second = createSeededRandom(42);
    const values = Array.from({ length: 1000 }, () => first());
    expect(Array.from({ length: 1000 }, () => second())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(createSeededRandom('TH')()).not.toBe(createSeededRandom('VN')());
  });
});

describe('generateSyntheticAnswers', () => {
  questionnaires.forEach(({ name, file }, index) => {
    // Validation with survey-core costs tens of milliseconds per response, hence the long timeout.
    it(`gives 200 seeded samples of ${name} that pass validation unchanged`, { timeout: 180_000 }, () => {
      const compiled = compile(file);
      const random = createSeededRandom(index + 1);
      for (let sample = 0; sample < 200; sample++) {
        const countryCode = memberStates[sample % memberStates.length]!.code;
        const answers = generateSyntheticAnswers(compiled, random, { countryCode });
        const check = validateSubmission(compiled, answers);
        expect(check, `${name} sample ${sample}: ${JSON.stringify(check)}`).toMatchObject({ ok: true });
        // Nothing the skip logic hides: validation keeps every answer.
        if (check.ok) expect(Object.keys(check.answers).sort()).toEqual(Object.keys(answers).sort());
      }
    });
  });

  it('is deterministic for a seed', () => {
    const compiled = compile(questionnaires[1]!.file);
    const once = generateSyntheticAnswers(compiled, createSeededRandom(7), { countryCode: 'TH' });
    const again = generateSyntheticAnswers(compiled, createSeededRandom(7), { countryCode: 'TH' });
    expect(again).toEqual(once);
  });

  it('fills the agency account inventory with 1 to 5 accounts with web addresses', () => {
    const compiled = compile(questionnaires[1]!.file);
    const random = createSeededRandom(3);
    const counts = new Set<number>();
    for (let sample = 0; sample < 100; sample++) {
      const accounts = generateSyntheticAnswers(compiled, random, { countryCode: 'PH' }).accounts;
      if (!Array.isArray(accounts)) continue;
      counts.add(accounts.length);
      for (const account of accounts as Array<Record<string, unknown>>) {
        if (account.acc_url !== undefined) expect(account.acc_url).toMatch(/^https:\/\//);
      }
    }
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(5);
    expect(counts.size).toBeGreaterThan(2);
  });

  it("answers the country question with the profile's country", () => {
    const compiled = compile(questionnaires[0]!.file);
    const answers = generateSyntheticAnswers(compiled, createSeededRandom(1), { countryCode: 'VN' });
    expect(answers.resp_country).toBe('viet_nam');
  });

  it('gives countries different leanings, so charts differ by country', () => {
    const compiled = compile(questionnaires[0]!.file);
    const random = createSeededRandom(11);
    const records: ResponseRecord[] = [];
    for (let index = 0; index < 400; index++) {
      const countryCode = index % 2 === 0 ? 'TH' : 'ID';
      records.push({
        id: index + 1,
        countryCode,
        organisationName: `Agency ${index}`,
        organisationType: 'ministry',
        versionNumber: 1,
        locale: null,
        startedAt: '2026-01-01T00:00:00Z',
        submittedAt: '2026-01-01T01:00:00Z',
        isSynthetic: true,
        answers: generateSyntheticAnswers(compiled, random, { countryCode }),
      });
    }
    const report = aggregateResponses(records, compiled.variables, { questions: ['gov_status'] });
    const shares = (country: string) =>
      report.questions[0]!.items[0]!.countries.find((cell) => cell.countryCode === country)!.values!.map(
        (value) => value.percent,
      );
    const difference = shares('TH').reduce(
      (sum, percent, index) => sum + Math.abs(percent - shares('ID')[index]!),
      0,
    );
    expect(difference).toBeGreaterThan(20);
  });
});
