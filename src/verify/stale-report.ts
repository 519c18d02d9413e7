// The stale-docs report's model: per lesson, the documented output lines that fail even after
// normalization (marked `stale=` or not), next to what kubectl 1.32 printed, and the line counts.
import type { StaleClass } from '../lesson/types.js';
import { verifyCodes } from './codes.js';
import { addTally, emptyTally, type LineTally, type StaleLine, type Verdict } from './types.js';

export interface StaleLesson {
  file: string;
  slug: string;
  title: string;
  status: Verdict['status'];
  lines: LineTally;
  stale: StaleLine[];
  /** Lines marked stale that match now: their marks should go (KL603). */
  nowMatching: { line: number; message: string }[];
}

export interface StaleReport {
  backend: string;
  /** Every lesson's lines added up. */
  lines: LineTally;
  /** Stale lines by class, marked or not. */
  classes: Record<StaleClass, number>;
  /** Lessons that ran, in the given order (those without stale lines too, for their counts). */
  lessons: StaleLesson[];
}

/** Builds the report from a run's verdicts (lessons that did not run are left out). */
export function staleReport(verdicts: readonly Verdict[], backend: string): StaleReport {
  const lines = emptyTally();
  const classes: Record<StaleClass, number> = { format: 0, behaviour: 0, error: 0 };
  const lessons: StaleLesson[] = [];
  for (const v of verdicts) {
    if (!v.lines || !v.stale) continue;
    addTally(lines, v.lines);
    for (const s of v.stale) classes[s.class]++;
    const nowMatching = v.problems.filter((p) => p.code === verifyCodes.staleMarkMatches.code).map((p) => ({ line: p.line, message: p.message }));
    lessons.push({ file: v.lesson.file, slug: v.lesson.slug, title: v.lesson.meta.title, status: v.status, lines: v.lines, stale: v.stale, nowMatching });
  }
  return { backend, lines, classes, lessons };
}

/** `12 exact, 3 after normalization, 2 marked stale (format 1, behaviour 1, error 0), 1 failing`. */
export function formatTally(t: LineTally): string {
  const stale = t.stale.format + t.stale.behaviour + t.stale.error;
  return `${t.exact} exact, ${t.normalized} after normalization, ${stale} marked stale (format ${t.stale.format}, behaviour ${t.stale.behaviour}, error ${t.stale.error}), ${t.failing} failing`;
}
