// Matching recorded output against captured output, cram/trycmd style:
// a line that is exactly `...` stands for any number of lines, and `[..]` stands for any text
// within one line. Trailing spaces and tabs are ignored at the end of each line, because
// editors strip them from Markdown and kubectl's describe emits them.

export const ELLIPSIS_LINE = '...';
export const INLINE_WILDCARD = '[..]';

/** One step of an alignment between expected and actual lines. */
export type AlignOp =
  /** expected[e] matched actual[a] (exactly, or through `[..]`). */
  | { op: 'same'; e: number; a: number }
  /** expected[e] is `...` and absorbed actual[a0, a1). */
  | { op: 'elide'; e: number; a0: number; a1: number }
  /** expected[e] has no counterpart. */
  | { op: 'del'; e: number }
  /** actual[a] has no counterpart. */
  | { op: 'add'; a: number };

/** The line without its trailing spaces and tabs (a loop: `/[ \t]+$/` retries at every run of blanks inside long lines). */
function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 32 && c !== 9) break;
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}

/** Whether one expected line matches one actual line (`[..]` wildcards allowed). */
export function lineMatches(expected: string, actual: string): boolean {
  return trimmedLineMatches(trimEnd(expected), trimEnd(actual));
}

/** lineMatches on lines already without trailing blanks (the tables below trim each line once, not once per cell). */
function trimmedLineMatches(want: string, got: string): boolean {
  if (!want.includes(INLINE_WILDCARD)) return want === got;
  const parts = want.split(INLINE_WILDCARD);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!got.startsWith(first)) return false;
  let at = first.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = got.indexOf(parts[i] ?? '', at);
    if (found < 0) return false;
    at = found + (parts[i] ?? '').length;
  }
  return got.length - at >= last.length && got.endsWith(last);
}

/** Splits captured text into lines: one final newline ends the last line rather than adding one. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Whether the recorded lines match the captured lines. */
export function outputMatches(expectedLines: readonly string[], actualLines: readonly string[]): boolean {
  const expected = expectedLines.map(trimEnd);
  const actual = actualLines.map(trimEnd);
  const E = expected.length;
  const A = actual.length;
  // ok[i][j]: expected[i..] matches actual[j..]. Filled backwards; O(E*A).
  let next = new Array<boolean>(A + 1).fill(false);
  next[A] = true;
  for (let i = E - 1; i >= 0; i--) {
    const cur = new Array<boolean>(A + 1).fill(false);
    const line = expected[i] ?? '';
    const elide = line === ELLIPSIS_LINE;
    for (let j = A; j >= 0; j--) {
      if (elide) cur[j] = (next[j] ?? false) || (j < A && (cur[j + 1] ?? false));
      else cur[j] = j < A && (next[j + 1] ?? false) && trimmedLineMatches(line, actual[j] ?? '');
    }
    next = cur;
  }
  return next[0] ?? false;
}

/**
 * The best alignment of expected to actual lines: the most matched lines, wildcards included.
 * Used for readable diffs and for keeping wildcard lines on update.
 */
export function alignOutput(expectedLines: readonly string[], actualLines: readonly string[]): AlignOp[] {
  const expected = expectedLines.map(trimEnd);
  const actual = actualLines.map(trimEnd);
  const E = expected.length;
  const A = actual.length;
  const W = A + 1;
  // score[i*W+j]: best number of matched expected lines aligning expected[i..] with actual[j..].
  const score = new Int32Array((E + 1) * W);
  const isElide = expected.map((l) => l === ELLIPSIS_LINE);
  for (let i = E - 1; i >= 0; i--) {
    for (let j = A; j >= 0; j--) {
      let best = score[(i + 1) * W + j]!; // del expected[i] (or elide zero lines)
      if (isElide[i]) {
        // `...` absorbs actual[j] and stays; reaching the end of it counts as one match.
        best = Math.max(best, score[(i + 1) * W + j]! + 1);
        if (j < A) best = Math.max(best, score[i * W + j + 1]!);
      } else if (j < A) {
        best = Math.max(best, score[i * W + j + 1]!); // add actual[j]
        if (trimmedLineMatches(expected[i]!, actual[j]!)) best = Math.max(best, score[(i + 1) * W + j + 1]! + 1);
      }
      score[i * W + j] = best;
    }
  }
  const ops: AlignOp[] = [];
  let i = 0;
  let j = 0;
  while (i < E || j < A) {
    if (i < E && isElide[i]) {
      // Take as many actual lines as keep the optimum, then close the elision.
      let k = j;
      while (k < A && score[i * W + k + 1]! === score[i * W + j]!) k++;
      if (score[(i + 1) * W + k]! + 1 === score[i * W + j]!) {
        ops.push({ op: 'elide', e: i, a0: j, a1: k });
        i++;
        j = k;
        continue;
      }
      ops.push({ op: 'del', e: i });
      i++;
      continue;
    }
    if (i < E && j < A && trimmedLineMatches(expected[i]!, actual[j]!) && score[(i + 1) * W + j + 1]! + 1 === score[i * W + j]!) {
      ops.push({ op: 'same', e: i, a: j });
      i++;
      j++;
    } else if (i < E && (j === A || score[(i + 1) * W + j]! === score[i * W + j]!)) {
      ops.push({ op: 'del', e: i });
      i++;
    } else {
      ops.push({ op: 'add', a: j });
      j++;
    }
  }
  return preferReplacements(ops);
}

/**
 * Deleted lines right before an elision read better as replaced by the first elided lines:
 * `old`, `...` against `new`, `x` becomes `-old +new`, `... (x)` rather than `-old`, `... (new, x)`.
 */
function preferReplacements(ops: AlignOp[]): AlignOp[] {
  const out: AlignOp[] = [];
  for (let k = 0; k < ops.length; k++) {
    const step = ops[k]!;
    if (step.op !== 'elide') {
      out.push(step);
      continue;
    }
    let dels = 0;
    while (dels < out.length && out[out.length - 1 - dels]!.op === 'del') dels++;
    const take = Math.min(dels, step.a1 - step.a0);
    for (let a = step.a0; a < step.a0 + take; a++) out.push({ op: 'add', a });
    out.push({ op: 'elide', e: step.e, a0: step.a0 + take, a1: step.a1 });
  }
  return out;
}

/**
 * The lines `kindling update` writes for a command: the captured lines, except that recorded
 * wildcard lines (`...`, `[..]`) that still match their captured counterparts are kept. With
 * `compared` (the same lines normalized), lines are matched as normalized, and recorded lines that
 * match are kept as recorded.
 */
export function mergeExpected(expected: readonly string[], actual: readonly string[], compared?: { expected: readonly string[]; actual: readonly string[] }): string[] {
  const want = compared?.expected ?? expected;
  const got = compared?.actual ?? actual;
  if (outputMatches(want, got)) return [...expected];
  const out: string[] = [];
  for (const step of alignOutput(want, got)) {
    switch (step.op) {
      case 'same':
        out.push(compared || expected[step.e]!.includes(INLINE_WILDCARD) ? expected[step.e]! : actual[step.a]!);
        break;
      case 'elide':
        out.push(expected[step.e]!);
        break;
      case 'add':
        out.push(actual[step.a]!);
        break;
      case 'del':
        break;
    }
  }
  return out;
}
