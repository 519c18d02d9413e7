// Compares one console command's recorded output with what it printed: line by line, exactly or
// through the Kubernetes-aware normalizers, with lines marked `stale=` accepted while they are
// still stale. Says how each documented line fared, for the stale-docs report and the bench.
import type { ConsoleCommand, StaleClass } from '../lesson/types.js';
import { alignForDiff } from './align-for-diff.js';
import { classifyStaleLine } from './classify-stale-line.js';
import { verifyCodes } from './codes.js';
import { ELLIPSIS_LINE, INLINE_WILDCARD, lineMatches, outputMatches, splitLines, type AlignOp } from './match-output.js';
import { normalizeLines, normalizeRules } from './normalize.js';
import { maskNamesLikePrinted } from './mask-names-like-printed.js';
import { canonicalRowOrder, isGetListing } from './reorder-table-rows.js';
import { pairHunkLines } from './pair-hunk-lines.js';
import { reindentExcerpts } from './reindent-excerpts.js';
import { emptyTally, type LineTally, type Problem, type StaleLine } from './types.js';
import { formatUnifiedDiff } from './unified-diff.js';

export interface CheckOptions {
  /** Apply the Kubernetes-aware normalizers to both sides first (real clusters, `match: normalized`). */
  normalize: boolean;
  /** The lesson's own node names, normalized like the well-known ones. */
  nodeNames?: readonly string[];
}

/** What one command's output check found. */
export interface CommandCheck {
  problems: Problem[];
  tally: LineTally;
  /** Documented lines that fail even after normalization (marked or not), and printed lines the lesson lacks. */
  stale: StaleLine[];
}

/** How a command is named in messages: its first line, with `…` when it goes on. */
export function describeCommand(command: ConsoleCommand): string {
  const first = command.displayLines[0] ?? command.source.split('\n')[0] ?? '';
  return `\`${command.prompt?.text ?? '$'} ${first}\`${command.displayLines.length > 1 ? ' …' : ''}`;
}

function isWildcard(line: string): boolean {
  return line.trimEnd() === ELLIPSIS_LINE || line.includes(INLINE_WILDCARD);
}

/**
 * Checks a command's output. Recording nothing is a claim too: a command whose lines were never
 * recorded fails if it printed anything (KL602).
 */
