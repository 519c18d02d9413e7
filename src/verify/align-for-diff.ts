// Alignment for diffs that stays within memory on huge outputs: `alignOutput` keeps an
// (expected+1) x (actual+1) table, so long recorded outputs against long captures are trimmed first.
import { ELLIPSIS_LINE, alignOutput, lineMatches, type AlignOp } from './match-output.js';

/** Table cells `alignOutput` may use (4 bytes each) before the common ends are trimmed. */
const MAX_CELLS = 4_000_000;

function isFixedMatch(expected: string, actual: string): boolean {
  return expected.trimEnd() !== ELLIPSIS_LINE && lineMatches(expected, actual);
}

/** Like `alignOutput`, but trims matching first and last lines, then gives up on finesse if still too big. */
export function alignForDiff(expected: readonly string[], actual: readonly string[], maxCells = MAX_CELLS): AlignOp[] {
  if ((expected.length + 1) * (actual.length + 1) <= maxCells) return alignOutput(expected, actual);
  let head = 0;
  while (head < expected.length && head < actual.length && isFixedMatch(expected[head]!, actual[head]!)) head++;
  let tail = 0;
  while (
    tail < expected.length - head &&
    tail < actual.length - head &&
    isFixedMatch(expected[expected.length - 1 - tail]!, actual[actual.length - 1 - tail]!)
  )
    tail++;
  const midE = expected.slice(head, expected.length - tail);
  const midA = actual.slice(head, actual.length - tail);
  let middle: AlignOp[];
  if ((midE.length + 1) * (midA.length + 1) <= maxCells) {
    middle = alignOutput(midE, midA).map((step) => shift(step, head));
  } else {
    middle = [
      ...midE.map((_, i): AlignOp => ({ op: 'del', e: head + i })),
      ...midA.map((_, i): AlignOp => ({ op: 'add', a: head + i })),
    ];
  }
  const ops: AlignOp[] = [];
  for (let i = 0; i < head; i++) ops.push({ op: 'same', e: i, a: i });
  ops.push(...middle);
  for (let i = 0; i < tail; i++) {
    ops.push({ op: 'same', e: expected.length - tail + i, a: actual.length - tail + i });
  }
  return ops;
}

function shift(step: AlignOp, by: number): AlignOp {
  switch (step.op) {
    case 'same':
      return { op: 'same', e: step.e + by, a: step.a + by };
    case 'elide':
      return { op: 'elide', e: step.e + by, a0: step.a0 + by, a1: step.a1 + by };
    case 'del':
      return { op: 'del', e: step.e + by };
    case 'add':
      return { op: 'add', a: step.a + by };
  }
}
