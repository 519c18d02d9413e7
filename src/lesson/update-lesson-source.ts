// What `kindling update` writes: the lesson's text with the output under each command that ran
// replaced by what it printed (wildcard lines that still match are kept). Nothing else changes,
// byte for byte: prose, other blocks, spacing, line endings, a missing final newline.
import { alignForDiff } from '../verify/align-for-diff.js';
import { mergeExpected, splitLines } from '../verify/match-output.js';
import { formatUnifiedDiff } from '../verify/unified-diff.js';
import type { LessonRun, StepResult } from '../run/types.js';
import { checkOutputLine, checkSimulatorLimitation, type Fence } from './check-output-line.js';
import { makeDiagnostic } from './make-diagnostic.js';
import { joinSourceLines, splitSourceLines, type SourceLines } from './source-lines.js';
import type { ConsoleBlock, ConsoleCommand, Diagnostic, Lesson, StaleClass } from './types.js';

export interface LessonSourceUpdate {
  /** The new text of the lesson file (the input itself when nothing changed). */
  source: string;
  /** How many commands got new recorded output. */
  changedCommands: number;
  /** Commands whose output could not be written safely; their recorded output is kept. */
  diagnostics: Diagnostic[];
  /** What changed, command by command, in file order. */
  changes: OutputChange[];
}

/** One command's new recorded output, as a diff of the lesson file. */
export interface OutputChange {
  /** Where the command's `$ ` line is. */
  line: number;
  column: number;
  /** The command, shortened to one line. */
  command: string;
  /** Unified diff, recorded -> new, numbered with the file's lines. */
  diff: string;
}

/** How `kindling update` decides, command by command (default: record what was printed, keeping wildcard lines that match). */
export interface UpdatePlan {
  /** The lines to record under a command that ran; undefined keeps its recorded lines and marks. */
  linesFor(command: ConsoleCommand, captured: string[], exitCode: number): string[] | undefined;
  /** Stale marks for a command whose lines were rewritten, by index into the new lines (default: none). */
  marksFor?(command: ConsoleCommand, lines: readonly string[]): ReadonlyMap<number, StaleClass> | undefined;
}

const defaultPlan: UpdatePlan = { linesFor: (command, captured) => mergeExpected(command.expected, captured) };

interface Edit {
  /** 1-based file lines [startLine, endLine) to replace. */
  startLine: number;
  endLine: number;
  texts: string[];
  eol: string;
}

/** Writes the outputs captured in `run` back into `lesson.source`. */
export function updateLessonSource(lesson: Lesson, run: LessonRun, plan: UpdatePlan = defaultPlan): LessonSourceUpdate {
  const results = capturedResults(run);
  const lines = splitSourceLines(lesson.source);
  const edits: Edit[] = [];
  const diagnostics: Diagnostic[] = [];
  const changes: OutputChange[] = [];
  const fenceEdits: Edit[] = [];
  for (const block of lesson.blocks) {
    if (block.kind !== 'console') continue;
    const fence = fenceOf(lesson.source, block);
    const eol = lines.eols[block.span.start.line - 1] || '\n';
    const marks = new MarkedLines(block);
    for (const command of block.commands) {
      const result = results.get(command.line);
      if (!result) continue;
      const merged = plan.linesFor(command, splitLines(result.output), result.interrupted ? 0 : result.exitCode);
      if (merged === undefined) continue;
      const newMarks = plan.marksFor?.(command, merged);
      if (sameLines(merged, command.expected) && sameMarks(newMarks, command.staleMarks)) continue;
      const unsafe = firstUnsafeLine(merged, fence, command.expected);
      if (unsafe) {
        const { index, check } = unsafe;
        const message = `Output line ${index + 1} of \`${commandName(command)}\` ${check.problem}, so it cannot be recorded; the old output is kept`;
        diagnostics.push(makeDiagnostic(check.code, lesson.file, command, message, check.hint));
        continue;
      }
      const prefix = (lines.texts[command.line - 1] ?? '').slice(0, command.column - 1);
      const texts = merged.map((text) => (text === '' ? prefix.trimEnd() : prefix + text));
      edits.push({ startLine: command.outputLines.startLine, endLine: command.outputLines.endLine, texts, eol });
      marks.replace(command, merged.length, newMarks);
      if (!sameLines(merged, command.expected)) {
        const diff = formatUnifiedDiff({ expected: command.expected, actual: merged, ops: alignForDiff(command.expected, merged), firstLine: command.outputLines.startLine });
        changes.push({ line: command.line, column: command.column, command: commandName(command), diff });
      }
    }
    const opening = marks.fenceEdit(lines.texts[block.span.start.line - 1] ?? '');
    if (opening !== undefined) fenceEdits.push({ startLine: block.span.start.line, endLine: block.span.start.line + 1, texts: [opening], eol: lines.eols[block.span.start.line - 1] ?? eol });
  }
  if (edits.length === 0 && fenceEdits.length === 0) return { source: lesson.source, changedCommands: 0, diagnostics, changes };
  return { source: applyEdits(lines, [...edits, ...fenceEdits]), changedCommands: edits.length, diagnostics, changes };
}

