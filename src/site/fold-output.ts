// Long outputs fold: the first and last lines stay in view, the middle is one click away in a
// <details> (which works without JavaScript and prints unfolded, see print.css).

/** Outputs longer than this many lines fold. */
export const FOLD_ABOVE = 30;
const HEAD = 12;
const TAIL = 6;

export interface OutputChunk {
  /** Escaped HTML lines joined with `\n`. */
  html: string;
  /** Set on the folded middle: what its summary says. */
  folded: { summary: string } | null;
}

/** Splits an output's HTML lines into shown, folded and shown parts; one shown chunk when it is short. */
export function foldOutput(lines: readonly string[]): OutputChunk[] {
  if (lines.length <= FOLD_ABOVE) return [{ html: lines.join('\n'), folded: null }];
  const hidden = lines.length - HEAD - TAIL;
  return [
    { html: lines.slice(0, HEAD).join('\n'), folded: null },
    { html: lines.slice(HEAD, HEAD + hidden).join('\n'), folded: { summary: `${hidden} more lines` } },
    { html: lines.slice(HEAD + hidden).join('\n'), folded: null },
  ];
}
