// The lines of a failing alignment, paired for the stale-docs report: within each hunk (a run of
// deleted recorded lines and added captured lines), each recorded line with the most similar
// captured line after the previous pair's, so that a re-formatted line is shown next to its new form.
import { similarity } from './classify-stale-line.js';
import type { AlignOp } from './match-output.js';

export interface LinePair {
  /** Index of the recorded line; undefined for a captured line with no recorded counterpart. */
  e?: number;
  /** Index of the captured line; undefined for a recorded line with no counterpart. */
  a?: number;
  /** For a captured line alone: the recorded line it comes before (undefined at the end). */
  before?: number;
}

export function pairHunkLines(ops: readonly AlignOp[], want: readonly string[], got: readonly string[]): LinePair[] {
  const pairs: LinePair[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.op === 'same' || ops[k]!.op === 'elide') {
      k++;
      continue;
    }
    const dels: number[] = [];
    const adds: number[] = [];
    while (k < ops.length && (ops[k]!.op === 'del' || ops[k]!.op === 'add')) {
      const op = ops[k]!;
      if (op.op === 'del') dels.push(op.e);
      else if (op.op === 'add') adds.push(op.a);
      k++;
    }
    const next = ops[k];
    const after = next && (next.op === 'same' || next.op === 'elide') ? next.e : undefined;
    let from = 0;
    const hunk: LinePair[] = [];
    for (const e of dels) {
      let best = -1;
      let bestScore = 0;
      for (let i = from; i < adds.length; i++) {
        const score = similarity(want[e]!, got[adds[i]!]!);
        if (score > bestScore) [best, bestScore] = [i, score];
      }
      if (best < 0) {
        hunk.push({ e });
        continue;
      }
      for (let i = from; i < best; i++) hunk.push(after === undefined ? { a: adds[i]! } : { a: adds[i]!, before: e });
      hunk.push({ e, a: adds[best]! });
      from = best + 1;
    }
    for (let i = from; i < adds.length; i++) hunk.push(after === undefined ? { a: adds[i]! } : { a: adds[i]!, before: after });
    pairs.push(...hunk);
  }
  return pairs;
}
