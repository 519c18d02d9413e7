// Why a lesson could not start: the backend refused to open a session.
import { SessionOpenError } from '../backends/types.js';
import type { Lesson } from '../lesson/types.js';
import { runCodes } from './codes.js';
import { runFailure } from './run-failure.js';
import type { RunFailure } from './types.js';

/**
 * The failure for an error thrown by `Backend.open`. A SessionOpenError carrying diagnostics (a
 * bad `sim:` key) keeps the first one's code and place, so the author is sent to the right line;
 * any further ones are listed in the message.
 */
export function sessionOpenFailure(lesson: Lesson, backend: string, error: unknown): RunFailure {
  const diagnostics = error instanceof SessionOpenError ? error.diagnostics : [];
  const [first, ...rest] = diagnostics;
  if (first) {
    const more = rest.map((d) => `\n  ${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('');
    return { code: first.code, name: first.name, message: `${first.message}${more}`, file: first.file, line: first.line, column: first.column };
  }
  const message = `cannot open a ${backend} session for the lesson: ${error instanceof Error ? error.message : String(error)}`;
  return runFailure(runCodes.sessionFailed, message, { file: lesson.file, line: 1, column: 1 });
}
