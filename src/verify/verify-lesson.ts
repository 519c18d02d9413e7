// The verdict on one lesson: did every step run as expected, and does every recorded output match?
import { hasErrors, type Diagnostic, type Lesson } from '../lesson/types.js';
import type { LessonRun, RunFailure } from '../run/types.js';
import { checkCommandOutput } from './check-command-output.js';
import { lessonNodeNames } from './match-mode.js';
import { addTally, emptyTally, problemFromDiagnostic, type Problem, type StaleLine, type Verdict } from './types.js';

export interface VerifyOptions {
  /** Normalize volatile values (ages, IPs, IDs, generated names) before matching: for real clusters. */
  normalize: boolean;
}

function sameFailure(a: RunFailure, b: RunFailure): boolean {
  return a.code === b.code && a.line === b.line && a.column === b.column && a.message === b.message;
}

/** The run's failure and any block failures, each once. */
function runFailures(run: LessonRun): RunFailure[] {
  const found: RunFailure[] = [];
  for (const failure of [...run.blocks.map((b) => b.failure), run.failure]) {
    if (failure && !found.some((f) => sameFailure(f, failure))) found.push(failure);
  }
  return found;
}

function lessonWarnings(lesson: Lesson): Problem[] {
  return lesson.diagnostics.filter((d) => d.severity === 'warning').map(problemFromDiagnostic);
}

/** Compares a lesson's run with what the lesson records: `failed` with problems, or `passed`. */
export function verifyLesson(run: LessonRun, options: VerifyOptions): Verdict {
  const file = run.lesson.file;
  const mismatches: Problem[] = [];
  const lines = emptyTally();
  const stale: StaleLine[] = [];
  const nodeNames = lessonNodeNames(run.lesson);
  const check = { normalize: options.normalize, ...(nodeNames.length > 0 ? { nodeNames } : {}) };
  for (const block of run.blocks) {
    for (const step of block.steps) {
      if (!step.command) continue;
      // A command stopped with Ctrl-C (`^C`) as the lesson says is no failure (its status is the signal's).
      const found = checkCommandOutput(step.command, step.result.output, file, check, step.result.interrupted ? 0 : step.result.exitCode);
      mismatches.push(...found.problems);
      addTally(lines, found.tally);
      stale.push(...found.stale);
    }
  }
  // The run stage's messages already quote the end of a failing step's output.
  const failures: Problem[] = runFailures(run).map((failure) => ({ ...failure }));
  // Top to bottom; on one line, why the step failed before how its output differs (sort is stable).
  const problems = [...failures, ...mismatches];
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    lesson: run.lesson,
    backend: run.backend,
    status: problems.length > 0 ? 'failed' : 'passed',
    problems,
    warnings: [...lessonWarnings(run.lesson), ...run.warnings.map(problemFromDiagnostic)],
    lines,
    stale: stale.sort((a, b) => a.line - b.line),
    run,
    durationMs: run.durationMs,
  };
}

/** The verdict on a lesson that has errors and did not run; `extra` adds errors found later (e.g. by the backend). */
export function invalidVerdict(lesson: Lesson, backend: string, extra: readonly Diagnostic[] = []): Verdict {
  const diagnostics = [...lesson.diagnostics, ...extra];
  if (!hasErrors(diagnostics)) throw new Error(`invalidVerdict: ${lesson.file} has no error diagnostics`);
  return {
    lesson,
    backend,
    status: 'invalid',
    problems: diagnostics.filter((d) => d.severity === 'error').map(problemFromDiagnostic),
    warnings: lessonWarnings(lesson),
    durationMs: 0,
  };
}

/** The verdict on a lesson whose `backends:` leaves out this backend. */
export function skippedVerdict(lesson: Lesson, backend: string): Verdict {
  return { lesson, backend, status: 'skipped', problems: [], warnings: lessonWarnings(lesson), durationMs: 0 };
}