/** The result of every console command that ran, by the file line of its `$ ` line. */
function capturedResults(run: LessonRun): Map<number, StepResult> {
  const results = new Map<number, StepResult>();
  for (const blockRun of run.blocks) {
    if (blockRun.block.kind !== 'console') continue;
    for (const step of blockRun.steps) {
      // A negative exit code marks a step that never ran (its session was gone).
      if (step.command && step.result.exitCode >= 0) results.set(step.command.line, step.result);
    }
  }
  return results;
}

/** The opening fence of a block, read back from the source at the block's start. */
function fenceOf(source: string, block: ConsoleBlock): Fence {
  const run = /^[ \t]*(`{3,}|~{3,})/.exec(source.slice(block.span.start.offset))?.[1] ?? '```';
  return { char: run[0] === '~' ? '~' : '`', length: run.length };
}

/** The first line that cannot be recorded: unsafe in the fence, or a simulator limitation the old output did not have. */
function firstUnsafeLine(texts: readonly string[], fence: Fence, recorded: readonly string[]) {
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index] ?? '';
    const check = checkOutputLine(text, fence) ?? (recorded.includes(text) ? undefined : checkSimulatorLimitation(text));
    if (check) return { index, check };
  }
  return undefined;
}

function sameMarks(a: ReadonlyMap<number, StaleClass> | undefined, b: ReadonlyMap<number, StaleClass> | undefined): boolean {
  const x = [...(a ?? [])].sort((p, q) => p[0] - q[0]);
  const y = [...(b ?? [])].sort((p, q) => p[0] - q[0]);
  return x.length === y.length && x.every(([i, c], k) => y[k]?.[0] === i && y[k]?.[1] === c);
}

/**
 * A console block's stale marks while its outputs are rewritten: each command's marked output
 * lines, and how many lines its output has, so that the block's `stale=` can be written again.
 */
class MarkedLines {
  private readonly entries: { command: ConsoleCommand; count: number; marks: ReadonlyMap<number, StaleClass> | undefined }[];
  private changed = false;

  constructor(private readonly block: ConsoleBlock) {
    this.entries = block.commands.map((command) => ({ command, count: command.expected.length, marks: command.staleMarks }));
  }

  replace(command: ConsoleCommand, count: number, marks: ReadonlyMap<number, StaleClass> | undefined): void {
    const entry = this.entries.find((e) => e.command === command);
    if (!entry) return;
    if (entry.count !== count || !sameMarks(entry.marks, marks)) this.changed = true;
    entry.count = count;
    entry.marks = marks;
  }

  /** The fence line with its `stale=` written anew, when a mark moved, went or came; else undefined. */
  fenceEdit(fenceLine: string): string | undefined {
    if (!this.changed) return undefined;
    const fenceAt = this.block.span.start.line;
    let shift = 0;
    const parts: string[] = [];
    for (const { command, count, marks } of this.entries) {
      const first = command.outputLines.startLine + shift - fenceAt;
      // Index -1 is the command's `$ ` line.
      for (const [index, cls] of [...(marks ?? [])].sort((p, q) => p[0] - q[0])) parts.push(`${index < 0 ? command.line + shift - fenceAt : first + index}:${cls}`);
      shift += count - command.expected.length;
    }
    const without = fenceLine.replace(/[ \t]+stale=(?:"[^"]*"|'[^']*'|\S+)/, '');
    if (parts.length === 0) return without === fenceLine ? undefined : without;
    return `${without} stale="${parts.join(' ')}"`;
  }
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

function commandName(command: ConsoleCommand): string {
  const first = command.displayLines[0] ?? '';
  return command.displayLines.length > 1 || first.length > 60 ? `${first.slice(0, 57)}...` : first;
}

/**
 * Replaces line ranges (applied from the last, so earlier line numbers stay valid). New lines
 * take the block's line ending; the file's last line keeps having none, as before.
 */
function applyEdits(lines: SourceLines, edits: readonly Edit[]): string {
  const texts = [...lines.texts];
  const eols = [...lines.eols];
  for (const edit of [...edits].sort((a, b) => b.startLine - a.startLine)) {
    const count = Math.max(0, Math.min(edit.endLine, texts.length + 1) - edit.startLine);
    texts.splice(edit.startLine - 1, count, ...edit.texts);
    eols.splice(edit.startLine - 1, count, ...edit.texts.map(() => edit.eol));
    // Lines appended after a last line that had no ending: that line now needs one.
    if (eols[edit.startLine - 2] === '' && edit.startLine - 1 < texts.length) eols[edit.startLine - 2] = edit.eol;
  }
  eols[texts.length - 1] = '';
  return joinSourceLines(texts, eols);
}
