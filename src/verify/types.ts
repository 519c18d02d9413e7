// The outcome of checking one lesson's run against what the lesson claims.
import type { Diagnostic, Lesson, StaleClass } from '../lesson/types.js';
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

/** One documented line that fails even after normalization, or a printed line the lesson lacks. */
export interface StaleLine {
  file: string;
  /** File line of the documented line (for a printed line alone: of the recorded line it comes before). */
  line: number;
  /** The command, as messages name it (`\`$ kubectl get pods\``). */
  command: string;
  /** The documented line; undefined when kubectl printed a line the lesson does not show. */
  documented?: string;
  /** What kubectl printed in its place; undefined when nothing did. */
  printed?: string;
  class: StaleClass;
  /** Why, in words: the fields that differ, or the command's error. */
  reason: string;
  /** Marked in the lesson (`stale=`), so accepted while it stays stale. */
  marked: boolean;
}

/** How the documented output lines fared. */
export interface LineTally {
  /** Equal to what was printed (or matched by a wildcard). */
  exact: number;
  /** Equal only after normalization. */
  normalized: number;
  /** Marked stale and still stale, by class. */
  stale: Record<StaleClass, number>;
  /** Not matching and not marked. */
  failing: number;
}

export function emptyTally(): LineTally {
  return { exact: 0, normalized: 0, stale: { format: 0, behaviour: 0, error: 0 }, failing: 0 };
}

/** Adds `b` into `a`. */
export function addTally(a: LineTally, b: LineTally): void {
  a.exact += b.exact;
  a.normalized += b.normalized;
  a.failing += b.failing;
  for (const cls of Object.keys(b.stale) as StaleClass[]) a.stale[cls] += b.stale[cls];
}

export interface Verdict {
  lesson: Lesson;
  backend: string;
  status: VerdictStatus;
  /** Empty when passed or skipped. For `invalid`, the lesson's error diagnostics. */
  problems: Problem[];
  /** Warnings about the lesson (they do not fail it): the lesson's own, and those raised while it ran. */
  warnings: Problem[];
  /** How its documented output lines fared, when it ran. */
  lines?: LineTally;
  /** Its stale lines (marked or not), when it ran; in file order. */
  stale?: StaleLine[];
  /** The run, when the lesson ran. */
  run?: LessonRun;
  durationMs: number;
  /** With the result cache: whether this verdict was reused, and if not, why not. */
  cache?: CacheNote;
}

/** Whether a verdict came from the result cache (src/cache/result-cache.ts), and if not, what changed. */
export interface CacheNote {
  hit: boolean;
  /** On a miss: `new lesson`, `lesson changed`, `kindling changed`, `backend options changed`, ... */
  reason?: string;
}

/** A lesson diagnostic as a verdict problem (an invalid lesson's problems are its errors). */
export function problemFromDiagnostic(d: Diagnostic): Problem {
  const problem: Problem = { code: d.code, name: d.name, message: d.message, file: d.file, line: d.line, column: d.column };
  if (d.hint !== undefined) problem.hint = d.hint;
  return problem;
}
