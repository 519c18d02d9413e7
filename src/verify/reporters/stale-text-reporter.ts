// `--reporter stale`: the stale-docs report as text. Per lesson and line, the documented output
// that fails even after normalization, what kubectl 1.32 printed instead, its class and why.
import type { StaleLine, Verdict } from '../types.js';
import { formatTally, staleReport } from '../stale-report.js';
import type { ReportTotals } from './types.js';

function entry(s: StaleLine): string {
  const mark = s.marked ? 'marked' : 'NOT MARKED';
  const out = [`${s.file}:${s.line}  ${s.class} (${mark})  ${s.command}`];
  out.push(`  documented:   ${s.documented ?? '(no such line)'}`);
  out.push(`  kubectl 1.32: ${s.printed ?? '(no such line)'}`);
  out.push(`  why: ${s.reason}`);
  return out.join('\n');
}

export function formatStaleTextReport(verdicts: readonly Verdict[], totals: ReportTotals): string {
  const report = staleReport(verdicts, totals.backend);
  const sections: string[] = [];
  for (const lesson of report.lessons) {
    if (lesson.stale.length === 0 && lesson.nowMatching.length === 0) continue;
    const matching = lesson.nowMatching.map((m) => `${lesson.file}:${m.line}  now matches, remove the mark\n  ${m.message}`);
    sections.push([`${lesson.file}  ${lesson.title}`, ...lesson.stale.map(entry), ...matching].join('\n\n'));
  }
  const count = report.lessons.reduce((n, l) => n + l.stale.length, 0);
  const head = count === 0 ? 'No stale documented output.' : `Stale documented output: ${count} line${count === 1 ? '' : 's'} (format ${report.classes.format}, behaviour ${report.classes.behaviour}, error ${report.classes.error})`;
  const foot = `Documented lines in ${report.lessons.length} lesson${report.lessons.length === 1 ? '' : 's'} on ${report.backend}: ${formatTally(report.lines)}`;
  return `${[head, ...sections, foot].join('\n\n')}\n`;
}
