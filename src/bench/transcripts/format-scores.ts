// The bench's text for the transcript score: one line per case, a total, and with --verbose the
// first mismatching lines of each case (normalized, as compared), what was not supported and why,
// and the first status/restart/reason sequence the simulator did not reproduce.
import type { CaseScore } from './score-case.js';

export interface CaseResult {
  /** `07` */
  id: string;
  /** `liveness-exec-restart` */
  name: string;
  score?: CaseScore;
  /** Why the case could not be scored (no plan, a plan that does not fit the transcript). */
  problems?: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function notSupported(score: CaseScore): { steps: number; lines: number } {
  const outcomes = score.outcomes.flatMap((o) => (o.kind === 'not-supported' ? [o] : []));
  return { steps: outcomes.length, lines: outcomes.reduce((n, o) => n + o.lines, 0) };
}

/** `07 liveness-exec-restart: 12/15 lines, statuses/restarts/reasons in order: yes` */
export function formatCaseLine(result: CaseResult): string {
  const head = `${result.id} ${result.name}`;
  const score = result.score;
  if (!score) return `${head}: not scored (${(result.problems ?? []).join('; ')})`;
  let line = `${head}: ${score.matched}/${score.total} lines, statuses/restarts/reasons in order: ${score.inOrder}`;
  const unsupported = notSupported(score);
  const notScored = score.outcomes.filter((o) => o.kind === 'not-scored').length;
  const extras = [
    unsupported.steps > 0 ? `not supported: ${plural(unsupported.steps, 'step')} (${plural(unsupported.lines, 'line')})` : '',
    notScored > 0 ? `not scored: ${plural(notScored, 'step')}` : '',
    score.notPlanned.length > 0 ? `not in the plan: step ${score.notPlanned.join(', ')}` : '',
  ].filter((e) => e !== '');
  if (extras.length > 0) line += ` (${extras.join('; ')})`;
  return line;
}

/** The total over every scored case. */
export function formatTotal(results: readonly CaseResult[]): string {
  const scores = results.flatMap((r) => (r.score ? [r.score] : []));
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  const total = scores.reduce((n, s) => n + s.total, 0);
  const judged = scores.filter((s) => s.inOrder !== 'n/a');
  const unsupported = scores.map(notSupported).reduce((a, b) => ({ steps: a.steps + b.steps, lines: a.lines + b.lines }), { steps: 0, lines: 0 });
  const percent = total > 0 ? ` (${((100 * matched) / total).toFixed(1)}%)` : '';
  const unscored = results.length - scores.length;
  return (
    `total: ${matched}/${total} lines${percent} over ${plural(scores.length, 'case')}${unscored > 0 ? ` (${unscored} not scored)` : ''}; ` +
    `statuses/restarts/reasons in order in ${judged.filter((s) => s.inOrder === 'yes').length} of ${judged.length} cases; ` +
    `not supported: ${plural(unsupported.steps, 'step')} (${plural(unsupported.lines, 'line')})`
  );
}

/** The --verbose lines under a case's line. */
export function formatDetails(result: CaseResult, maxLines = 5): string[] {
  const score = result.score;
  if (!score) return [];
  const out: string[] = [];
  let shown = 0;
  for (const o of score.outcomes) {
    if (o.kind === 'not-supported') out.push(`    step ${o.step}: not supported: ${o.why}`);
    else if (o.kind === 'not-scored') out.push(`    step ${o.step}: not scored: ${o.why}`);
    else {
      if (o.difference) {
        const d = o.difference;
        out.push(`    step ${o.step}: ${d.kind} expected [${d.expected.join(', ')}], got [${d.got.join(', ')}]`);
      }
      for (const m of o.score.mismatches) {
        if (shown++ >= maxLines) continue;
        out.push(`    step ${o.step}: expected: ${m.expected}`, `    ${' '.repeat(o.step.length + 7)}got:      ${m.got ?? '(nothing)'}`);
      }
    }
  }
  const more = score.outcomes.reduce((n, o) => n + (o.kind === 'scored' ? o.score.mismatches.length : 0), 0) - maxLines;
  if (more > 0) out.push(`    ... and ${plural(more, 'more mismatching line')}`);
  return out;
}
