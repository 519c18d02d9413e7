// The JSON reporter: one document for CI tools and dashboards. Keys are always in this order.
//
// {
//   "version": 1,                       // bumped only when a field changes meaning or goes away
//   "backend": "sim",
//   "durationMs": 1800,                 // the whole run
//   "summary": { "passed": 2, "failed": 1, "invalid": 0, "skipped": 0 },
//   "lessons": [{
//     "file": "lessons/10-init.md", "slug": "10-init", "title": "...",
//     "status": "passed" | "failed" | "invalid" | "skipped",
//     "durationMs": 120,                // of the run that produced the verdict (a cached one: then)
//     "cache"?: { "hit": true } | { "hit": false, "reason": "lesson changed" },   // with the result cache
//     "problems": [{ "code": "KL601", "name": "output-mismatch", "message": "...",
//                    "file": "...", "line": 42, "column": 1,
//                    "hint"?: "...",       // what to do
//                    "diff"?: "..." }],    // unified diff, recorded -> captured
//     "warnings": [...],                  // same shape as problems; they do not fail the lesson
//     "steps": [{ "line": 41, "command": "kubectl get pods", "exitCode": 0,
//                 "durationMs": 12, "timedOut": false, "output": "..." }]   // empty unless it ran
//   }]
// }
import type { Problem, Verdict } from '../types.js';
import { stepsOf } from './steps-of.js';
import { countStatuses, type ReportTotals } from './types.js';

function problemJson(p: Problem): Record<string, unknown> {
  const out: Record<string, unknown> = {
    code: p.code,
    name: p.name,
    message: p.message,
    file: p.file,
    line: p.line,
    column: p.column,
  };
  if (p.hint !== undefined) out['hint'] = p.hint;
  if (p.diff !== undefined) out['diff'] = p.diff;
  return out;
}

function lessonJson(v: Verdict): Record<string, unknown> {
  return {
    file: v.lesson.file,
    slug: v.lesson.slug,
    title: v.lesson.meta.title,
    status: v.status,
    durationMs: v.durationMs,
    ...(v.cache ? { cache: v.cache } : {}),
    problems: v.problems.map(problemJson),
    warnings: v.warnings.map(problemJson),
    steps: stepsOf(v.run).map(({ line, step }) => ({
      line,
      command: step.result.command,
      exitCode: step.result.exitCode,
      durationMs: step.result.durationMs,
      timedOut: step.result.timedOut,
      output: step.result.output,
    })),
  };
}

/** The whole run as one JSON document (two-space indent, final newline). */
export function formatJsonReport(verdicts: readonly Verdict[], totals: ReportTotals): string {
  const counts = countStatuses(verdicts);
  const report = {
    version: 1,
    backend: totals.backend,
    durationMs: totals.durationMs,
    summary: { passed: counts.passed, failed: counts.failed, invalid: counts.invalid, skipped: counts.skipped },
    lessons: verdicts.map(lessonJson),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
