// The layout of a fenced code block in its file: fence, info string, and each content line
// with the container prefix (list indentation, `> ` markers) that precedes it. Parsing reads
// attributes and transcripts from it; write-back re-uses its prefixes and fence.
import { lineText, type SourceLines } from './source-lines.js';

/** One line inside a fence: the text the block holds, and what precedes it in the file. */
export interface ContentLine {
  /** 1-based file line. */
  line: number;
  /** The line as the block holds it: container prefix and fence indentation removed. */
  text: string;
  /** What precedes `text` on the file line (`  `, `> `, ...). */
  prefix: string;
}

export interface FenceLayout {
  char: '`' | '~';
  /** Length of the opening fence run (3 or more). */
  length: number;
  /** Text before the fence on the opening line. */
  prefix: string;
  /** The info string exactly as written (no escapes processed), trimmed. */
  info: string;
  /** 1-based column of the info string on the fence line. */
  infoColumn: number;
  content: ContentLine[];
  /** Whether a closing fence ends the block (otherwise the container or the file does). */
  closed: boolean;
}

/** Where mdast says a code node is, and its value. */
export interface CodeNodeLocation {
  start: { line: number; column: number };
  end: { line: number; column: number };
  value: string;
}

/** The layout of a fenced code node, or undefined for an indented code block (no fence). */
export function readFence(lines: SourceLines, node: CodeNodeLocation): FenceLayout | undefined {
  const opening = lineText(lines, node.start.line);
  const match = /^[ \t]*(`{3,}|~{3,})/.exec(opening.slice(node.start.column - 1));
  if (!match?.[1]) return undefined;
  // Four columns of indentation or more (a tab counts to the next multiple of four) make an
  // indented code block whose text happens to start with a fence run, as CommonMark reads it.
  if (indentWidth(opening, node.start.column - 1, match[0].length - match[1].length) >= 4) return undefined;
  const run = match[1];
  const fenceStart = node.start.column - 1 + match[0].length - run.length;
  const char = run[0] === '~' ? '~' : '`';
  const rest = opening.slice(fenceStart + run.length);
  const lead = rest.length - rest.trimStart().length;
  const closed = isClosingLine(lineText(lines, node.end.line), char, run.length) && node.end.line > node.start.line;
  const texts = contentTexts(node, closed);
  const prefix = opening.slice(0, fenceStart);
  const content = texts.map((text, i): ContentLine => {
    const line = node.start.line + 1 + i;
    const raw = lineText(lines, line);
    return { line, text, prefix: raw.endsWith(text) ? raw.slice(0, raw.length - text.length) : prefix };
  });
  return {
    char,
    length: run.length,
    prefix,
    info: rest.trim(),
    infoColumn: fenceStart + run.length + lead + 1,
    content,
    closed,
  };
}

/** The width in columns of `length` blank characters at `from` in `line`, tabs to the next multiple of four. */
function indentWidth(line: string, from: number, length: number): number {
  let column = from;
  for (const ch of line.slice(from, from + length)) column = ch === '\t' ? column + 4 - (column % 4) : column + 1;
  return column - from;
}

/** Whether `line` could close a fence of `length` `char`s (container markers may precede it). */
export function isClosingLine(line: string, char: '`' | '~', length: number): boolean {
  const match = /^[ \t>]*(`+|~+)[ \t]*$/.exec(line);
  return match?.[1] !== undefined && match[1][0] === char && match[1].length >= length;
}

function contentTexts(node: CodeNodeLocation, closed: boolean): string[] {
  if (node.value !== '') return node.value.split(/\r\n|\r|\n/);
  // An empty value is either no line or one blank line; only the positions tell them apart.
  const between = closed ? node.end.line - node.start.line - 1 : 0;
  return between > 0 ? [''] : [];
}
