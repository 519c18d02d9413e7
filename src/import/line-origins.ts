// Text rewritten piece by piece, remembering for every line of the result the line of the
// original page it came from, so that diagnostics found later name the page's own lines.

export interface RewrittenText {
  text: string;
  /** `origins[i]`: the 1-based page line of the result's line i + 1. */
  origins: number[];
}

/** Replaces `[start, end)` ranges of `text` (sorted, not overlapping) by their replacements. */
export function rewriteRanges(text: string, edits: ReadonlyArray<{ start: number; end: number; text: string }>): RewrittenText {
  const origins: number[] = [1];
  let out = '';
  let line = 1;
  let at = 0;
  const copy = (piece: string, moveOriginal: boolean, originLine: number): void => {
    for (const ch of piece) {
      out += ch;
      if (ch === '\n') {
        if (moveOriginal) line++;
        origins.push(moveOriginal ? line : originLine);
      }
    }
  };
  for (const edit of edits) {
    copy(text.slice(at, edit.start), true, 0);
    const replacedLines = (text.slice(edit.start, edit.end).match(/\n/g) ?? []).length;
    const first = line;
    copy(edit.text, false, first);
    line += replacedLines;
    at = edit.end;
  }
  copy(text.slice(at), true, 0);
  return { text: out, origins };
}

/** The page line of a 1-based line of rewritten text. */
export function pageLine(rewritten: RewrittenText, line: number): number {
  return rewritten.origins[line - 1] ?? line;
}
