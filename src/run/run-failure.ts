// Building RunFailures: a code, a message saying what happened and what was expected, a place.
import type { Block, Lesson } from '../lesson/types.js';
import { type RunCode, runCodes } from './codes.js';
import type { RunFailure, StepResult } from './types.js';

/** How many output lines a failure message quotes. */
const TAIL_LINES = 10;

/** A place in the lesson file. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** A failure with `code` at `place`. */
export function runFailure(code: RunCode, message: string, place: Place): RunFailure {
  return { code: code.code, name: code.name, message, file: place.file, line: place.line, column: place.column };
}

/** Where a block starts: its opening fence. */
export function blockPlace(lesson: Lesson, block: Block): Place {
  return { file: lesson.file, line: block.span.start.line, column: block.span.start.column };
}

/** ` ; its output ended with:\n  ...` or ` (it printed nothing)`: the end of a step's output. */
export function outputTail(output: string, intro = 'its output ended with'): string {
  if (output === '') return ' (it printed nothing)';
  const lines = output.replace(/\n$/, '').split('\n');
  return `; ${intro}:\n${lines.slice(-TAIL_LINES).map((line) => `  ${line}`).join('\n')}`;
}

/** `300ms`, `2s`, `1.5s`: a duration as an author would write it in `timeout=`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  return `${Number((ms / 1000).toFixed(1))}s`;
}

/** The failure a step's result implies, if its exit code is not `expected`. */
export function stepFailure(result: StepResult, expected: number, what: string, place: Place, timeoutMs: number): RunFailure | undefined {
  if (result.outOfRealTime !== undefined) {
    return runFailure(runCodes.realTimeBudgetExceeded, `${what} was stopped: ${result.outOfRealTime}${outputTail(result.output)}`, place);
  }
  if (result.timedOut) {
    return runFailure(runCodes.commandTimeout, `${what} timed out after ${formatDuration(timeoutMs)}${outputTail(result.output)}`, place);
  }
  // Ctrl-C is how the lesson meant the command to end, whatever status that left.
  if (result.interrupted) return undefined;
  if (result.exitCode < 0) {
    const why = result.output.trim().replace(/^kindling: /, '');
    return runFailure(runCodes.sessionFailed, `${what} did not run: ${why}`, place);
  }
  if (result.exitCode !== expected) {
    const message = `${what} exited with ${result.exitCode}, expected ${expected}${outputTail(result.output)}`;
    return runFailure(runCodes.unexpectedExit, message, place);
  }
  return undefined;
}
