/**
 * Randomised agreement corpus for the fast validator: valid synthetic submissions with random mutations (missing
 * required answers, flipped skip-logic drivers, bad e-mails/URLs/numbers/texts, checkbox counts, "other" without
 * its comment, dynamic panel entries and fields, partial matrices, answers to hidden questions…), each validated
 * by the fast validator and by survey-core (validateWithSurveyCore) and compared.
 *
 * Imported by fast-validation-agreement.test.ts; run directly for a large corpus and timings:
 *   node --import tsx test/server/questionnaire/fast-validation-corpus.ts [samplesPerQuestionnaire] [questionnaire]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { AnswerProblem } from '../../../server/questionnaire/answer-check.ts';
import { flattenVariables, type Variable } from '../../../server/questionnaire/codebook.ts';
import { type CompiledVersion, compileDefinition } from '../../../server/questionnaire/compiled-version.ts';
import {
  compileFastValidator,
  type FastValidator,
  validateFast,
} from '../../../server/questionnaire/fast-validation/index.ts';
import { createSurveyModel } from '../../../server/questionnaire/survey-model.ts';
import {
  createSeededRandom,
  generateSyntheticAnswers,
  type Random,
} from '../../../server/questionnaire/synthetic-answers.ts';
import {
  type SubmissionCheck,
  validateWithSurveyCore,
} from '../../../server/questionnaire/validate-submission.ts';
import { memberStates } from '../../../server/reference/member-states.ts';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
export const corpusQuestionnaires = [
  { name: 'pilot', file: path.join(root, 'test', 'fixtures', 'surveys', 'pilot.json') },
  { name: 'national-policy', file: path.join(root, 'surveys', 'national-policy.json') },
  { name: 'agency-practice', file: path.join(root, 'surveys', 'agency-practice.json') },
];

export interface Subject {
  version: CompiledVersion;
  fast: FastValidator;
  /** Every variable, dynamic panel fields included. */
  variables: Variable[];
  /** Top-level question names read by some visibleIf/requiredIf/enableIf: the skip-logic drivers. */
  drivers: string[];
  /** Names of questions that are required or have a requiredIf. */
  required: string[];
}

