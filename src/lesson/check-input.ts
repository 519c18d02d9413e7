// Checks on a lesson's raw text before Markdown parsing: the limits of input-limits.ts, NUL bytes
// and a repeated byte order mark. Each problem is a coded diagnostic at its place; when any is
// found the lesson is not parsed at all (the parser could take minutes on such input).
import { lessonCodes } from './codes.js';
import { MAX_EMPHASIS_DELIMITERS, MAX_LESSON_BYTES, MAX_LINE_LENGTH, MAX_NESTING_DEPTH } from './input-limits.js';
import { makeDiagnostic } from './make-diagnostic.js';
import type { Diagnostic } from './types.js';

/** Bytes in `text` encoded as UTF-8, without building the encoding. */
function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Container markers at the start of a line: `>` and list markers, with the spaces around them. */
const CONTAINER = /^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$)[ \t]?)/;
/** An opening or closing code fence after the container prefix. */
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** Columns of leading spaces and tabs (a tab to the next multiple of 4). */
function indentColumns(text: string): number {
  let columns = 0;
  for (const c of /^[ \t]*/.exec(text)?.[0] ?? '') columns = c === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  return columns;
}

/**
 * Nesting depth of a line: its container markers, plus its indentation (before the markers and
 * after them) at two columns a level, which is how an indented list nests.
 */
function depthOf(line: string): { depth: number; rest: string } {
  let depth = 0;
  let columns = 0;
  let rest = line;
  for (let m = CONTAINER.exec(rest); m !== null && m[0] !== ''; m = CONTAINER.exec(rest)) {
    depth++;
    columns += indentColumns(rest);
    rest = rest.slice(m[0].length);
  }
  columns += indentColumns(rest);
  return { depth: depth + Math.floor(columns / 2), rest };
}

/**
 * Problems that stop the lesson from being parsed: too large, a NUL byte, a second byte order
 * mark, a line too long, lists or quotes nested too deep, a paragraph dense with emphasis.
 * `text` is the file without its first byte order mark, which starts at `base` in the file.
 */
export function checkInput(file: string, text: string, base: number): Diagnostic[] {
  const found: Diagnostic[] = [];
  // One diagnostic of each kind, the first: hostile input could otherwise give one per line.
  const diagnostics = {
    push(d: Diagnostic): void {
      if (!found.some((f) => f.code === d.code)) found.push(d);
    },
  };
  const bytes = utf8Length(text) + base * 3;
  if (bytes > MAX_LESSON_BYTES) {
    return [
      makeDiagnostic(lessonCodes.lessonTooLarge, file, { line: 1, column: 1 }, `Lesson is ${bytes} bytes, expected at most ${MAX_LESSON_BYTES} (2 MiB)`, 'Split it into several lessons; a lesson a reader can follow is far smaller.'),
    ];
  }
  if (text.startsWith('\uFEFF')) {
    diagnostics.push(makeDiagnostic(lessonCodes.repeatedByteOrderMark, file, { line: 1, column: 1 + base }, 'Lesson starts with a second byte order mark (U+FEFF) after the first, expected at most one', 'Remove the extra invisible U+FEFF characters at the start of the file.'));
  }
  const lines = text.split(/\r\n|\r|\n/);
  let fence: string | undefined;
  let delimiters = 0;
  let paragraphStart = 0;
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const nul = line.indexOf('\0');
    if (nul >= 0) {
      diagnostics.push(makeDiagnostic(lessonCodes.nulByte, file, { line: lineNo, column: nul + 1 }, 'Lesson contains a NUL byte, expected text', 'A NUL byte means the file is binary or corrupt; remove it.'));
    }
    if (line.length > MAX_LINE_LENGTH) {
      diagnostics.push(makeDiagnostic(lessonCodes.lineTooLong, file, { line: lineNo, column: MAX_LINE_LENGTH + 1 }, `Line ${lineNo} is ${line.length} characters long, expected at most ${MAX_LINE_LENGTH}`, 'Break the line, or keep large data out of the lesson.'));
      return;
    }
    const { depth, rest } = depthOf(line);
    const opening = FENCE.exec(rest)?.[1];
    if (fence !== undefined) {
      // Inside a code fence: only its closing fence matters.
      if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length && rest.trim() === opening) fence = undefined;
      return;
    }
    if (depth > MAX_NESTING_DEPTH) {
      diagnostics.push(makeDiagnostic(lessonCodes.nestingTooDeep, file, { line: lineNo, column: 1 }, `Lists or block quotes nested ${depth} levels deep, expected at most ${MAX_NESTING_DEPTH}`, 'Flatten the structure: a reader cannot follow that many levels either.'));
      return;
    }
    if (opening !== undefined) {
      fence = opening;
      return;
    }
    if (rest.trim() === '') {
      delimiters = 0;
      return;
    }
    if (delimiters === 0) paragraphStart = lineNo;
    const before = delimiters;
    delimiters += (rest.replace(/`[^`]*`/g, '').match(/[*_]/g) ?? []).length;
    if (before <= MAX_EMPHASIS_DELIMITERS && delimiters > MAX_EMPHASIS_DELIMITERS) {
      diagnostics.push(
        makeDiagnostic(lessonCodes.emphasisTooDense, file, { line: paragraphStart, column: 1 }, `Paragraph has more than ${MAX_EMPHASIS_DELIMITERS} "*" and "_" characters, expected at most ${MAX_EMPHASIS_DELIMITERS}`, 'Put literal text with many "*" or "_" in `code`, or split the paragraph.'),
      );
    }
  });
  return found;
}
