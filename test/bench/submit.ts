/**
 * Submit (`POST /api/r/<token>/submit`) with full server-side validation: complete, valid synthetic answers, each
 * invitation submitted once, at 50 keep-alive connections; baseline: the bare route writing the same bodies.
 * Then, in this process, where validation time goes, using the server's own functions on the version compiled as
 * the server compiles it: our checks (checkAnswers), resetting and setting model.data, model.validate, the rest.
 */
import path from 'node:path';
import { checkAnswers, defaultMaxTextLength } from '../../server/questionnaire/answer-check.ts';
import type { CompiledVersion } from '../../server/questionnaire/compiled-version.ts';
import {
  createSeededRandom,
  generateSyntheticAnswers,
} from '../../server/questionnaire/synthetic-answers.ts';
import { validateSubmission } from '../../server/questionnaire/validate-submission.ts';
import { memberStates } from '../../server/reference/member-states.ts';
import { type BenchProcess, startTinjauAndBare } from './bench-process.ts';
import {
  type BenchContext,
  benchmarkDir,
  createBenchInvitations,
  openFixtureDatabase,
  profileFlags,
} from './fixtures.ts';
import { runLoad } from './load-loop.ts';
import { atLeast, atMost, type BenchmarkResult, type Figure, median } from './report.ts';

const connections = 50;

interface Answered {
  countryCode: string;
  answers: Record<string, unknown>;
}

export async function submitBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const { dir, cleanup } = benchmarkDir(context, 'submit');
  const processes: BenchProcess[] = [];
  try {
    const database = await openFixtureDatabase(path.join(dir, 'tinjau.db'));
    const { compiled } = database;
    const random = createSeededRandom(4242);
    const poolSize = context.quick ? 40 : 300;
    const pool: Answered[] = [];
    let rejected = 0;
    while (pool.length < poolSize) {
      const countryCode = memberStates[pool.length % memberStates.length]?.code ?? 'TH';
      const answers = generateSyntheticAnswers(compiled, random, { countryCode });
      if (validateSubmission(compiled, answers).ok) pool.push({ countryCode, answers });
      else if (++rejected > poolSize) throw new Error('synthetic answers keep failing validation');
    }
    const split = measureValidationSplit(compiled, pool, context.quick ? pool.length : 300);

    const invitationCount = context.quick ? 1_000 : 8_000;
    const assigned = Array.from(
      { length: invitationCount },
      (_, index) => pool[index % pool.length] as Answered,
    );
    const tokens = await createBenchInvitations(
      database.repositories,
      assigned.map((entry) => entry.countryCode),
    );
    const bodies = assigned.map((entry) => Buffer.from(JSON.stringify({ answers: entry.answers })));
    database.close();

    const { tinjau, bare } = await startTinjauAndBare(dir, processes, {
      logLevel: context.logLevel,
      nodeArgs: profileFlags(context, 'submit'),
    });

    const timing = context.quick
      ? { warmupMs: 1_000, durationMs: 3_000 }
      : { warmupMs: 3_000, durationMs: 15_000 };
    context.log(`submit: bare baseline at ${connections} connections`);
    const baseline = await runLoad({
      baseUrl: bare.baseUrl,
      connections,
      ...timing,
      next: (index) => ({
        method: 'POST',
        path: `/api/r/${tokens[index % tokens.length]}/submit`,
        body: bodies[index % bodies.length],
      }),
    });
    context.log(`submit: tinjau at ${connections} connections`);
    // Each invitation once: a second submit would only fetch the stored receipt.
    const measured = await runLoad({
      baseUrl: tinjau.baseUrl,
      connections,
      ...timing,
      next: (index) =>
        index < tokens.length
          ? { method: 'POST', path: `/api/r/${tokens[index]}/submit`, body: bodies[index] }
          : undefined,
    });
    await Promise.all(processes.map((process) => process.stop()));

    const notes: string[] = [];
    if (measured.failures > 0)
      notes.push(`tinjau: ${measured.failures} failed, first: ${measured.firstFailure}`);
    if (baseline.failures > 0)
      notes.push(`bare: ${baseline.failures} failed, first: ${baseline.firstFailure}`);
    if (measured.exhausted)
      notes.push(`ran out of the ${invitationCount} invitations before the time was up`);
    notes.push(
      `at saturation the server spends ${(1000 / measured.requestsPerSecond).toFixed(0)} ms of wall time per submission; ` +
        `validateSubmission alone takes ${split.totalMs.toFixed(0)} ms in this process (run with --profile for the server's own split).`,
    );

    // validateSubmission now runs the compiled fast validator; the survey-core parts below are the fallback path
    // (and the reference the fast one is proven against), shown as shares of their own sum.
    const surveyCoreMs = split.clearMs + split.setDataMs + split.validateMs + split.restMs;
    const part = (metric: string, ms: number): Figure => ({
      metric: `survey-core fallback: ${metric}`,
      value: ms,
      unit: 'ms',
      display: `${ms.toFixed(2)} ms (${((ms / surveyCoreMs) * 100).toFixed(0)}%)`,
    });
    const figures: Figure[] = [
      {
        metric: `req/s @${connections}`,
        value: measured.requestsPerSecond,
        unit: 'req/s',
        baseline: { label: 'bare', value: baseline.requestsPerSecond },
        ratio: measured.requestsPerSecond / baseline.requestsPerSecond,
        target: atLeast(measured.requestsPerSecond, 250, '≥ 250 req/s'),
      },
      {
        metric: `p50 @${connections}`,
        value: measured.p50Ms,
        unit: 'ms',
        baseline: { label: 'bare', value: baseline.p50Ms },
        ratio: measured.p50Ms / baseline.p50Ms,
      },
      {
        metric: `p99 @${connections}`,
        value: measured.p99Ms,
        unit: 'ms',
        baseline: { label: 'bare', value: baseline.p99Ms },
        ratio: measured.p99Ms / baseline.p99Ms,
        target: atMost(measured.p99Ms, 200, '≤ 200 ms'),
      },
      {
        metric: 'validation: checkAnswers',
        value: split.checkAnswersMs,
        unit: 'ms',
        display: `${split.checkAnswersMs.toFixed(2)} ms`,
      },
      part('model.clear', split.clearMs),
      part('set model.data', split.setDataMs),
      part('model.validate', split.validateMs),
      part('rest (errors, hidden)', split.restMs),
      {
        metric: 'validateSubmission (fast path) total',
        value: split.totalMs,
        unit: 'ms',
        display: `${split.totalMs.toFixed(2)} ms (median ${split.totalMedianMs.toFixed(2)})`,
      },
    ];
    return {
      name: 'submit',
      figures,
      details: {
        invitations: invitationCount,
        validatedAnswerSets: pool.length,
        averageBodyBytes: bodies.reduce((sum, body) => sum + body.length, 0) / bodies.length,
        ...timing,
        tinjau: measured,
        bare: baseline,
        validationSplitMsPerSubmission: split,
      },
      notes,
    };
  } finally {
    await Promise.all(processes.map((process) => process.stop()));
    cleanup();
  }
}

