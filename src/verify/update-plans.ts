// What `kindling update` writes, by mode: `all` (the default) records what each command printed
// wherever the lesson's check fails; `only-stale` rewrites only the lines that fail even after
// normalization; `mark-stale` keeps the documented lines and marks those in the block's `stale=`.
import type { UpdatePlan } from '../lesson/update-lesson-source.js';
import type { ConsoleCommand, Lesson, MatchMode, StaleClass } from '../lesson/types.js';
import { checkCommandOutput, type CheckOptions } from './check-command-output.js';
import { lessonNodeNames, resolveMatchMode } from './match-mode.js';
import { mergeExpected } from './match-output.js';
import { maskNamesLikePrinted } from './mask-names-like-printed.js';
import { normalizeLines, normalizeRules } from './normalize.js';

export type UpdateMode = 'all' | 'only-stale' | 'mark-stale';

export function updatePlan(lesson: Lesson, backend: string, mode: UpdateMode, match?: MatchMode): UpdatePlan {
  const nodeNames = lessonNodeNames(lesson);
  const normalize = mode === 'only-stale' || resolveMatchMode(lesson, backend, match) === 'normalized';
  const options: CheckOptions = { normalize, ...(nodeNames.length > 0 ? { nodeNames } : {}) };
  const check = (command: ConsoleCommand, captured: string[], exitCode: number) =>
    checkCommandOutput(command, captured.length > 0 ? `${captured.join('\n')}\n` : '', lesson.file, options, exitCode);
  const merge = (command: ConsoleCommand, captured: string[]): string[] => {
    if (!normalize) return mergeExpected(command.expected, captured);
    const norm = (lines: readonly string[]) => normalizeLines(lines, normalizeRules, { nodeNames });
    const actual = norm(captured);
    return mergeExpected(command.expected, captured, { expected: maskNamesLikePrinted(norm(command.expected), actual), actual });
  };
  if (mode !== 'mark-stale') {
    return {
      linesFor(command, captured, exitCode) {
        // --only-stale rewrites marked lines too: they are stale by their own account.
        const { staleMarks: _marks, ...unmarked } = command;
        return check(mode === 'only-stale' ? unmarked : command, captured, exitCode).problems.length === 0 ? undefined : merge(command, captured);
      },
    };
  }
  const marks = new Map<ConsoleCommand, Map<number, StaleClass>>();
  return {
    linesFor(command, captured, exitCode) {
      const found = check(command, captured, exitCode);
      if (found.problems.length === 0) return undefined;
      const next = new Map(command.staleMarks ?? []);
      for (const entry of found.stale) {
        if (entry.documented !== undefined) next.set(entry.line - command.outputLines.startLine, entry.class);
        // Printed lines the lesson leaves out: a mark on the `$ ` line.
        else if (!next.has(-1)) next.set(-1, entry.class);
      }
      // Marks on lines that match now go.
      for (const problem of found.problems) if (problem.code === 'KL603') next.delete(problem.line === command.line ? -1 : problem.line - command.outputLines.startLine);
      marks.set(command, next);
      return [...command.expected];
    },
    marksFor: (command) => marks.get(command),
  };
}
