// A lesson's JUnit test cases: one per command or script that ran, one per step an earlier
// failure skipped, and one per problem no step accounts for (a file block, a session error).
import type { BlockRun } from '../../run/types.js';
import type { Problem, Verdict } from '../types.js';
import { formatProblem } from './format-problem.js';
import { stepsOf } from './steps-of.js';

export interface JunitCase {
  name: string;
  line: number;
  durationMs: number;
  /** What went wrong or why it did not run; passed when undefined. */
  outcome?: { kind: 'failure' | 'error' | 'skipped'; message: string; type?: string; body?: string };
  /** What the step printed. */
  output?: string;
}

/** First line of a command or script, with `…` when it goes on. */
function firstLine(text: string): string {
  const lines = text.split('\n');
  return `${lines[0] ?? ''}${lines.length > 1 ? ' …' : ''}`;
}

function problemsOutcome(kind: 'failure' | 'error', problems: readonly Problem[]): JunitCase['outcome'] {
  const first = problems[0]!;
  const body = problems.map((p) => formatProblem(p, { color: false })).join('\n\n');
  return { kind, message: first.message, type: first.code, body };
}

/** Cases for a block an earlier failure kept from running (not for `norun` blocks, which are never tests). */
function skippedCases(run: BlockRun): JunitCase[] {
  const block = run.block;
  if (run.status !== 'skipped' || run.steps.length > 0 || block.attrs.norun) return [];
  const outcome = { kind: 'skipped' as const, message: 'not run: an earlier step failed' };
  if (block.kind === 'console') {
    return block.commands.map((c) => ({ name: `${c.line}: $ ${firstLine(c.displayLines.join('\n'))}`, line: c.line, durationMs: 0, outcome }));
  }
  if (block.kind === 'script') return [{ name: `${block.line}: ${block.lang || 'sh'}: ${firstLine(block.source)}`, line: block.line, durationMs: 0, outcome }];
  return [];
}

/** A case for a problem no step accounts for: named for its file block, or for the problem. */
function strayCaseName(verdict: Verdict, problem: Problem): string {
  const block = verdict.run?.blocks.find(
    (b) => b.block.span.start.line <= problem.line && problem.line <= b.block.span.end.line,
  )?.block;
  if (block?.kind === 'file') return `${block.span.start.line}: file ${block.path}`;
  return `${problem.line}: ${problem.code} ${problem.name}`;
}

function casesOfRun(verdict: Verdict): JunitCase[] {
  const cases: Array<JunitCase & { problems: Problem[]; block?: BlockRun }> = [];
  const located = stepsOf(verdict.run);
  for (const blockRun of verdict.run?.blocks ?? []) {
    for (const { line, step } of located.filter((s) => s.block === blockRun)) {
      const name = step.command
        ? `${line}: $ ${firstLine(step.command.displayLines.join('\n'))}`
        : `${line}: ${blockRun.block.lang || 'sh'}: ${firstLine(step.result.command)}`;
      cases.push({ name, line, durationMs: step.result.durationMs, output: step.result.output, problems: [], block: blockRun });
    }
    for (const c of skippedCases(blockRun)) cases.push({ ...c, problems: [] });
  }
  const ran = cases.filter((c) => c.outcome === undefined);
  for (const problem of verdict.problems) {
    const inBlock = (c: (typeof cases)[number]): boolean => {
      const span = c.block?.block.span;
      return span !== undefined && span.start.line <= problem.line && problem.line <= span.end.line;
    };
    const home = ran.find((c) => c.line === problem.line) ?? ran.filter(inBlock).pop();
    if (home) home.problems.push(problem);
    else cases.push({ name: strayCaseName(verdict, problem), line: problem.line, durationMs: 0, problems: [problem] });
  }
  // Keep the order of the lesson file: cases made for stray problems go where their line is.
  cases.sort((a, b) => a.line - b.line);
  return cases.map(({ problems, block: _block, ...c }) => (problems.length > 0 ? { ...c, outcome: problemsOutcome('failure', problems) } : c));
}

/** The test cases of one lesson's testsuite (never none). */
export function junitCases(verdict: Verdict): JunitCase[] {
  const line = verdict.problems[0]?.line ?? 1;
  switch (verdict.status) {
    case 'invalid':
      return [{ name: 'lesson', line, durationMs: 0, outcome: problemsOutcome('error', verdict.problems) }];
    case 'skipped': {
      const message = `not run on ${verdict.backend}: the lesson's backends are ${(verdict.lesson.meta.backends ?? []).join(', ')}`;
      return [{ name: 'lesson', line: 1, durationMs: 0, outcome: { kind: 'skipped', message } }];
    }
    default: {
      const cases = casesOfRun(verdict);
      return cases.length > 0 ? cases : [{ name: 'lesson', line: 1, durationMs: verdict.durationMs }];
    }
  }
}
