// The outcome of checking one lesson's run against what the lesson claims.
import type { Diagnostic, Lesson } from '../lesson/types.js';
import type { LessonRun } from '../run/types.js';

export type VerdictStatus =
  /** Every step ran as expected and every recorded output matched. */
  | 'passed'
  /** A step failed, timed out, or an output did not match. */
  | 'failed'
  /** The lesson has errors (diagnostics) and did not run. */
  | 'invalid'
  /** The lesson does not list this backend in `backends:`. */
  | 'skipped';

/** One reason a lesson failed, with its place in the lesson file. */
export interface Problem {
  code: string;
  name: string;
  message: string;
  file: string;
  line: number;
  column: number;
  /** What to do about it, when there is something useful to say. */
  hint?: string;
  /** A unified diff (expected -> actual) for output mismatches. */
  diff?: string;
}

export interface Verdict {
  lesson: Lesson;
  backend: string;
  status: VerdictStatus;
  /** Empty when passed or skipped. For `invalid`, the lesson's error diagnostics. */
  problems: Problem[];
  /** Warnings about the lesson (they do not fail it): the lesson's own, and those raised while it ran. */
  warnings: Problem[];
  /** The run, when the lesson ran. */
  run?: LessonRun;
  durationMs: number;
}

/** A lesson diagnostic as a verdict problem (an invalid lesson's problems are its errors). */
export function problemFromDiagnostic(d: Diagnostic): Problem {
  const problem: Problem = { code: d.code, name: d.name, message: d.message, file: d.file, line: d.line, column: d.column };
  if (d.hint !== undefined) problem.hint = d.hint;
  return problem;
}