export function loadSubject(file: string): Subject {
  const text = readFileSync(file, 'utf8');
  const version = compileDefinition(text);
  const fast = compileFastValidator(version);
  const names = new Set(version.variables.map((variable) => variable.name));
  const drivers = new Set<string>();
  for (const match of text.matchAll(/\{([A-Za-z0-9_]+)[.}[]/g))
    if (names.has(match[1]!)) drivers.add(match[1]!);
  const required = version.model
    .getAllQuestions(false, false, false)
    .filter((question) => question.isRequired || question.requiredIf)
    .map((question) => question.name);
  return {
    version,
    fast,
    variables: flattenVariables(version.variables),
    drivers: [...drivers],
    required,
  };
}

/**
 * survey-core as validateWithSurveyCore uses it, but as a fresh Model would answer. The cached Model keeps state
 * between submissions that validateWithSurveyCore does not reset: `question.errors` of questions that are not validated
 * this time (on a hidden page or in a hidden panel) keep the previous submission's errors, and a dynamic panel
 * answered with [] keeps the previous submission's entry count. Errors are cleared first; a fresh Model treats []
 * like no answer (the entry count stays the initial one), so [] is left out for survey-core and put back into the
 * kept answers when the question is visible.
 */
export function surveyCoreReference(
  version: CompiledVersion,
  answers: Record<string, unknown>,
): SubmissionCheck {
  const { model } = version;
  for (const page of model.pages) page.clearErrors();
  const given = { ...answers };
  const emptyPanels: string[] = [];
  for (const name of version.initialPanelCounts.keys()) {
    const value = given[name];
    if (Array.isArray(value) && value.length === 0) {
      delete given[name];
      emptyPanels.push(name);
    }
  }
  const result = validateWithSurveyCore(version, given);
  if (!result.ok) return result;
  const kept: Record<string, unknown> = {};
  // Keep the submission's key order, as validateWithSurveyCore does.
  for (const [key, value] of Object.entries(answers)) {
    if (key in result.answers) kept[key] = result.answers[key];
    else if (emptyPanels.includes(key) && model.getQuestionByName(key)?.isVisibleInSurvey) kept[key] = value;
  }
  return { ok: true, answers: kept };
}

/** survey-core on a Model built for this one submission (not cached): slow, used to check surveyCoreReference. */
export function freshSurveyCore(subject: Subject, answers: Record<string, unknown>): SubmissionCheck {
  const model = createSurveyModel(subject.version.definition);
  const fresh: CompiledVersion = { ...subject.version, model };
  return validateWithSurveyCore(fresh, answers);
}

/**
 * What survey-core's own completion stores: a fresh Model given the answers, completed (doComplete clears the values
 * of hidden questions, pages, panels and dynamic panel fields, and unused "other" texts), its data read back.
 */
export function completedBySurveyCore(
  definition: unknown,
  answers: Record<string, unknown>,
): Record<string, unknown> {
  const model = createSurveyModel(definition as CompiledVersion['definition']);
  model.data = structuredClone(answers);
  model.doComplete();
  return model.data as Record<string, unknown>;
}

/**
 * The answers without empty values ([], "", null): survey-core's completion leaves `[]` or `""` where it clears
 * some values, which means no answer as much as a missing key does.
 */
export function withoutEmptyValues(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answers).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations

type Answers = Record<string, unknown>;
type Mutation = (subject: Subject, answers: Answers, random: Random) => void;

const pick = <T>(items: readonly T[], random: Random): T | undefined =>
  items.length === 0 ? undefined : items[Math.floor(random() * items.length)];

function topLevel(subject: Subject, kinds?: string[]): Variable[] {
  return subject.version.variables.filter((variable) => !kinds || kinds.includes(variable.kind));
}

function rawCode(variable: Variable, code: string): unknown {
  if (variable.kind === 'boolean') return code === 'true' ? true : code === 'false' ? false : code;
  if (variable.kind === 'rating' && /^-?\d+$/.test(code)) return Number(code);
  return code;
}

/** Any value the codebook allows for a variable (so that checkAnswers lets it through to the rules). */
function randomValue(variable: Variable, random: Random): unknown {
  const codes = variable.choices;
  switch (variable.kind) {
    case 'single_choice':
    case 'rating':
    case 'boolean': {
      const code = pick(codes, random);
      return code ? rawCode(variable, code.code) : undefined;
    }
    case 'multiple_choice': {
      const chosen = codes.filter(() => random() < 0.4).map((code) => code.code);
      return chosen;
    }
    case 'number':
      return pick(
        [0, 1, 5, 42, -1, 100, 101, 1989, 2024, 5000, '7', ' 12 ', '-3', 3.5, 1e6, '1e3', 'abc'],
        random,
      );
    case 'text':
      return pick(textValues, random);
    case 'matrix': {
      const value: Answers = {};
      for (const row of variable.rows) {
        const column = pick(codes, random);
        if (column && random() < 0.7) value[row.code] = column.code;
      }
      return value;
    }
    case 'matrix_dropdown': {
      const value: Answers = {};
      for (const row of variable.rows) {
        if (random() < 0.3) continue;
        const cells: Answers = {};
        for (const column of variable.columns) {
          const code = pick(column.choices, random);
          if (code && random() < 0.7) cells[column.name] = code.code;
        }
        value[row.code] = cells;
      }
      return value;
    }
    default:
      return undefined;
  }
}

const textValues = [
  'plain answer',
  '',
  '   ',
  'x',
  'not-an-email',
  'someone@example',
  'a@b.co',
  'first.last@agency.gov.th',
  'https://www.example.org/page',
  'http://x',
  'www.example.org',
  'ftp://files.example.org/a',
  'ends with digits 123',
  '123',
  '2025-02-30',
  '2024-05-01',
  '3000-01-01',
  ' a@b.co',
  'long '.repeat(700),
];

/** Question names whose answers are "other" choices, with their "other" code. */
function otherCode(variable: Variable): string | undefined {
  return variable.choices.find((code) => code.special === 'other')?.code;
}

const mutations: Array<[string, Mutation]> = [
  [
    'delete a required answer',
    (subject, answers, random) => {
      const name = pick(subject.required, random);
      if (name) delete answers[name];
    },
  ],
  [
    'delete a random answer',
    (_subject, answers, random) => {
      const key = pick(Object.keys(answers), random);
      if (key) delete answers[key];
    },
  ],
  [
    'flip a skip-logic driver',
    (subject, answers, random) => {
      const name = pick(subject.drivers, random);
      const variable = subject.version.variables.find((candidate) => candidate.name === name);
      if (!variable) return;
      if (random() < 0.15) delete answers[variable.name];
      else answers[variable.name] = randomValue(variable, random);
    },
  ],
  [
    'answer a random question randomly',
    (subject, answers, random) => {
      const variable = pick(topLevel(subject), random);
      if (!variable) return;
      const value = randomValue(variable, random);
      if (value !== undefined) answers[variable.name] = value;
    },
  ],
  [
    'bad text',
    (subject, answers, random) => {
      const variable = pick(topLevel(subject, ['text']), random);
      if (variable) answers[variable.name] = pick(textValues, random);
    },
  ],
  [
    'bad number',
    (subject, answers, random) => {
      const variable = pick(topLevel(subject, ['number']), random);
      if (variable) answers[variable.name] = randomValue(variable, random);
    },
  ],
  [
    'checkbox count',
    (subject, answers, random) => {
      const variable = pick(topLevel(subject, ['multiple_choice']), random);
      if (!variable) return;
      const codes = variable.choices.map((code) => code.code);
      const none = variable.choices.find((code) => code.special === 'none')?.code;
      const choice = random();
      if (choice < 0.3) answers[variable.name] = codes;
      else if (choice < 0.5) answers[variable.name] = [];
      else if (choice < 0.7 && none) answers[variable.name] = [none];
      else if (choice < 0.85 && none) answers[variable.name] = [none, codes[0]];
      else answers[variable.name] = codes.slice(0, 1 + Math.floor(random() * codes.length));
    },
  ],
  [
    '"other" comment',
    (subject, answers, random) => {
      const variable = pick(
        topLevel(subject).filter((candidate) => otherCode(candidate) !== undefined),
        random,
      );
      if (!variable) return;
      const other = otherCode(variable)!;
      if (random() < 0.7) {
        answers[variable.name] =
          variable.kind === 'multiple_choice'
            ? [
                ...new Set([
                  ...(Array.isArray(answers[variable.name]) ? (answers[variable.name] as string[]) : []),
                  other,
                ]),
              ]
            : other;
      }
      const comment = random();
      if (comment < 0.5) delete answers[`${variable.name}-Comment`];
      else if (comment < 0.65) answers[`${variable.name}-Comment`] = '';
      else if (comment < 0.8) answers[`${variable.name}-Comment`] = '   ';
      else answers[`${variable.name}-Comment`] = 'Community radio';
    },
  ],
  [
    'partial matrix',
    (subject, answers, random) => {
      const variable = pick(topLevel(subject, ['matrix', 'matrix_dropdown']), random);
      if (!variable) return;
      const value = answers[variable.name];
      const choice = random();
      if (choice < 0.2) answers[variable.name] = {};
      else if (choice < 0.5) answers[variable.name] = randomValue(variable, random);
      else if (value && typeof value === 'object') {
        const copy = structuredClone(value) as Answers;
        const row = pick(Object.keys(copy), random);
        if (row && variable.kind === 'matrix_dropdown' && random() < 0.5) {
          const cells = copy[row] as Answers;
          const cell = pick(Object.keys(cells), random);
          if (cell) delete cells[cell];
        } else if (row) delete copy[row];
        answers[variable.name] = copy;
      }
    },
  ],
  [
    'dynamic panel entries',
    (subject, answers, random) => {
      const variable = pick(topLevel(subject, ['panel_dynamic']), random);
      if (!variable) return;
      const entries = Array.isArray(answers[variable.name])
        ? structuredClone(answers[variable.name] as Answers[])
        : [];
      const choice = random();
      if (choice < 0.12) answers[variable.name] = [];
      else if (choice < 0.2) delete answers[variable.name];
      else if (choice < 0.35) answers[variable.name] = [...entries, {}];
      else if (choice < 0.45) {
        const template = entries[0] ?? {};
        answers[variable.name] = Array.from({ length: 28 + Math.floor(random() * 6) }, () =>
          structuredClone(template),
        );
      } else {
        for (let count = 0; count < 1 + Math.floor(random() * 3); count++) {
          const entry = pick(entries, random);
          const field = pick(variable.fields, random);
          if (!entry || !field) continue;
          if (random() < 0.5) delete entry[field.name];
          else {
            const value =
              field.kind === 'text' || field.kind === 'number'
                ? randomValue(field, random)
                : randomValue(field, random);
            if (value !== undefined) entry[field.name] = value;
            const other = otherCode(field);
            if (other && random() < 0.4) {
              entry[field.name] = field.kind === 'multiple_choice' ? [other] : other;
              if (random() < 0.5) delete entry[`${field.name}-Comment`];
              else entry[`${field.name}-Comment`] = 'Community radio';
            }
          }
        }
        answers[variable.name] = entries;
      }
    },
  ],
  [
    'boolean values',
    (subject, answers, random) => {
      const variable = pick(topLevel(subject, ['boolean']), random);
      if (variable) answers[variable.name] = pick([true, false, 'true', 'false'], random);
    },
  ],
  [
    'answer every question (hidden ones too)',
    (subject, answers, random) => {
      for (const variable of topLevel(subject)) {
        if (answers[variable.name] !== undefined || random() < 0.5) continue;
        const value = randomValue(variable, random);
        if (value !== undefined) answers[variable.name] = value;
      }
    },
  ],
  [
    'unknown question or code',
    (subject, answers, random) => {
      if (random() < 0.5) answers.not_a_question = 'x';
      else {
        const variable = pick(topLevel(subject, ['single_choice']), random);
        if (variable) answers[variable.name] = 'not_a_code';
      }
    },
  ],
  [
    'empty answers',
    (_subject, answers, random) => {
      if (random() < 0.1) for (const key of Object.keys(answers)) delete answers[key];
    },
  ],
];

export interface Sample {
  seed: string;
  mutations: string[];
  answers: Answers;
}

/** A valid synthetic submission with 0–4 random mutations; about 10% stay unmutated. */
export function makeSample(subject: Subject, name: string, index: number): Sample {
  const seed = `${name}#${index}`;
  const random = createSeededRandom(seed);
  const countryCode = memberStates[index % memberStates.length]!.code;
  const answers = generateSyntheticAnswers(subject.version, random, { countryCode });
  const applied: string[] = [];
  const count = random() < 0.1 ? 0 : 1 + Math.floor(random() * 4);
  for (let step = 0; step < count; step++) {
    const [label, mutate] = pick(mutations, random)!;
    mutate(subject, answers, random);
    applied.push(label);
  }
  for (const [key, value] of Object.entries(answers)) if (value === undefined) delete answers[key];
  return { seed, mutations: applied, answers };
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison

export interface Disagreement {
  seed: string;
  mutations: string[];
  what: string;
  fast: unknown;
  surveyCore: unknown;
}

const problemKey = (problem: AnswerProblem) =>
  `${problem.question}|${problem.panel ?? ''}|${problem.entry ?? ''}|${problem.message}`;

/** Same ok/not-ok, the same multiset of (question, panel, entry, message), and the same kept answers. */
export function compareResults(
  sample: Sample,
  fast: SubmissionCheck,
  reference: SubmissionCheck,
): Disagreement | undefined {
  const base = { seed: sample.seed, mutations: sample.mutations };
  if (fast.ok !== reference.ok) return { ...base, what: 'ok', fast, surveyCore: reference };
  if (!fast.ok && !reference.ok) {
    const mine = fast.problems.map(problemKey).sort();
    const theirs = reference.problems.map(problemKey).sort();
    if (!isDeepStrictEqual(mine, theirs))
      return { ...base, what: 'problems', fast: mine, surveyCore: theirs };
  }
  if (fast.ok && reference.ok && !isDeepStrictEqual(fast.answers, reference.answers)) {
    return { ...base, what: 'kept answers', fast: fast.answers, surveyCore: reference.answers };
  }
  return undefined;
}

export interface CorpusStats {
  samples: number;
  ok: number;
  rejectedByChecks: number;
  rejectedByRules: number;
  sameOrder: number;
  disagreements: Disagreement[];
  fastMs: number;
  surveyCoreMs: number;
  /** How often each survey-core message occurred (problem coverage of the corpus). */
  messages: Map<string, number>;
  /** Accepted submissions from which answers to hidden questions were dropped. */
  dropped: number;
}

export function runCorpus(subject: Subject, name: string, samples: number, firstIndex = 0): CorpusStats {
  const stats: CorpusStats = {
    samples,
    ok: 0,
    rejectedByChecks: 0,
    rejectedByRules: 0,
    sameOrder: 0,
    disagreements: [],
    fastMs: 0,
    surveyCoreMs: 0,
    messages: new Map(),
    dropped: 0,
  };
  for (let index = firstIndex; index < firstIndex + samples; index++) {
    const sample = makeSample(subject, name, index);
    let start = performance.now();
    const fast = validateFast(subject.fast, sample.answers);
    stats.fastMs += performance.now() - start;
    start = performance.now();
    const reference = surveyCoreReference(subject.version, structuredClone(sample.answers));
    stats.surveyCoreMs += performance.now() - start;
    const disagreement = compareResults(sample, fast, reference);
    if (disagreement) stats.disagreements.push(disagreement);
    if (reference.ok) {
      stats.ok++;
      if (Object.keys(reference.answers).length < Object.keys(sample.answers).length) stats.dropped++;
    } else if (
      reference.problems.some((problem) => /^"|^must |^has |^is |^contains /.test(problem.message))
    ) {
      stats.rejectedByChecks++;
    } else {
      stats.rejectedByRules++;
      for (const problem of reference.problems) {
        const key = `${problem.panel ? 'panel field: ' : ''}${problem.message}`;
        stats.messages.set(key, (stats.messages.get(key) ?? 0) + 1);
      }
    }
    if (!fast.ok && !reference.ok && isDeepStrictEqual(fast.problems, reference.problems)) stats.sameOrder++;
    else if (fast.ok && reference.ok) stats.sameOrder++;
  }
  return stats;
}

/** Times both validators on the same valid and mutated submissions (warm), in ms per submission. */
export function timeBoth(
  subject: Subject,
  name: string,
  samples: number,
): { fast: number; surveyCore: number } {
  const corpus = Array.from(
    { length: samples },
    (_, index) => makeSample(subject, `${name}-timing`, index).answers,
  );
  for (const answers of corpus.slice(0, 20)) {
    validateFast(subject.fast, answers);
    validateWithSurveyCore(subject.version, answers);
  }
  let start = performance.now();
  for (let round = 0; round < 5; round++) for (const answers of corpus) validateFast(subject.fast, answers);
  const fast = (performance.now() - start) / (5 * samples);
  start = performance.now();
  for (const answers of corpus) validateWithSurveyCore(subject.version, answers);
  const surveyCore = (performance.now() - start) / samples;
  return { fast, surveyCore };
}

function main(): void {
  const samples = Number(process.argv[2] ?? 10_000);
  const only = process.argv[3];
  corpusQuestionnaires.forEach(({ name, file }) => {
    if (only && name !== only) return;
    const subject = loadSubject(file);
    if (subject.fast.unsupported.length > 0) {
      console.log(`${name}: unsupported — ${subject.fast.unsupported.join('; ')}`);
      return;
    }
    const started = performance.now();
    const stats = runCorpus(subject, name, samples);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `${name}: ${stats.samples} samples in ${seconds} s — ${stats.ok} ok, ${stats.rejectedByChecks} rejected by checkAnswers, ` +
        `${stats.rejectedByRules} rejected by survey rules; disagreements: ${stats.disagreements.length}; ` +
        `identical problem order: ${stats.sameOrder}/${stats.samples}`,
    );
    console.log(
      `  in-corpus time per submission: fast ${(stats.fastMs / samples).toFixed(3)} ms, survey-core ${(stats.surveyCoreMs / samples).toFixed(2)} ms`,
    );
    console.log(`  accepted with hidden answers dropped: ${stats.dropped}`);
    const messages = [...stats.messages].sort((a, b) => b[1] - a[1]);
    console.log(`  distinct survey-core messages: ${messages.length}`);
    for (const [message, count] of messages)
      console.log(`    ${String(count).padStart(6)}  ${message.slice(0, 110)}`);
    for (const disagreement of stats.disagreements.slice(0, 5))
      console.log(JSON.stringify(disagreement).slice(0, 3000));
    const freshChecks = Math.min(150, samples);
    let freshDiffer = 0;
    for (let index = 0; index < freshChecks; index++) {
      const sample = makeSample(subject, name, index);
      const fresh = freshSurveyCore(subject, structuredClone(sample.answers));
      if (
        compareResults(sample, fresh, surveyCoreReference(subject.version, structuredClone(sample.answers)))
      )
        freshDiffer++;
    }
    console.log(
      `  reference vs a fresh Model per submission: ${freshDiffer} differences in ${freshChecks} samples`,
    );
    const timing = timeBoth(subject, name, 300);
    console.log(
      `  timing (300 submissions, warm): fast ${timing.fast.toFixed(3)} ms, survey-core ${timing.surveyCore.toFixed(2)} ms, ` +
        `×${(timing.surveyCore / timing.fast).toFixed(0)}`,
    );
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