interface ValidationSplit {
  submissions: number;
  checkAnswersMs: number;
  clearMs: number;
  setDataMs: number;
  validateMs: number;
  restMs: number;
  /** validateSubmission itself, timed separately on the same answers. */
  totalMs: number;
  totalMedianMs: number;
}

/**
 * The steps of validateSubmission, timed one by one (mean ms per submission). Setting the data repeats
 * validate-submission.ts's setModelData, which is not exported: clear, a structured clone, panel counts reset.
 */
function measureValidationSplit(
  compiled: CompiledVersion,
  pool: Answered[],
  submissions: number,
): ValidationSplit {
  const { model } = compiled;
  const sums = { checkAnswers: 0, clear: 0, setData: 0, validate: 0, rest: 0 };
  const rounds = Math.max(1, Math.ceil(submissions / pool.length));
  const totals: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const { answers } of pool) {
      const t0 = performance.now();
      checkAnswers(compiled.variables, answers, {
        requireKnownCodes: true,
        maxTextLength: defaultMaxTextLength,
      });
      const t1 = performance.now();
      model.clear(true, true);
      const t2 = performance.now();
      model.data = structuredClone(answers);
      for (const [name, count] of compiled.initialPanelCounts) {
        if (Array.isArray(answers[name])) continue;
        (model.getQuestionByName(name) as unknown as { panelCount: number }).panelCount = count;
      }
      const t3 = performance.now();
      model.validate(true, false);
      const t4 = performance.now();
      const problems = model
        .getAllQuestions(false, false, true)
        .filter((question) => question.errors.length > 0)
        .flatMap((question) => question.errors.map((error) => error.getText()));
      const hidden = model
        .getAllQuestions(false, false, false)
        .filter((question) => !question.isVisible)
        .map((question) => question.name);
      const kept = { ...answers };
      for (const name of hidden) delete kept[name];
      const t5 = performance.now();
      if (problems.length > 0) throw new Error(`a validated answer set failed: ${problems[0]}`);
      sums.checkAnswers += t1 - t0;
      sums.clear += t2 - t1;
      sums.setData += t3 - t2;
      sums.validate += t4 - t3;
      sums.rest += t5 - t4;

      const started = performance.now();
      validateSubmission(compiled, answers);
      totals.push(performance.now() - started);
    }
  }
  const count = rounds * pool.length;
  return {
    submissions: count,
    checkAnswersMs: sums.checkAnswers / count,
    clearMs: sums.clear / count,
    setDataMs: sums.setData / count,
    validateMs: sums.validate / count,
    restMs: sums.rest / count,
    totalMs: totals.reduce((sum, value) => sum + value, 0) / count,
    totalMedianMs: median(totals),
  };
}
