// Scores one command's output against the documented output: how many documented lines the
// simulator printed (in order, after normalizing both sides), which ones it did not, and the
// statuses, restart counts and reasons each side shows.
import { alignOutput, ELLIPSIS_LINE, INLINE_WILDCARD, splitLines, type AlignOp } from '../../verify/match-output.js';
import { COLUMN_SEPARATOR } from '../../verify/normalize.js';
import { extractObservations, type Observations } from './extract-observations.js';
import { normalizeTranscriptLine, type TranscriptNormalizeOptions } from './normalize-transcript-line.js';

export interface LineMismatch {
  /** The documented line, normalized. */
  expected: string;
  /** The closest simulated line left unmatched around it, normalized; undefined when none. */
  got?: string;
}

export interface OutputScore {
  /** Documented lines the simulator reproduced. */
  matched: number;
  /** Documented lines (not counting blank lines and elisions such as `...` or `[...]`). */
  total: number;
  mismatches: LineMismatch[];
  documented: Observations;
  simulated: Observations;
  /** The documented output leaves lines out (`...`), so it shows part of what was printed. */
  elided: boolean;
}

/** `...`, `[...]` or `…` alone on a line: the source left lines out there. */
const ELISION = /^\s*(?:\.\.\.|\[\.\.\.\]|…)\s*$/;
/** A value shown as `...` (`Container ID:    ...`): the source left that value out. */
const ELIDED_VALUE = /(?<=\s)\.\.\.$/;

/** The documented lines as patterns: elisions become `...` lines, elided values `[..]`. */
function documentedPatterns(lines: readonly string[], options: TranscriptNormalizeOptions): string[] {
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => (ELISION.test(l) ? ELLIPSIS_LINE : normalizeTranscriptLine(l, options).replace(ELIDED_VALUE, INLINE_WILDCARD)));
}

function similarity(a: string, b: string): number {
  const words = new Set(a.split(COLUMN_SEPARATOR).flatMap((c) => c.trim().split(/\s+/)));
  return b.split(COLUMN_SEPARATOR).flatMap((c) => c.trim().split(/\s+/)).filter((w) => words.has(w)).length;
}

/**
 * Pairs each documented line the alignment left unmatched with the most similar simulated line
 * between the same two matched lines (left unmatched, or taken by an elision).
 */
function pairMismatches(ops: readonly AlignOp[], expected: readonly string[], got: readonly string[]): LineMismatch[] {
  const out: LineMismatch[] = [];
  let dels: number[] = [];
  let candidates: number[] = [];
  const flush = () => {
    for (const e of dels) {
      const score = (a: number) => similarity(expected[e]!, got[a]!);
      const best = candidates.reduce((b, a) => (b < 0 || score(a) > score(b) ? a : b), -1);
      candidates = candidates.filter((a) => a !== best);
      out.push(best < 0 ? { expected: expected[e]! } : { expected: expected[e]!, got: got[best]! });
    }
    dels = [];
    candidates = [];
  };
  for (const op of ops) {
    if (op.op === 'same') flush();
    else if (op.op === 'add') candidates.push(op.a);
    else if (op.op === 'elide') for (let a = op.a0; a < op.a1; a++) candidates.push(a);
    else if (expected[op.e] !== ELLIPSIS_LINE) dels.push(op.e);
  }
  flush();
  return out;
}

export interface ScoreOptions extends TranscriptNormalizeOptions {
  /** Compare the lines sorted, for output whose order changes from run to run. */
  unordered?: boolean;
}

/** Compares the documented lines of one step with what the simulator printed for it. */
export function scoreOutput(documented: readonly string[], simulated: string, options: ScoreOptions = {}): OutputScore {
  let expected = documentedPatterns(documented, options);
  const elided = expected.includes(ELLIPSIS_LINE);
  const gotRaw = splitLines(simulated);
  let got = gotRaw.filter((l) => l.trim() !== '').map((l) => normalizeTranscriptLine(l, options));
  if (options.unordered) {
    expected = expected.filter((l) => l !== ELLIPSIS_LINE).sort();
    got = got.sort();
  }
  const ops = alignOutput(expected, got);
  return {
    matched: ops.filter((op) => op.op === 'same').length,
    total: expected.filter((l) => l !== ELLIPSIS_LINE).length,
    mismatches: pairMismatches(ops, expected, got),
    documented: extractObservations(documented),
    simulated: extractObservations(gotRaw),
    elided,
  };
}
