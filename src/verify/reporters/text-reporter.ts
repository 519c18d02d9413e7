// The default reporter: a line per lesson as it finishes, the problems at the end, then a summary.
// None of these strings ends with a newline except the whole report's.
import type { Verdict, VerdictStatus } from '../types.js';
import { paint, type Style } from './ansi.js';
import { formatDuration } from './format-duration.js';
import { formatProblem } from './format-problem.js';
import { countStatuses, type ReportOptions, type ReportTotals } from './types.js';

const MARKS: Record<VerdictStatus, { mark: string; style: Style }> = {
  passed: { mark: '✓', style: 'green' },
  failed: { mark: '✗', style: 'red' },
  invalid: { mark: '!', style: 'yellow' },
  skipped: { mark: '-', style: 'dim' },
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What ends a lesson's line: how long it took, or why it did not run. */
function lessonDetail(verdict: Verdict): string {
  switch (verdict.status) {
    case 'invalid':
      return `(invalid: ${plural(verdict.problems.length, 'error')})`;
    case 'skipped': {
      const where = verdict.lesson.meta.backends;
      return `(skipped: not for ${verdict.backend}${where ? `; backends: ${where.join(', ')}` : ''})`;
    }
    default:
      return verdict.cache?.hit ? 'cached' : formatDuration(verdict.durationMs);
  }
}

/** One line for a finished lesson: `✓ lessons/x.md  Title  120ms`. */
export function formatLessonLine(verdict: Verdict, options: ReportOptions): string {
  const { color } = options;
  const { mark, style } = MARKS[verdict.status];
  const title = verdict.lesson.meta.title;
  const text = `${verdict.lesson.file}${title ? `  ${title}` : ''}`;
  if (verdict.status === 'skipped') return paint(color, 'dim', `${mark} ${text}  ${lessonDetail(verdict)}`);
  return `${paint(color, style, mark)} ${text}  ${paint(color, 'dim', lessonDetail(verdict))}`;
}

/** A failed or invalid lesson's problems, then any lesson's warnings, a blank line between them; '' when there are none. */
export function formatProblems(verdict: Verdict, options: ReportOptions): string {
  const errors = verdict.status === 'failed' || verdict.status === 'invalid' ? verdict.problems.map((p) => formatProblem(p, options)) : [];
  const warnings = verdict.warnings.map((p) => formatProblem(p, { ...options, severity: 'warning' }));
  return [...errors, ...warnings].join('\n\n');
}

/** `3 lessons: 2 passed, 1 failed, 0 invalid, 0 skipped (1.8s on sim)`. */
export function formatSummary(verdicts: readonly Verdict[], totals: ReportTotals, options: ReportOptions): string {
  const { color } = options;
  const counts = countStatuses(verdicts);
  const part = (status: VerdictStatus, style: Style): string => {
    const text = `${counts[status]} ${status}`;
    return counts[status] > 0 ? paint(color, style, text) : text;
  };
  const parts = [part('passed', 'green'), part('failed', 'red'), part('invalid', 'yellow'), part('skipped', 'dim')];
  return `${plural(verdicts.length, 'lesson')}: ${parts.join(', ')} (${formatDuration(totals.durationMs)} on ${totals.backend})`;
}

/** The whole text report at once, for when nothing was printed while the lessons ran. */
export function formatTextReport(verdicts: readonly Verdict[], totals: ReportTotals, options: ReportOptions): string {
  const sections = [verdicts.map((v) => formatLessonLine(v, options)).join('\n')];
  const problems = verdicts.map((v) => formatProblems(v, options)).filter((p) => p !== '');
  if (problems.length > 0) sections.push(problems.join('\n\n'));
  sections.push(formatSummary(verdicts, totals, options));
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}
