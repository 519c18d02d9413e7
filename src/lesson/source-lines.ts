// A file's lines with their exact endings, and offset -> line:column lookup.
// Line endings are `\n`, `\r\n` or a lone `\r`, as in CommonMark (and micromark's positions).
import type { SourcePoint } from './types.js';

export interface SourceLines {
  /** Line texts without endings; `texts[0]` is line 1. The last line has ending ''. */
  texts: string[];
  /** The ending of each line: `\n`, `\r\n`, `\r`, or '' for the last line. */
  eols: string[];
  /** Offset of the start of each line in the text that was split. */
  starts: number[];
}

/** Splits `text` into lines, keeping each line's ending; `a\n` gives lines `a` and ``. */
export function splitSourceLines(text: string): SourceLines {
  const texts: string[] = [];
  const eols: string[] = [];
  const starts: number[] = [];
  const ending = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = ending.exec(text); m !== null; m = ending.exec(text)) {
    starts.push(start);
    texts.push(text.slice(start, m.index));
    eols.push(m[0]);
    start = m.index + m[0].length;
  }
  starts.push(start);
  texts.push(text.slice(start));
  eols.push('');
  return { texts, eols, starts };
}

/** Joins lines split by `splitSourceLines` back into text. */
export function joinSourceLines(texts: readonly string[], eols: readonly string[]): string {
  let out = '';
  for (let i = 0; i < texts.length; i++) out += (texts[i] ?? '') + (eols[i] ?? '');
  return out;
}

/** The text of 1-based `line`, without its ending ('' past the end). */
export function lineText(lines: SourceLines, line: number): string {
  return lines.texts[line - 1] ?? '';
}

/**
 * The point at `offset` in the split text. `base` is added to the offset of the result, for text
 * that was split after dropping a prefix (a byte order mark) from the file.
 */
export function pointAt(lines: SourceLines, offset: number, base = 0): SourcePoint {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lines.starts[lo] ?? 0) + 1, offset: offset + base };
}
