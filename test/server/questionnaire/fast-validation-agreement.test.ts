/**
 * The fast validator agrees with survey-core (validateWithSurveyCore) on randomised submissions of the shipped
 * questionnaires and the pilot fixture: same ok/not-ok, same problems (question, panel, entry and message), same
 * kept answers. survey-core takes ~15 ms (pilot) to ~130 ms (shipped) per submission here, so `npm test` checks
 * 2,000 pilot samples and 400 of each shipped questionnaire; fast-validation-corpus.ts runs 10,000+ of each.
 *
 * The reference is survey-core as a fresh Model answers (surveyCoreReference): the cached Model that
 * validateWithSurveyCore reuses keeps errors of questions that were not validated this time, and keeps the previous
 * entry count of a dynamic panel answered with [] — see the first test.
 */
import { describe, expect, it } from 'vitest';
import { compileFastValidator, validateFast } from '../../../server/questionnaire/fast-validation/index.ts';
import {
  createSeededRandom,
  generateSyntheticAnswers,
} from '../../../server/questionnaire/synthetic-answers.ts';
import { validateWithSurveyCore } from '../../../server/questionnaire/validate-submission.ts';
import {
  compareResults,
  completedBySurveyCore,
  corpusQuestionnaires,
  freshSurveyCore,
  loadSubject,
  makeSample,
  runCorpus,
  surveyCoreReference,
  withoutEmptyValues,
} from './fast-validation-corpus.ts';

const samplesFor: Record<string, number> = { pilot: 2000, 'national-policy': 400, 'agency-practice': 400 };

describe('fast validation agrees with survey-core', () => {
  corpusQuestionnaires.forEach(({ name, file }) => {
    const samples = samplesFor[name] ?? 400;
    it(`on ${samples} randomised submissions of ${name}`, { timeout: 600_000 }, () => {
      const subject = loadSubject(file);
      expect(subject.fast.unsupported).toEqual([]);
      const stats = runCorpus(subject, name, samples, 100_000);
      expect(stats.disagreements.slice(0, 3)).toEqual([]);
      // The corpus exercises both outcomes substantially.
      expect(stats.ok).toBeGreaterThan(samples * 0.2);
      expect(stats.rejectedByRules).toBeGreaterThan(samples * 0.2);
      // Problems come in the same order as survey-core's getAllQuestions(…, includeNested) gives them.
      expect(stats.sameOrder).toBe(samples);
    });
  });

  it('uses a reference that answers as a fresh Model does', { timeout: 300_000 }, () => {
    const { name, file } = corpusQuestionnaires[2]!;
    const subject = loadSubject(file);
    for (let index = 0; index < 15; index++) {
      const sample = makeSample(subject, name, 200_000 + index);
      const fresh = freshSurveyCore(subject, structuredClone(sample.answers));
      expect(
        compareResults(sample, fresh, surveyCoreReference(subject.version, sample.answers)),
      ).toBeUndefined();
    }
  });

  it('keeps exactly what survey-core completion keeps: nothing from hidden pages, panels or entry fields', {
    timeout: 300_000,
  }, () => {
    let dropped = 0;
    corpusQuestionnaires.forEach(({ name, file }) => {
      const subject = loadSubject(file);
      for (let sampleIndex = 0; sampleIndex < 60; sampleIndex++) {
        const sample = makeSample(subject, name, 300_000 + sampleIndex);
        const fast = validateFast(subject.fast, sample.answers);
        if (!fast.ok) continue;
        if (Object.keys(fast.answers).length < Object.keys(sample.answers).length) dropped++;
        const completed = completedBySurveyCore(subject.version.definition, sample.answers);
        expect(withoutEmptyValues(fast.answers), sample.seed).toEqual(withoutEmptyValues(completed));
      }
    });
    // The samples include answers to hidden questions and pages, which completion drops.
    expect(dropped).toBeGreaterThan(5);
  });

  it('is stateless, and the cached survey-core Model no longer carries errors over (a hidden page)', () => {
    const { file } = corpusQuestionnaires[2]!;
    const subject = loadSubject(file);
    const valid = generateSyntheticAnswers(subject.version, createSeededRandom(5), { countryCode: 'TH' });
    const base: Record<string, unknown> = { ...valid, ag_num_accounts: 3 };
    delete base.acct_creation_approval;
    const missing = validateWithSurveyCore(subject.version, base);
    expect(missing.ok).toBe(false);
    // With no accounts the "accounts" page is hidden: nothing on it is validated…
    const hiddenPage = { ...base, ag_num_accounts: 0 };
    expect(validateFast(subject.fast, hiddenPage).ok).toBe(true);
    expect(freshSurveyCore(subject, hiddenPage).ok).toBe(true);
    // …and the cached Model, right after a submission that had an error there, no longer reports it.
    expect(validateWithSurveyCore(subject.version, hiddenPage).ok).toBe(true);
  });

  it('compiles without survey-core features it cannot mirror for the shipped questionnaires', () => {
    for (const { file } of corpusQuestionnaires) {
      const subject = loadSubject(file);
      expect(compileFastValidator(subject.version).unsupported).toEqual([]);
    }
  });
});