export function checkCommandOutput(command: ConsoleCommand, output: string, file: string, options: CheckOptions, exitCode = 0): CommandCheck {
  const norm = (lines: readonly string[]): string[] => (options.normalize ? normalizeLines(lines, normalizeRules, options.nodeNames ? { nodeNames: options.nodeNames } : {}) : [...lines]);
  let expected = command.expected;
  let actual = splitLines(output);
  let got = norm(actual);
  // A dedented excerpt of `-o yaml` is compared at the indentation kubectl prints it at.
  let want = options.normalize ? maskNamesLikePrinted(reindentExcerpts(norm(expected), got), got) : norm(expected);
  // Which recorded line (index in command.expected) each position holds, after any reordering.
  let origin = expected.map((_, i) => i);
  if (options.normalize && isGetListing(command.source)) {
    const e = canonicalRowOrder(want);
    const a = canonicalRowOrder(got);
    [expected, want, origin] = [e.map((i) => expected[i]!), e.map((i) => want[i]!), e.map((i) => origin[i]!)];
    [actual, got] = [a.map((i) => actual[i]!), a.map((i) => got[i]!)];
  }
  const marks = command.staleMarks ?? new Map<number, StaleClass>();
  const markAt = (i: number): StaleClass | undefined => marks.get(origin[i]!);
  const lineOf = (i: number): number => command.outputLines.startLine + origin[i]!;
  const result: CommandCheck = { problems: [], tally: emptyTally(), stale: [] };
  const base = { file, column: command.column };

  const ops = alignForDiff(want, got);
  if (outputMatches(want, got)) {
    tallyMatches(ops, expected, actual, result.tally);
    for (const [index, cls] of [...marks].sort((x, y) => x[0] - y[0])) {
      const line = index < 0 ? command.line : command.outputLines.startLine + index;
      result.problems.push({
        code: verifyCodes.staleMarkMatches.code,
        name: verifyCodes.staleMarkMatches.name,
        message:
          index < 0
            ? `${describeCommand(command)} is marked stale (${cls}) for printing lines the lesson leaves out, but it prints none now`
            : `line ${line} of the output of ${describeCommand(command)} is marked stale (${cls}), but it matches what kubectl printed now`,
        hint: 'remove the line from the block\'s stale= attribute',
        line,
        ...base,
      });
    }
    return result;
  }

  // The stale lines: each hunk of the plain alignment, its documented and printed lines paired.
  const headers = want[0] !== undefined && got[0] !== undefined ? { documented: want[0], printed: got[0] } : undefined;
  for (const pair of pairHunkLines(ops, want, got)) {
    const documented = pair.e === undefined ? undefined : want[pair.e];
    const printed = pair.a === undefined ? undefined : got[pair.a];
    const { class: cls, reason } = classifyStaleLine(documented, printed, headers === undefined ? { exitCode } : { exitCode, headers });
    const entry: StaleLine = {
      file,
      line: pair.e !== undefined ? lineOf(pair.e) : pair.before !== undefined ? lineOf(pair.before) : command.outputLines.endLine,
      command: describeCommand(command),
      class: cls,
      reason,
      marked: pair.e !== undefined ? markAt(pair.e) !== undefined : marks.has(-1),
    };
    if (pair.e !== undefined) entry.documented = expected[pair.e]!;
    if (pair.a !== undefined) entry.printed = actual[pair.a]!;
    result.stale.push(entry);
  }

  const marked = new Set(want.map((_, i) => i).filter((i) => markAt(i) !== undefined));
  const wantMarked = want.map((line, i) => (marked.has(i) ? ELLIPSIS_LINE : line));
  // A mark on the `$ ` line accepts the printed lines that have no documented counterpart.
  const extra = marks.has(-1) ? new Set(ops.flatMap((op) => (op.op === 'add' ? [op.a] : []))) : new Set<number>();
  const gotKept = got.filter((_, a) => !extra.has(a));
  const actualKept = actual.filter((_, a) => !extra.has(a));
  if ((marked.size > 0 || extra.size > 0) && outputMatches(wantMarked, gotKept)) {
    // Accepted: every failing line is marked. Printed lines the marks absorb count as marked too.
    for (const entry of result.stale) if (entry.documented === undefined) entry.marked = true;
    tallyMatches(alignForDiff(wantMarked, gotKept).filter((op) => !(op.op === 'elide' && marked.has(op.e))), expected, actualKept, result.tally);
    for (const i of marked) {
      const cls = markAt(i)!;
      const entry = result.stale.find((s) => s.documented !== undefined && s.line === lineOf(i));
      if (!entry) {
        // The alignment matched this line: if the output still matches without its mark, the mark is obsolete.
        const without = wantMarked.map((line, k) => (k === i ? want[i]! : line));
        if (outputMatches(without, gotKept)) {
          result.problems.push({
            code: verifyCodes.staleMarkMatches.code,
            name: verifyCodes.staleMarkMatches.name,
            message: `line ${lineOf(i)} of the output of ${describeCommand(command)} is marked stale (${cls}), but it matches what kubectl printed now`,
            hint: 'remove the line from the block\'s stale= attribute',
            line: lineOf(i),
            ...base,
          });
          result.tally.normalized++;
        } else result.tally.stale[cls]++;
        continue;
      }
      if (entry.class !== cls) {
        result.problems.push({
          code: verifyCodes.staleClassChanged.code,
          name: verifyCodes.staleClassChanged.name,
          message: `line ${entry.line} of the output of ${describeCommand(command)} is marked stale as ${cls}, but the difference is now a ${entry.class} one: ${entry.reason}`,
          hint:
            command.fenceLine === undefined
              ? `mark it ${entry.class} in the block's stale=, or update the line`
              : `mark it ${entry.line - command.fenceLine}:${entry.class} in the block's stale= (block lines count from the line after the fence), or update the line`,
          line: entry.line,
          ...base,
        });
        result.tally.failing++;
      } else result.tally.stale[cls]++;
    }
    return result;
  }

  tallyMatches(ops, expected, actual, result.tally);
  for (const entry of result.stale) {
    if (entry.documented === undefined) continue;
    if (entry.marked) result.tally.stale[entry.class]++;
    else result.tally.failing++;
  }
  const diff = formatUnifiedDiff({ expected, actual, ops, firstLine: command.outputLines.startLine });
  const place = { line: command.line, ...base, diff };
  if (command.expected.length === 0) {
    const lines = actual.length === 1 ? '1 line' : `${actual.length} lines`;
    result.problems.push({
      code: verifyCodes.outputNotRecorded.code,
      name: verifyCodes.outputNotRecorded.name,
      message: `${describeCommand(command)} printed ${lines}, but the lesson records no output under it`,
      hint: 'run `kindling update` to record the output (CI fails lessons whose output was never recorded)',
      ...place,
    });
    return result;
  }
  result.problems.push({
    code: verifyCodes.outputMismatch.code,
    name: verifyCodes.outputMismatch.name,
    message: `output of ${describeCommand(command)} differs from the recorded output`,
    hint: 'if the new output is right, run `kindling update` to record it; `...` and `[..]` stand for lines and text that vary',
    ...place,
  });
  return result;
}

/** Counts the documented lines an alignment matched: exactly, or only after normalization. */
function tallyMatches(ops: readonly AlignOp[], expected: readonly string[], actual: readonly string[], tally: LineTally): void {
  for (const op of ops) {
    if (op.op !== 'same') continue;
    if (lineMatches(expected[op.e]!, actual[op.a]!) || isWildcard(expected[op.e]!)) tally.exact++;
    else tally.normalized++;
  }
}
