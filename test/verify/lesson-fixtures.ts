// Hand-built lessons and runs for verify tests: the shapes parseLesson and the runner produce,
// with fixed lines and durations so that goldens are stable.
import type { Block, ConsoleBlock, ConsoleCommand, Diagnostic, FenceAttributes, FileBlock, Lesson, ScriptBlock } from '../../src/lesson/types.js';
import type { BlockRun, CommandRun, LessonRun, RunFailure, StepResult } from '../../src/run/types.js';

const noAttrs: FenceAttributes = { hidden: false, norun: false };

function span(startLine: number, endLine: number): Block['span'] {
  return { start: { line: startLine, column: 1, offset: 0 }, end: { line: endLine, column: 4, offset: 0 } };
}

/** A `$ ` command at `line` whose recorded output follows its display lines. */
export function command(line: number, display: string | string[], expected: string[]): ConsoleCommand {
  const displayLines = typeof display === 'string' ? [display] : display;
  const startLine = line + displayLines.length;
  return {
    source: displayLines.join('\n'),
    displayLines,
    line,
    column: 1,
    expected,
    outputLines: { startLine, endLine: startLine + expected.length },
  };
}

/** A console block whose fence opens on the line before its first command. */
export function consoleBlock(index: number, commands: ConsoleCommand[], attrs: Partial<FenceAttributes> = {}): ConsoleBlock {
  const first = commands[0]!;
  const last = commands[commands.length - 1]!;
  return { kind: 'console', index, lang: 'console', attrs: { ...noAttrs, ...attrs }, span: span(first.line - 1, last.outputLines.endLine), commands };
}

export function scriptBlock(index: number, line: number, source: string): ScriptBlock {
  return { kind: 'script', index, lang: 'sh', attrs: noAttrs, span: span(line - 1, line + source.split('\n').length), source, line };
}

export function fileBlock(index: number, line: number, path: string, content: string): FileBlock {
  return { kind: 'file', index, lang: 'yaml', attrs: { ...noAttrs, file: path }, span: span(line, line + content.split('\n').length), path, content };
}

export function lesson(file: string, title: string, blocks: Block[], extra: Partial<Lesson> = {}): Lesson {
  const slug = file.replace(/^.*\//, '').replace(/\.md$/, '');
  return { file, slug, source: '', meta: { title, tags: [], keyPositions: {} }, blocks, diagnostics: [], timelines: [], ...extra };
}

export function result(command: string, output: string, extra: Partial<StepResult> = {}): StepResult {
  return { command, output, exitCode: 0, durationMs: 10, timedOut: false, ...extra };
}

/** A block that ran: console commands with the outputs given, in order. */
export function ranConsole(block: ConsoleBlock, outputs: Array<string | StepResult>, failure?: RunFailure): BlockRun {
  const steps: CommandRun[] = outputs.map((out, i) => {
    const cmd = block.commands[i]!;
    return { command: cmd, result: typeof out === 'string' ? result(cmd.source, out) : out };
  });
  return { block, status: failure ? 'failed' : 'passed', steps, attempts: 1, ...(failure ? { failure } : {}) };
}

export function ranScript(block: ScriptBlock, out: StepResult, failure?: RunFailure): BlockRun {
  return { block, status: failure ? 'failed' : 'passed', steps: [{ result: out }], attempts: 1, ...(failure ? { failure } : {}) };
}

export function passedFile(block: FileBlock): BlockRun {
  return { block, status: 'passed', steps: [], attempts: 1 };
}

export function skippedBlock(block: Block): BlockRun {
  return { block, status: 'skipped', steps: [], attempts: 0 };
}

export function lessonRun(l: Lesson, blocks: BlockRun[], extra: Partial<LessonRun> = {}): LessonRun {
  const failure = blocks.find((b) => b.failure)?.failure;
  return {
    lesson: l,
    backend: 'sim',
    blocks,
    durationMs: 120,
    environment: 'sim (kindling simulator, Kubernetes v1.32)',
    warnings: [],
    timeline: { recorded: false, reason: 'a hand-built run' },
    ...(failure ? { failure } : {}),
    ...extra,
  };
}

export function runFailure(file: string, line: number, message: string, code = 'KL501', name = 'unexpected-exit'): RunFailure {
  return { code, name, message, file, line, column: 1 };
}

export function diagnostic(file: string, line: number, code: string, name: string, message: string, hint?: string): Diagnostic {
  return { code, name, severity: 'error', message, file, line, column: 1, ...(hint ? { hint } : {}) };
}
