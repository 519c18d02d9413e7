// Compares one console command's recorded output with what it printed.
import type { ConsoleCommand } from '../lesson/types.js';
import { alignForDiff } from './align-for-diff.js';
import { verifyCodes } from './codes.js';
import { outputMatches, splitLines } from './match-output.js';
import { normalizeLines } from './normalize.js';
import type { Problem } from './types.js';
import { formatUnifiedDiff } from './unified-diff.js';

export interface CheckOptions {
  /** Apply the Kubernetes-aware normalizers to both sides first (real clusters). */
  normalize: boolean;
}

/** How a command is named in messages: its first line, with `…` when it goes on. */
export function describeCommand(command: ConsoleCommand): string {
  const first = command.displayLines[0] ?? command.source.split('\n')[0] ?? '';
  return `\`${command.prompt?.text ?? '$'} ${first}\`${command.displayLines.length > 1 ? ' …' : ''}`;
}

/**
 * A problem when the captured output does not match the recorded lines. Recording nothing is a
 * claim too: a command whose lines were never recorded fails if it printed anything (KL602).
 */
export function checkCommandOutput(command: ConsoleCommand, output: string, file: string, options: CheckOptions): Problem | undefined {
  const expected = command.expected;
  const actual = splitLines(output);
  const wanted = options.normalize ? normalizeLines(expected) : expected;
  const got = options.normalize ? normalizeLines(actual) : actual;
  if (outputMatches(wanted, got)) return undefined;
  const diff = formatUnifiedDiff({ expected, actual, ops: alignForDiff(wanted, got), firstLine: command.outputLines.startLine });
  const base = { file, line: command.line, column: command.column, diff };
  if (expected.length === 0) {
    const lines = actual.length === 1 ? '1 line' : `${actual.length} lines`;
    return {
      code: verifyCodes.outputNotRecorded.code,
      name: verifyCodes.outputNotRecorded.name,
      message: `${describeCommand(command)} printed ${lines}, but the lesson records no output under it`,
      hint: 'run `kindling update` to record the output (CI fails lessons whose output was never recorded)',
      ...base,
    };
  }
  return {
    code: verifyCodes.outputMismatch.code,
    name: verifyCodes.outputMismatch.name,
    message: `output of ${describeCommand(command)} differs from the recorded output`,
    hint: 'if the new output is right, run `kindling update` to record it; `...` and `[..]` stand for lines and text that vary',
    ...base,
  };
}
