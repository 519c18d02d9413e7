// `--reporter stale-json`: the stale-docs report as one JSON document. Keys are always in this order.
//
// {
//   "version": 1,
//   "backend": "sim",
//   "lines": { "exact": 40, "normalized": 12, "stale": { "format": 1, "behaviour": 2, "error": 0 }, "failing": 1 },
//   "classes": { "format": 1, "behaviour": 3, "error": 0 },   // stale lines found, marked or not
//   "lessons": [{
//     "file": "...", "slug": "...", "title": "...", "status": "passed",
//     "lines": { ... },                                          // as above, for this lesson
//     "stale": [{ "line": 17, "command": "`$ kubectl ...`",
//                 "documented"?: "secret \"x\" created",         // absent: kubectl prints a line the lesson lacks
//                 "printed"?: "secret/x created",                // absent: kubectl no longer prints it
//                 "class": "format" | "behaviour" | "error", "reason": "...", "marked": true }],
//     "nowMatching": [{ "line": 9, "message": "..." }]          // marked lines that match now: remove their marks
//   }]
// }
import type { StaleLine, Verdict } from '../types.js';
import { staleReport } from '../stale-report.js';
import type { ReportTotals } from './types.js';

function lineJson(s: StaleLine): Record<string, unknown> {
  const out: Record<string, unknown> = { line: s.line, command: s.command };
  if (s.documented !== undefined) out['documented'] = s.documented;
  if (s.printed !== undefined) out['printed'] = s.printed;
  return { ...out, class: s.class, reason: s.reason, marked: s.marked };
}

export function formatStaleJsonReport(verdicts: readonly Verdict[], totals: ReportTotals): string {
  const report = staleReport(verdicts, totals.backend);
  const doc = {
    version: 1,
    backend: report.backend,
    lines: report.lines,
    classes: report.classes,
    lessons: report.lessons.map((l) => ({ file: l.file, slug: l.slug, title: l.title, status: l.status, lines: l.lines, stale: l.stale.map(lineJson), nowMatching: l.nowMatching })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
