// Unified diffs (recorded -> captured) from an output alignment, numbered with lesson file lines.
import type { AlignOp } from './match-output.js';
import { differOnlyInWhitespace, showControls, showWhitespace } from './visible-text.js';

export interface DiffInput {
  /** Recorded lines, as the lesson file holds them. */
  expected: readonly string[];
  /** Captured lines. */
  actual: readonly string[];
  /** An alignment of `expected` to `actual` (from `alignOutput`, possibly on normalized lines). */
  ops: readonly AlignOp[];
  /** The file line of `expected[0]` (where the recorded output starts, even when there is none). */
  firstLine: number;
  /** Unchanged lines shown around each change (default 3). */
  context?: number;
}

type Mark = ' ' | '-' | '+';

interface Row {
  mark: Mark;
  text: string;
  /** Old-side (recorded) lines before this row. */
  old: number;
  /** New-side lines before this row. */
  new: number;
  visibleWhitespace: boolean;
}

/**
 * The new side is the recorded text as `kindling update` would rewrite it: captured lines, except
 * that wildcard lines which matched (`...`, `[..]`) stay as they are and show as context.
 */
function toRows(input: DiffInput): Row[] {
  const rows: Row[] = [];
  let old = 0;
  let neu = 0;
  const push = (mark: Mark, text: string): void => {
    rows.push({ mark, text, old, new: neu, visibleWhitespace: false });
    if (mark !== '+') old++;
    if (mark !== '-') neu++;
  };
  for (const step of input.ops) {
    if (step.op === 'same' || step.op === 'elide') push(' ', input.expected[step.e] ?? '');
    else if (step.op === 'del') push('-', input.expected[step.e] ?? '');
    else push('+', input.actual[step.a] ?? '');
  }
  return rows;
}

/** Pairs each run of removed lines with the added lines after it; pairs that differ only in whitespace show it. */
function markWhitespaceChanges(rows: Row[]): void {
  let i = 0;
  while (i < rows.length) {
    if (rows[i]!.mark !== '-') {
      i++;
      continue;
    }
    let dels = i;
    while (dels < rows.length && rows[dels]!.mark === '-') dels++;
    let adds = dels;
    while (adds < rows.length && rows[adds]!.mark === '+') adds++;
    for (let k = 0; k < Math.min(dels - i, adds - dels); k++) {
      const removed = rows[i + k]!;
      const added = rows[dels + k]!;
      if (differOnlyInWhitespace(removed.text, added.text)) {
        removed.visibleWhitespace = true;
        added.visibleWhitespace = true;
      }
    }
    i = adds;
  }
}

/** Row ranges [start, end) of the hunks: each change with its context, overlapping ranges merged. */
function hunkRanges(rows: readonly Row[], context: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  rows.forEach((row, i) => {
    if (row.mark === ' ') return;
    const start = Math.max(0, i - context);
    const end = Math.min(rows.length, i + context + 1);
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  });
  return ranges;
}

/** GNU diff's range notation: `start,count`, `start` alone for one line, the line before for none. */
function range(start: number, count: number): string {
  if (count === 1) return String(start);
  return `${count === 0 ? start - 1 : start},${count}`;
}

/** A unified diff of recorded -> captured lines; '' when the alignment has no changes. */
export function formatUnifiedDiff(input: DiffInput): string {
  const rows = toRows(input);
  markWhitespaceChanges(rows);
  const ranges = hunkRanges(rows, input.context ?? 3);
  if (ranges.length === 0) return '';
  const out = ['--- recorded', '+++ captured'];
  for (const [start, end] of ranges) {
    const slice = rows.slice(start, end);
    const oldCount = slice.filter((r) => r.mark !== '+').length;
    const newCount = slice.filter((r) => r.mark !== '-').length;
    const first = slice[0]!;
    out.push(`@@ -${range(input.firstLine + first.old, oldCount)} +${range(input.firstLine + first.new, newCount)} @@`);
    for (const row of slice) out.push(row.mark + (row.visibleWhitespace ? showWhitespace(row.text) : showControls(row.text)));
  }
  return out.join('\n');
}
